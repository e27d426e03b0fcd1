using Qbraid.Account.Billing;
using Qbraid.Account.Organizations.Subscription;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Subscription;

public sealed class SubscriptionTests : WireMockTestBase
{
    private const string Path = "/organizations/" + OrgId + "/subscription";

    private const string Plan = """
        {"tier":"pro","interval":"annual","seats":12,"status":"active","currentPeriodEnd":"2027-01-01T00:00:00Z","cancelAtPeriodEnd":false}
        """;

    [Fact]
    public async Task Get_reads_the_team_plan()
    {
        GivenData("GET", Path, Plan);

        var plan = await Org.Subscription.GetAsync();

        Assert.NotNull(plan);
        Assert.Equal(SubscriptionTier.Pro, plan.Tier);
        Assert.Equal(BillingInterval.Annual, plan.Interval);
        Assert.Equal(12, plan.Seats);
        Assert.Equal(SubscriptionStatus.Active, plan.Status);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), plan.CurrentPeriodEnd);
        Assert.False(plan.CancelAtPeriodEnd);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.NoIdempotencyKey(request);
    }

    [Fact]
    public async Task Get_without_a_plan_is_null_not_an_exception()
    {
        Given("GET", Path, 404, """{"success":false,"message":"No subscription."}""");

        var plan = await Org.Subscription.GetAsync();

        Assert.Null(plan);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task Get_keeps_other_errors_as_exceptions()
    {
        Given("GET", Path, 403, """{"success":false,"message":"Not a member of this organization."}""");

        await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.Subscription.GetAsync());
    }

    [Fact]
    public async Task CreateCheckout_posts_tier_interval_and_seats_with_an_idempotency_key()
    {
        GivenData("POST", Path + "/checkout", """{"checkoutUrl":"https://checkout.stripe.com/c/pay/cs_test_t1","sessionId":"cs_test_t1"}""");

        var session = await Org.Subscription.CreateCheckoutAsync(SubscriptionTier.Standard, BillingInterval.Monthly, seats: 5);

        Assert.Equal("cs_test_t1", session.SessionId);
        Assert.Null(session.Credits);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path + "/checkout"), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.GeneratedIdempotencyKey(request);
        BillingAreaAssert.JsonBody(request, """{"tier":"standard","interval":"monthly","seats":5}""");
    }

    [Fact]
    public async Task CreateCheckout_rejects_fewer_than_two_seats_before_sending()
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Org.Subscription.CreateCheckoutAsync(SubscriptionTier.Pro, BillingInterval.Annual, seats: 1));

        Assert.Equal("seats", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData("free")]
    [InlineData("enterprise")]
    public async Task CreateCheckout_rejects_a_tier_other_than_standard_or_pro(string tier)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Subscription.CreateCheckoutAsync(tier, BillingInterval.Monthly, seats: 3));

        Assert.Equal("tier", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task CreateCheckout_rejects_an_unset_interval()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Subscription.CreateCheckoutAsync(SubscriptionTier.Pro, default, seats: 3));

        Assert.Equal("interval", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task CreateCheckout_and_Update_reject_an_interval_the_contract_does_not_sell()
    {
        var checkout = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Subscription.CreateCheckoutAsync(SubscriptionTier.Pro, "weekly", seats: 3));
        var update = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Subscription.UpdateAsync(new UpdateSubscriptionRequest { Interval = (BillingInterval)"quarterly" }));

        Assert.Equal("interval", checkout.ParamName);
        Assert.Contains("monthly, annual", checkout.Message, StringComparison.Ordinal);
        Assert.Contains("'weekly'", checkout.Message, StringComparison.Ordinal);
        Assert.Equal("request.Interval", update.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Update_sends_only_the_seats_when_only_seats_are_set()
    {
        GivenData("PATCH", Path, Plan.Replace("\"seats\":12", "\"seats\":20"));

        var plan = await Org.Subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = 20 });

        Assert.Equal(20, plan.Seats);
        var request = SingleRequest();
        Assert.Equal("PATCH", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.NoIdempotencyKey(request);
        BillingAreaAssert.JsonBody(request, """{"seats":20}""");
    }

    [Fact]
    public async Task Update_sends_tier_and_interval_without_seats()
    {
        GivenData("PATCH", Path, Plan);

        await Org.Subscription.UpdateAsync(new UpdateSubscriptionRequest { Tier = SubscriptionTier.Standard, Interval = BillingInterval.Monthly });

        BillingAreaAssert.JsonBody(SingleRequest(), """{"tier":"standard","interval":"monthly"}""");
    }

    [Fact]
    public async Task Update_with_nothing_set_is_rejected_before_sending()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Subscription.UpdateAsync(new UpdateSubscriptionRequest()));

        Assert.Equal("request", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Update_rejects_fewer_than_two_seats_and_a_free_tier_before_sending()
    {
        var seats = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Org.Subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = 1 }));
        var tier = await Assert.ThrowsAsync<ArgumentException>(() => Org.Subscription.UpdateAsync(new UpdateSubscriptionRequest { Tier = SubscriptionTier.Free }));

        Assert.Equal("request.Seats", seats.ParamName);
        Assert.Equal("request.Tier", tier.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Update_that_drops_below_assigned_seats_is_a_validation_exception()
    {
        Given("PATCH", Path, 422, """{"success":false,"message":"Validation failed","errors":{"seats":["Cannot go below 8 assigned seats."]}}""");

        var ex = await Assert.ThrowsAsync<QbraidValidationException>(() => Org.Subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = 4 }));

        Assert.Equal(["Cannot go below 8 assigned seats."], ex.FieldErrors!["seats"]);
    }

    [Fact]
    public async Task Cancel_posts_to_cancel_and_reads_the_plan_ending_at_period_end()
    {
        GivenData("POST", Path + "/cancel", Plan.Replace("\"status\":\"active\"", "\"status\":\"canceling\"").Replace("\"cancelAtPeriodEnd\":false", "\"cancelAtPeriodEnd\":true"));

        var plan = await Org.Subscription.CancelAsync();

        Assert.True(plan.CancelAtPeriodEnd);
        Assert.Equal(SubscriptionStatus.Canceling, plan.Status);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path + "/cancel"), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.NoIdempotencyKey(request);
    }
}
