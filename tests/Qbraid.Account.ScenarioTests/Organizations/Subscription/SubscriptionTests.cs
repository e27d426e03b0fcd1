using Qbraid.Account.Billing;
using Qbraid.Account.Organizations.Subscription;

namespace Qbraid.Account.ScenarioTests.Organizations.Subscription;

public class SubscriptionTests : ScenarioTest
{
    [Fact]
    public async Task The_team_plan_is_read_by_admins_and_managers()
    {
        var plan = await InOrg(Alan).Subscription.GetAsync();

        Assert.NotNull(plan);
        Assert.Equal(SubscriptionTier.Standard, plan.Tier);
        Assert.Equal(BillingInterval.Monthly, plan.Interval);
        Assert.Equal(5, plan.Seats);
        Assert.Equal(SubscriptionStatus.Active, plan.Status);
        Assert.False(plan.CancelAtPeriodEnd);
    }

    [Fact]
    public async Task Adding_seats_grows_the_plan_and_the_free_seats()
    {
        var changed = await InOrg(Ada).Subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = 8 });

        Assert.Equal(8, changed.Seats);
        Assert.Equal(8, (await InOrg(Ada).Subscription.GetAsync())!.Seats);
        var seats = await InOrg(Ada).Seats.GetAsync();
        Assert.Equal(8, seats.Total);
        Assert.Equal(4, seats.Available);
    }

    [Fact]
    public async Task Seats_only_grow_here()
    {
        var fewer = await Assert.ThrowsAsync<QbraidValidationException>(() => InOrg(Ada).Subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = 4 }));
        var belowAssigned = await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg(Ada).Subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = 3 }));

        Assert.Contains("seats", fewer.FieldErrors.Keys);
        Assert.Equal(409, belowAssigned.StatusCode);
        Assert.Equal(5, (await InOrg(Ada).Subscription.GetAsync())!.Seats);
    }

    [Fact]
    public async Task An_unset_field_keeps_its_value()
    {
        var changed = await InOrg(Ada).Subscription.UpdateAsync(new UpdateSubscriptionRequest { Tier = SubscriptionTier.Pro });

        Assert.Equal(SubscriptionTier.Pro, changed.Tier);
        Assert.Equal(5, changed.Seats);
        Assert.Equal(BillingInterval.Monthly, changed.Interval);
        Assert.Equal(SubscriptionTier.Pro, (await InOrg(Ada).Seats.GetAsync()).Tier);
        Assert.All((await InOrg(Ada).Members.ListAsync().ToListAsync()).Where(m => m.Seat is not null), m => Assert.Equal(SubscriptionTier.Pro, m.Seat!.Tier));
    }

    [Fact]
    public async Task Cancelling_keeps_the_plan_until_the_period_ends()
    {
        var before = await InOrg(Ada).Subscription.GetAsync();

        var cancelled = await InOrg(Ada).Subscription.CancelAsync();

        Assert.Equal(SubscriptionStatus.Canceling, cancelled.Status);
        Assert.True(cancelled.CancelAtPeriodEnd);
        Assert.Equal(before!.CurrentPeriodEnd, cancelled.CurrentPeriodEnd);
        var read = await InOrg(Alan).Subscription.GetAsync();
        Assert.Equal(SubscriptionStatus.Canceling, read!.Status);
        // Benefits last to the period's end: the seats are still there.
        Assert.Equal(5, (await InOrg(Ada).Seats.GetAsync()).Total);
    }

    [Fact]
    public async Task A_manager_cannot_change_or_cancel_the_plan()
    {
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Alan).Subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = 6 }));
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Alan).Subscription.CancelAsync());

        var plan = await InOrg(Ada).Subscription.GetAsync();
        Assert.Equal(5, plan!.Seats);
        Assert.Equal(SubscriptionStatus.Active, plan.Status);
    }

    [Fact]
    public async Task Fewer_than_two_seats_are_refused_before_any_request()
    {
        var update = await Assert.ThrowsAnyAsync<ArgumentException>(() => InOrg(Ada).Subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = 1 }));
        var checkout = await Assert.ThrowsAnyAsync<ArgumentException>(() => InOrg(Ada).Subscription.CreateCheckoutAsync(SubscriptionTier.Standard, BillingInterval.Monthly, 1));

        Assert.Equal("request.Seats", update.ParamName);
        Assert.Equal("seats", checkout.ParamName);
        Assert.Equal(0, Requests("*", "/organizations/{orgId}/subscription"));
        Assert.Equal(0, Requests("POST", "/organizations/{orgId}/subscription/checkout"));
    }
}

public class NoSubscriptionTests : ScenarioTest
{
    protected override Action<SandboxSeedBuilder> Seed => seed => seed
        .User("ada")
        .Organization("lab", o => o.Owner("ada").Member("bob", SandboxRole.Member));

    [Fact]
    public async Task No_plan_is_a_normal_answer()
    {
        Assert.Null(await InOrg("ada").Subscription.GetAsync());

        var seats = await InOrg("ada").Seats.GetAsync();
        Assert.Equal(0, seats.Total);
        await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg("ada").Seats.AssignAsync(Lab.Member("bob").MemberId));
    }

    [Fact]
    public async Task A_paid_checkout_starts_a_team_plan_with_its_seats()
    {
        var checkout = await InOrg("ada").Subscription.CreateCheckoutAsync(SubscriptionTier.Pro, BillingInterval.Annual, seats: 3);
        Assert.Null(await InOrg("ada").Subscription.GetAsync());

        await Sandbox.CompleteCheckoutAsync(checkout.SessionId);

        var plan = await InOrg("ada").Subscription.GetAsync();
        Assert.Equal(SubscriptionTier.Pro, plan!.Tier);
        Assert.Equal(BillingInterval.Annual, plan.Interval);
        Assert.Equal(3, plan.Seats);
        Assert.Equal(SubscriptionStatus.Active, plan.Status);
        await InOrg("ada").Seats.AssignAsync(Lab.Member("bob").MemberId);
        Assert.Equal(2, (await InOrg("ada").Seats.GetAsync()).Available);
    }
}
