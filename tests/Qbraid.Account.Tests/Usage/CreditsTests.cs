using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Usage;

namespace Qbraid.Account.Tests.Usage;

public sealed class CreditsTests : WireMockTestBase
{
    [Fact]
    public async Task Credits_reads_totals_categories_and_days()
    {
        GivenData("GET", "/usage/credits", """
            {"total":310.5,"byCategory":{"compute":100,"gpu":200,"jobs":10,"ai":0.5},
             "daily":[{"date":"2026-11-13","compute":10,"gpu":0,"jobs":1,"ai":0},{"date":"2026-11-14","compute":0,"gpu":20,"jobs":0,"ai":0.5}]}
            """);

        var usage = await Personal.Usage.GetCreditsAsync(UsageRange.Last7Days);

        Assert.Equal(310.5m, usage.Total);
        Assert.Equal(new CreditUsageByCategory { Compute = 100, Gpu = 200, Jobs = 10, Ai = 0.5m }, usage.ByCategory);
        Assert.Equal(2, usage.Daily.Count);
        Assert.Equal(new DateTimeOffset(2026, 11, 13, 0, 0, 0, TimeSpan.Zero), usage.Daily[0].Date);
        Assert.Equal(20m, usage.Daily[1].Gpu);
        var request = SingleRequest();
        Assert.Equal(P("/usage/credits"), request.RequestMessage!.Path);
        Assert.Equal("7", Query(request, "days"));
        AssertWorkspaceHeaders(request, organizationId: null);
    }

    [Fact]
    public async Task Credits_without_daily_data_has_an_empty_list()
    {
        GivenData("GET", "/usage/credits", """{"total":0}""");

        var usage = await Org.Usage.GetCreditsAsync(UsageRange.Last90Days);

        Assert.Empty(usage.Daily);
        Assert.Null(usage.ByCategory);
        var request = SingleRequest();
        Assert.Equal("90", Query(request, "days"));
        AssertWorkspaceHeaders(request, OrgId);
    }
}
