using Qbraid.Account.Usage;

namespace Qbraid.Account.ScenarioTests.Usage;

public class UsageTests(SharedWorld shared) : ReadOnlyScenarioTest(shared)
{
    [Theory]
    [InlineData(UsageRange.Last7Days)]
    [InlineData(UsageRange.Last30Days)]
    [InlineData(UsageRange.Last90Days)]
    public async Task Compute_hours_are_vcpus_times_hours_of_the_seeded_sessions(UsageRange range)
    {
        var usage = Personal(Ada).Usage;

        var summary = await usage.GetSummaryAsync(range);
        var sessions = await usage.ListSessionsAsync().ToListAsync();

        Assert.Equal(40, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(Math.Round(s.VCpus * s.DurationSeconds / 3600m, 4), Math.Round(s.ComputeHours, 4)));
        var inRange = sessions.Where(s => s.StartedAt >= summary.Range!.From && s.StartedAt <= summary.Range.To).ToList();
        Assert.Equal(Math.Round(inRange.Sum(s => s.ComputeHours), 4), summary.ComputeHours!.Used);
        Assert.Equal((int)range, summary.Range!.Days);
    }

    [Fact]
    public async Task The_summary_shows_the_plans_quotas_and_the_wallet()
    {
        var summary = await Personal(Ada).Usage.GetSummaryAsync(UsageRange.Last30Days);

        Assert.Equal(400m, summary.ComputeHours!.Quota);
        Assert.Equal(12.4m, summary.Storage!.UsedGB);
        Assert.Equal(50m, summary.Storage.QuotaGB);
        Assert.Equal(StorageLevel.Normal, summary.Storage.Level);
        Assert.Equal(35m, summary.AiChat!.PercentUsed);
        Assert.True(summary.AiChat.CanSend);
        Assert.Equal(2_350.50m, summary.Credits!.Available);
        Assert.False(summary.HasOutstandingBalance);
    }

    [Fact]
    public async Task In_the_organization_usage_is_the_members_own_sessions_and_the_teams_plan()
    {
        var usage = InOrg(Ada).Usage;

        var summary = await usage.GetSummaryAsync(UsageRange.Last90Days);
        var sessions = await usage.ListSessionsAsync(new UsageSessionListOptions { PageSize = 7 }).ToListAsync();

        Assert.Equal(30, sessions.Count);
        Assert.Equal(Math.Round(sessions.Where(s => s.StartedAt >= summary.Range!.From).Sum(s => s.ComputeHours), 4), summary.ComputeHours!.Used);
        Assert.Equal(400m, summary.ComputeHours.Quota);
        Assert.Equal(1_200m, summary.Credits!.Available);
    }

    [Fact]
    public async Task Credit_usage_totals_its_categories()
    {
        var credits = await Personal(Ada).Usage.GetCreditsAsync(UsageRange.Last90Days);

        var byCategory = credits.ByCategory!;
        Assert.Equal(credits.Total, byCategory.Compute + byCategory.Gpu + byCategory.Jobs + byCategory.Ai);
        Assert.Equal(credits.Total, credits.Daily.Sum(d => d.Compute + d.Gpu + d.Jobs + d.Ai));
        Assert.True(credits.Total > 0);
    }

    [Fact]
    public async Task Daily_compute_hours_add_up_to_the_period()
    {
        var hours = await Personal(Ada).Usage.GetComputeHoursAsync(UsageRange.Last30Days);

        Assert.Equal(hours.Used, Math.Round(hours.Daily.Sum(d => d.Hours), 4));
    }

    [Fact]
    public async Task Only_the_four_documented_ranges_are_accepted_and_checked_before_any_request()
    {
        var before = Requests("GET", "/usage/summary");

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Personal(Ada).Usage.GetSummaryAsync((UsageRange)60));

        Assert.Equal("range", ex.ParamName);
        Assert.Equal(before, Requests("GET", "/usage/summary"));
    }
}
