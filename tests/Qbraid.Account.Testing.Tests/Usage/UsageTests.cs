namespace Qbraid.Account.Testing.Tests.Usage;

public class UsageTests : SandboxTest
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    protected override TimeProvider Clock => new Conventions.ManualClock(Now);

    [Fact]
    public async Task Compute_hours_are_vcpus_times_hours_of_the_sessions()
    {
        var ada = Personal("ada");
        var sessions = (await ada.Get("usage/sessions?limit=100")).Ok().Data.Items();
        Assert.Equal(40, sessions.Count);
        Assert.All(sessions, s => Assert.Equal(Math.Round(s.Int("vCpus") * s.GetProperty("durationSeconds").GetInt64() / 3600m, 4), s.Dec("computeHours")));

        var from = new DateTimeOffset(2026, 6, 15, 0, 0, 0, TimeSpan.Zero).AddDays(-29);
        var expected = sessions.Where(s => DateTimeOffset.Parse(s.Str("startedAt")) >= from).Sum(s => s.Dec("computeHours"));
        var summary = (await ada.Get("usage/summary?days=30")).Ok().Data;

        Assert.Equal(expected, summary.GetProperty("computeHours").Dec("used"));
        Assert.Equal(400m, summary.GetProperty("computeHours").Dec("quota"));
        Assert.Equal(30, summary.GetProperty("range").Int("days"));
        Assert.Equal("2026-05-17T00:00:00.000Z", summary.GetProperty("range").Str("from"));
        Assert.Equal(2_350.50m, summary.GetProperty("credits").Dec("available"));
        Assert.Equal(50m, summary.GetProperty("storage").Dec("quotaGB"));
        Assert.Equal("quota", summary.GetProperty("aiChat").Str("status"));
        Assert.Equal(0m, summary.Dec("outstandingBalance"));
        Assert.Equal(expected, (await ada.Get("usage/compute-hours?days=30")).Ok().Data.Dec("used"));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(14)]
    [InlineData(30)]
    [InlineData(90)]
    public async Task The_daily_breakdowns_have_one_entry_per_day_and_add_up(int days)
    {
        var ada = Personal("ada");
        var credits = (await ada.Get($"usage/credits?days={days}")).Ok().Data;
        var hours = (await ada.Get($"usage/compute-hours?days={days}")).Ok().Data;

        var daily = credits.GetProperty("daily").Items();
        Assert.Equal(days, daily.Count);
        Assert.Equal("2026-06-15", daily[^1].Str("date"));
        var byCategory = credits.GetProperty("byCategory");
        Assert.Equal(credits.Dec("total"), byCategory.Dec("compute") + byCategory.Dec("gpu") + byCategory.Dec("jobs") + byCategory.Dec("ai"));
        Assert.Equal(daily.Sum(d => d.Dec("compute")), byCategory.Dec("compute"));
        Assert.Equal(days, hours.GetProperty("daily").GetArrayLength());
        Assert.Equal(hours.GetProperty("daily").Items().Sum(d => d.Dec("hours")), hours.Dec("used"));
        var charged = (await ada.Get($"usage/summary?days={days}")).Data.GetProperty("credits").Dec("charged");
        Assert.Equal(credits.Dec("total"), charged);
    }

    [Theory]
    [InlineData("days=5")]
    [InlineData("days=abc")]
    [InlineData("days=365")]
    public async Task Other_ranges_are_400(string query)
        => (await Personal("ada").Get("usage/summary?" + query)).Expect(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Usage_is_scoped_to_the_workspace()
    {
        var personal = (await Personal("ada").Get("usage/sessions")).Ok();
        var inOrg = (await InOrg("ada").Get("usage/sessions")).Ok();

        Assert.Equal(40, personal.Body.GetProperty("pagination").Int("total"));
        Assert.Equal(30, inOrg.Body.GetProperty("pagination").Int("total"));
        Assert.Equal(1_200m, (await InOrg("ada").Get("usage/summary")).Data.GetProperty("credits").Dec("available"));
    }

    [Fact]
    public async Task Auto_switch_to_credits_is_a_setting_of_the_workspace()
    {
        var ada = Personal("ada");
        Assert.True((await ada.Patch("usage/settings", new { autoSwitchToCredits = true })).Ok().Data.Bool("autoSwitchToCredits"));

        Assert.True((await ada.Get("usage/summary")).Data.Bool("autoSwitchToCredits"));
        Assert.False((await InOrg("ada").Get("usage/summary")).Data.Bool("autoSwitchToCredits"));
        (await ada.Patch("usage/settings", new { })).Expect(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Ai_quota_reports_the_plan()
    {
        var data = (await Personal("ada").Get("ai/quota")).Ok().Data;

        Assert.Equal("standard", data.Str("plan"));
        Assert.Equal(5, data.Int("multiplier"));
        Assert.True(data.Bool("canSend"));
    }
}

public class OverQuotaUsageTests : SandboxTest
{
    protected override Action<SandboxSeedBuilder> Seed => seed => seed
        .User("bob", u => u.Credits(-12.5m).AiChat(120, autoSwitchToCredits: true).Storage(14m));

    [Fact]
    public async Task A_negative_balance_is_outstanding_and_blocks_ai_over_quota()
    {
        var data = (await Personal("bob").Get("usage/summary")).Ok().Data;

        Assert.Equal(12.5m, data.Dec("outstandingBalance"));
        Assert.Equal("credits", data.GetProperty("aiChat").Str("status"));
        Assert.False(data.GetProperty("aiChat").Bool("canSend"));
        Assert.Equal(15m, data.GetProperty("storage").Dec("quotaGB"));
        Assert.Equal(25m, data.GetProperty("computeHours").Dec("quota"));
    }
}
