using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Usage;

namespace Qbraid.Account.Tests.Usage;

public sealed class ComputeHoursTests : WireMockTestBase
{
    [Fact]
    public async Task Compute_hours_reads_used_quota_and_days()
    {
        GivenData("GET", "/usage/compute-hours", """
            {"used":6,"quota":25,"daily":[{"date":"2026-11-19","hours":2},{"date":"2026-11-20","hours":4}]}
            """);

        var usage = await Org.Usage.GetComputeHoursAsync(UsageRange.Last14Days);

        Assert.Equal(6m, usage.Used);
        Assert.Equal(25m, usage.Quota);
        Assert.Equal([2m, 4m], usage.Daily.Select(d => d.Hours));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), usage.Daily[1].Date);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P("/usage/compute-hours"), request.RequestMessage!.Path);
        Assert.Equal("14", Query(request, "days"));
        AssertWorkspaceHeaders(request, OrgId);
    }

    [Fact]
    public async Task Compute_hours_with_a_malformed_day_is_a_response_exception()
    {
        GivenData("GET", "/usage/compute-hours", """{"used":1,"quota":25,"daily":[{"date":"yesterday","hours":1}]}""");

        await Assert.ThrowsAsync<QbraidResponseException>(() => Personal.Usage.GetComputeHoursAsync(UsageRange.Last7Days));
    }
}
