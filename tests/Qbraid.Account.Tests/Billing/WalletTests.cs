using Qbraid.Account.Billing;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Billing;

public sealed class WalletTests : WireMockTestBase
{
    [Fact]
    public async Task Overview_reads_plan_usage_and_the_last_7_days()
    {
        GivenData("GET", "/billing/wallet", """
            {"qbraidCredits":1234.5678,"awsCredits":0,
             "plan":{"tier":"pro","interval":"annual","status":"canceling","currentPeriodEnd":"2027-01-01T00:00:00Z"},
             "usage30Days":{"creditsUsed":900,"burnRatePerDay":30},
             "last7Days":[{"date":"2026-11-14","credits":10},{"date":"2026-11-15","credits":0.25}]}
            """);

        var overview = await Personal.Wallet.GetOverviewAsync();

        Assert.Equal(1234.5678m, overview.QbraidCredits);
        Assert.Equal(SubscriptionTier.Pro, overview.Plan!.Tier);
        Assert.Equal(BillingInterval.Annual, overview.Plan.Interval);
        Assert.Equal(SubscriptionStatus.Canceling, overview.Plan.Status);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), overview.Plan.CurrentPeriodEnd);
        Assert.Equal(900m, overview.Usage30Days!.CreditsUsed);
        Assert.Equal(30m, overview.Usage30Days.BurnRatePerDay);
        Assert.Equal(2, overview.Last7Days.Count);
        // A calendar day reads as midnight UTC whatever the machine's time zone.
        Assert.Equal(new DateTimeOffset(2026, 11, 14, 0, 0, 0, TimeSpan.Zero), overview.Last7Days[0].Date);
        Assert.Equal(TimeSpan.Zero, overview.Last7Days[0].Date.Offset);
        Assert.Equal(0.25m, overview.Last7Days[1].Credits);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P("/billing/wallet"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
    }

    [Fact]
    public async Task Overview_on_the_free_tier_has_no_interval_and_an_empty_history_when_omitted()
    {
        GivenData("GET", "/billing/wallet", """
            {"qbraidCredits":-3,"awsCredits":0,"plan":{"tier":"free","interval":null,"status":"active","currentPeriodEnd":null},
             "usage30Days":{"creditsUsed":0,"burnRatePerDay":0}}
            """);

        var overview = await Personal.Wallet.GetOverviewAsync();

        Assert.Equal(-3m, overview.QbraidCredits);
        Assert.Equal(SubscriptionTier.Free, overview.Plan!.Tier);
        Assert.Null(overview.Plan.Interval);
        Assert.Null(overview.Plan.CurrentPeriodEnd);
        Assert.NotNull(overview.Last7Days);
        Assert.Empty(overview.Last7Days);
    }
}
