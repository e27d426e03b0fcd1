using Qbraid.Account.Billing;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.ScenarioTests.Wallet;

public class PersonalWalletTests : ScenarioTest
{
    [Fact]
    public async Task The_balance_and_overview_are_the_personal_wallets()
    {
        var wallet = Personal(Ada).Wallet;

        var balance = await wallet.GetBalanceAsync();
        var overview = await wallet.GetOverviewAsync();

        Assert.Equal(2_350.50m, balance.QbraidCredits);
        Assert.Null(balance.OrganizationId);
        Assert.Equal(2_350.50m, overview.QbraidCredits);
        Assert.Equal(SubscriptionTier.Standard, overview.Plan!.Tier);
        Assert.Equal(7, overview.Last7Days.Count);
        Assert.Equal(Math.Round(overview.Usage30Days!.CreditsUsed / 30m, 2), Math.Round(overview.Usage30Days.BurnRatePerDay, 2));
    }

    [Fact]
    public async Task Pricing_is_one_cent_per_credit()
    {
        var pricing = await Personal(Ada).Wallet.GetPricingAsync();

        Assert.Equal(0.01m, pricing.UsdPerCredit);
        Assert.Equal(100m, pricing.CreditsPerUsd);
    }

    [Fact]
    public async Task Bought_credits_land_in_the_wallet_only_once_paid()
    {
        var wallet = Personal(Ada).Wallet;

        var checkout = await wallet.CreateCreditCheckoutAsync(new CreditCheckoutRequest(25m));

        Assert.Equal(2_500m, checkout.Credits);
        Assert.StartsWith("https://", checkout.CheckoutUrl);
        Assert.Equal(2_350.50m, (await wallet.GetBalanceAsync()).QbraidCredits);

        await Sandbox.CompleteCheckoutAsync(checkout.SessionId);

        Assert.Equal(4_850.50m, (await wallet.GetBalanceAsync()).QbraidCredits);
        var payment = (await wallet.ListPaymentsAsync().ToListAsync()).OrderByDescending(p => p.CreatedAt).First();
        Assert.Equal(25m, payment.AmountUsd);
        Assert.Equal(2_500m, payment.Credits);
        Assert.Equal(PaymentStatus.Succeeded, payment.Status);
    }

    [Fact]
    public async Task A_paid_plan_checkout_changes_the_plan()
    {
        var wallet = Personal(Ada).Wallet;

        var checkout = await wallet.CreateSubscriptionCheckoutAsync(new SubscriptionCheckoutRequest(SubscriptionTier.Pro, BillingInterval.Annual));
        Assert.Equal(SubscriptionTier.Standard, (await wallet.GetSubscriptionAsync()).Tier);
        await Sandbox.CompleteCheckoutAsync(checkout.SessionId);

        var plan = await wallet.GetSubscriptionAsync();
        Assert.Equal(SubscriptionTier.Pro, plan.Tier);
        Assert.Equal(BillingInterval.Annual, plan.Interval);
        Assert.Equal(SubscriptionStatus.Active, plan.Status);
    }

    [Fact]
    public async Task The_portal_link_is_a_stripe_url()
    {
        var portal = await Personal(Ada).Wallet.CreatePortalSessionAsync("https://app.example.com/billing");

        Assert.StartsWith("https://", portal.Url);
    }

    [Fact]
    public async Task A_non_positive_purchase_is_refused_before_any_request()
    {
        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Personal(Ada).Wallet.CreateCreditCheckoutAsync(new CreditCheckoutRequest(0m)));

        Assert.Equal("request.AmountUsd", ex.ParamName);
        Assert.Equal(0, Requests("POST", "/billing/credits/checkout"));
    }
}
