using Qbraid.Account.Billing;
using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.Tests.Billing;

public sealed class SubscriptionTests : WireMockTestBase
{
    private const string SessionJson = """{"checkoutUrl":"https://checkout.stripe.com/c/pay/cs_test_sub","sessionId":"cs_test_sub"}""";

    [Fact]
    public async Task Get_reads_the_personal_plan()
    {
        GivenData("GET", "/billing/subscription", """
            {"tier":"standard","interval":"monthly","status":"active","currentPeriodEnd":"2026-12-20T00:00:00Z","cancelAtPeriodEnd":false}
            """);

        var subscription = await Personal.Wallet.GetSubscriptionAsync();

        Assert.Equal(SubscriptionTier.Standard, subscription.Tier);
        Assert.Equal(BillingInterval.Monthly, subscription.Interval);
        Assert.Equal(SubscriptionStatus.Active, subscription.Status);
        Assert.Equal(new DateTimeOffset(2026, 12, 20, 0, 0, 0, TimeSpan.Zero), subscription.CurrentPeriodEnd);
        Assert.False(subscription.CancelAtPeriodEnd);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        AssertWorkspaceHeaders(request, organizationId: null);
    }

    [Fact]
    public async Task Checkout_posts_tier_and_interval_with_a_generated_idempotency_key()
    {
        GivenData("POST", "/billing/subscription/checkout", SessionJson);

        var session = await Personal.Wallet.CreateSubscriptionCheckoutAsync(new SubscriptionCheckoutRequest(SubscriptionTier.Pro, BillingInterval.Annual));

        Assert.Equal("cs_test_sub", session.SessionId);
        Assert.Null(session.Credits);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P("/billing/subscription/checkout"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        var body = Body(request);
        Assert.Equal(["tier", "interval"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("pro", body.GetProperty("tier").GetString());
        Assert.Equal("annual", body.GetProperty("interval").GetString());
    }

    [Fact]
    public async Task Checkout_uses_the_callers_idempotency_key()
    {
        GivenData("POST", "/billing/subscription/checkout", SessionJson);

        await Personal.Wallet.CreateSubscriptionCheckoutAsync(new SubscriptionCheckoutRequest("Standard", "Monthly"), "upgrade-1");

        var request = SingleRequest();
        Assert.Equal("upgrade-1", Header(request, "Idempotency-Key"));
        Assert.Equal("standard", Body(request).GetProperty("tier").GetString());
    }

    public static TheoryData<string?, string?, string> BadChoices => new()
    {
        { "free", "monthly", "request.Tier" },
        { "enterprise", "monthly", "request.Tier" },
        { null, "monthly", "request.Tier" },
        { "pro", "weekly", "request.Interval" },
        { "pro", null, "request.Interval" },
    };

    [Theory]
    [MemberData(nameof(BadChoices))]
    public async Task Checkout_with_a_tier_or_interval_outside_the_contract_fails_before_any_request(string? tier, string? interval, string paramName)
    {
        var request = new SubscriptionCheckoutRequest(
            tier is null ? default : new SubscriptionTier(tier),
            interval is null ? default : new BillingInterval(interval));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Wallet.CreateSubscriptionCheckoutAsync(request));

        Assert.Equal(paramName, ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Checkout_conflict_is_reported()
    {
        Given("POST", "/billing/subscription/checkout", 409, """{"success":false,"message":["You already have this plan."]}""");

        var ex = await Assert.ThrowsAsync<QbraidConflictException>(() => Personal.Wallet.CreateSubscriptionCheckoutAsync(new SubscriptionCheckoutRequest(SubscriptionTier.Pro, BillingInterval.Monthly)));

        Assert.Contains("You already have this plan.", ex.Message);
    }
}
