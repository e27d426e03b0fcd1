namespace Qbraid.Account.Testing.Tests.Organizations.Subscription;

public class SubscriptionTests : SandboxTest
{
    [Fact]
    public async Task Admins_and_managers_view_the_plan_members_do_not()
    {
        var data = (await InOrg("alan").Get(OrgPath("subscription"))).Ok().Data;

        Assert.Equal("standard", data.Str("tier"));
        Assert.Equal("monthly", data.Str("interval"));
        Assert.Equal(5, data.Int("seats"));
        Assert.Equal("active", data.Str("status"));
        Assert.False(data.Bool("cancelAtPeriodEnd"));
        (await InOrg("katherine").Get(OrgPath("subscription"))).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Seats_grow_and_the_tier_changes()
    {
        var data = (await InOrg("ada").Patch(OrgPath("subscription"), new { seats = 8, tier = "pro", interval = "annual" })).Ok().Data;

        Assert.Equal(8, data.Int("seats"));
        Assert.Equal("pro", data.Str("tier"));
        Assert.Equal("annual", data.Str("interval"));
        var seats = (await InOrg("ada").Get(OrgPath("seats"))).Data;
        Assert.Equal(4, seats.Int("available"));
        Assert.Equal("pro", (await MemberAsync(Lab.Member("ada").MemberId)).GetProperty("seat").Str("tier"));
    }

    [Fact]
    public async Task Seats_never_shrink_here()
    {
        var reply = await InOrg("ada").Patch(OrgPath("subscription"), new { seats = 4 });

        reply.Expect(HttpStatusCode.BadRequest);
        Assert.Equal(5, (await InOrg("ada").Get(OrgPath("subscription"))).Data.Int("seats"));
    }

    [Fact]
    public async Task Seats_never_go_below_those_assigned()
        => (await InOrg("ada").Patch(OrgPath("subscription"), new { seats = 3 })).Expect(HttpStatusCode.Conflict);

    [Fact]
    public async Task Managers_cannot_change_or_cancel_the_plan()
    {
        (await InOrg("alan").Patch(OrgPath("subscription"), new { seats = 6 })).Expect(HttpStatusCode.Forbidden);
        (await InOrg("alan").Post(OrgPath("subscription/cancel"))).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Cancel_keeps_benefits_to_the_period_end()
    {
        var data = (await InOrg("ada").Post(OrgPath("subscription/cancel"))).Ok().Data;

        Assert.Equal("canceling", data.Str("status"));
        Assert.True(data.Bool("cancelAtPeriodEnd"));
        Assert.Equal(5, (await InOrg("ada").Get(OrgPath("seats"))).Data.Int("total"));
        Assert.Equal("canceling", (await InOrg("ada").Post(OrgPath("subscription/cancel"))).Ok().Data.Str("status"));
    }

    [Fact]
    public async Task A_second_plan_is_409_and_checkout_validates_the_plan()
    {
        (await InOrg("ada").Post(OrgPath("subscription/checkout"), new { tier = "pro", interval = "monthly", seats = 5 })).Expect(HttpStatusCode.Conflict);
        (await InOrg("ada").Post(OrgPath("subscription/checkout"), new { tier = "pro", interval = "monthly", seats = 1 })).Expect(HttpStatusCode.BadRequest);
        (await InOrg("ada").Post(OrgPath("subscription/checkout"), new { tier = "free", interval = "monthly", seats = 5 })).Expect(HttpStatusCode.BadRequest);
    }
}

public class NoSubscriptionTests : SandboxTest
{
    protected override Action<SandboxSeedBuilder> Seed => seed => seed
        .Organization("lab", o => o.Owner("grace").Member("ada", SandboxRole.Admin));

    [Fact]
    public async Task Without_a_plan_the_subscription_is_404_and_there_are_no_seats()
    {
        (await InOrg("ada").Get(OrgPath("subscription"))).Expect(HttpStatusCode.NotFound);
        (await InOrg("ada").Patch(OrgPath("subscription"), new { seats = 3 })).Expect(HttpStatusCode.NotFound);
        (await InOrg("ada").Post(OrgPath("subscription/cancel"))).Expect(HttpStatusCode.NotFound);
        Assert.Equal(0, (await InOrg("ada").Get(OrgPath("seats"))).Ok().Data.Int("total"));
        (await InOrg("ada").Post(OrgPath("seats/assignments"), new { memberId = Lab.Member("ada").MemberId })).Expect(HttpStatusCode.Conflict);
        Assert.Equal(JsonValueKind.Null, (await InOrg("ada").Get(OrgPath())).Data.GetProperty("subscriptionTier").ValueKind);
    }

    [Fact]
    public async Task A_team_plan_needs_at_least_two_seats_and_starts_once_paid()
    {
        (await InOrg("ada").Post(OrgPath("subscription/checkout"), new { tier = "standard", interval = "annual", seats = 1 })).Expect(HttpStatusCode.BadRequest);

        var checkout = (await InOrg("ada").Post(OrgPath("subscription/checkout"), new { tier = "standard", interval = "annual", seats = 2 })).Ok().Data;
        await Sandbox.CompleteCheckoutAsync(checkout.Str("sessionId"));

        var plan = (await InOrg("ada").Get(OrgPath("subscription"))).Ok().Data;
        Assert.Equal(2, plan.Int("seats"));
        Assert.Equal("annual", plan.Str("interval"));
        (await InOrg("ada").Post(OrgPath("seats/assignments"), new { memberId = Lab.Member("ada").MemberId })).Expect(HttpStatusCode.Created);
    }
}
