using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Usage;

namespace Qbraid.Account.Tests.Usage;

public sealed class SummaryTests : WireMockTestBase
{
    private const string SummaryJson = """
        {"range":{"days":30,"from":"2026-10-21T00:00:00Z","to":"2026-11-20T00:00:00Z"},
         "credits":{"available":1520.25,"charged":310},
         "computeHours":{"used":12.5,"quota":400,"renewalDate":"2026-12-01T00:00:00Z"},
         "storage":{"usedGB":40,"quotaGB":50},
         "aiChat":{"percentUsed":64.5,"status":"quota","renewsAt":"2026-12-01T00:00:00Z","canSend":true},
         "autoSwitchToCredits":true,"outstandingBalance":0}
        """;

    [Theory]
    [InlineData(UsageRange.Last7Days, "7")]
    [InlineData(UsageRange.Last14Days, "14")]
    [InlineData(UsageRange.Last30Days, "30")]
    [InlineData(UsageRange.Last90Days, "90")]
    public async Task Summary_sends_the_range_as_days(UsageRange range, string days)
    {
        GivenData("GET", "/usage/summary", SummaryJson);

        await Personal.Usage.GetSummaryAsync(range);

        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(days, Query(request, "days"));
        AssertWorkspaceHeaders(request, organizationId: null);
    }

    [Fact]
    public async Task Summary_reads_every_section()
    {
        GivenData("GET", "/usage/summary", SummaryJson);

        var summary = await Org.Usage.GetSummaryAsync(UsageRange.Last30Days);

        Assert.Equal(30, summary.Range!.Days);
        Assert.Equal(new DateTimeOffset(2026, 10, 21, 0, 0, 0, TimeSpan.Zero), summary.Range.From);
        Assert.Equal(1520.25m, summary.Credits!.Available);
        Assert.Equal(310m, summary.Credits.Charged);
        Assert.Equal(12.5m, summary.ComputeHours!.Used);
        Assert.Equal(400m, summary.ComputeHours.Quota);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), summary.ComputeHours.RenewalDate);
        Assert.Equal(40m, summary.Storage!.UsedGB);
        Assert.Equal(50m, summary.Storage.QuotaGB);
        Assert.Equal(StorageLevel.Warning, summary.Storage.Level); // 80 %
        Assert.Equal(64.5m, summary.AiChat!.PercentUsed);
        Assert.Equal(AiChatStatus.Quota, summary.AiChat.Status);
        Assert.True(summary.AiChat.CanSend);
        Assert.True(summary.AutoSwitchToCredits);
        Assert.Equal(0m, summary.OutstandingBalance);
        Assert.False(summary.HasOutstandingBalance);
        AssertWorkspaceHeaders(SingleRequest(), OrgId);
    }

    [Fact]
    public async Task Summary_with_a_negative_balance_has_an_outstanding_balance()
    {
        GivenData("GET", "/usage/summary", """
            {"range":{"days":7},"credits":{"available":-42.5,"charged":100},"aiChat":{"percentUsed":100,"status":"credits","canSend":false},
             "autoSwitchToCredits":false,"outstandingBalance":42.5}
            """);

        var summary = await Personal.Usage.GetSummaryAsync(UsageRange.Last7Days);

        Assert.True(summary.HasOutstandingBalance);
        Assert.Equal(AiChatStatus.Credits, summary.AiChat!.Status);
        Assert.False(summary.AiChat.CanSend);
        Assert.Null(summary.Storage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(365)]
    [InlineData(-7)]
    public async Task Every_ranged_call_rejects_other_ranges_before_any_request(int days)
    {
        var range = (UsageRange)days;

        var summary = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Personal.Usage.GetSummaryAsync(range));
        var credits = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Personal.Usage.GetCreditsAsync(range));
        var hours = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Org.Usage.GetComputeHoursAsync(range));

        Assert.All([summary, credits, hours], ex =>
        {
            Assert.Equal("range", ex.ParamName);
            Assert.Contains("7, 14, 30 or 90", ex.Message);
        });
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public void The_ranges_are_exactly_7_14_30_and_90_days()
    {
        Assert.Equal([7, 14, 30, 90], Enum.GetValues<UsageRange>().Select(r => (int)r));
    }

    [Fact]
    public async Task Summary_of_a_workspace_without_access_is_a_permission_error()
    {
        Given("GET", "/usage/summary", 403, """{"success":false,"message":"Forbidden"}""");

        await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.Usage.GetSummaryAsync(UsageRange.Last7Days));
    }
}
