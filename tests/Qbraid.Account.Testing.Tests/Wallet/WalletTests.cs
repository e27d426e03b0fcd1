namespace Qbraid.Account.Testing.Tests.Wallet;

public class WalletTests : SandboxTest
{
    [Fact]
    public async Task Balance_is_personal_or_the_members_own_credits_never_the_pool()
    {
        var personal = (await Personal("ada").Get("billing/credits/balance")).Ok().Data;
        var inOrg = (await InOrg("ada").Get("billing/credits/balance")).Ok().Data;

        Assert.Equal(2_350.50m, personal.Dec("qbraidCredits"));
        Assert.Contains("\"qbraidCredits\":2350.5,", (await Personal("ada").Get("billing/credits/balance")).Text);
        Assert.Equal(JsonValueKind.Null, personal.GetProperty("organizationId").ValueKind);
        Assert.Equal(Sandbox.Seed.User("ada").Id, personal.Str("userId"));
        Assert.Equal(1_200m, inOrg.Dec("qbraidCredits"));
        Assert.Equal(Lab.Id, inOrg.Str("organizationId"));
    }

    [Fact]
    public async Task Pricing_is_one_cent_per_credit()
    {
        var data = (await Personal("ada").Get("billing/credits/pricing")).Ok().Data;

        Assert.Equal(0.01m, data.Dec("usdPerCredit"));
        Assert.Equal(100m, data.Dec("creditsPerUsd"));
    }

    [Fact]
    public async Task The_wallet_overview_has_plan_burn_rate_and_last_7_days()
    {
        var data = (await Personal("ada").Get("billing/wallet")).Ok().Data;

        Assert.Equal("standard", data.GetProperty("plan").Str("tier"));
        Assert.Equal("monthly", data.GetProperty("plan").Str("interval"));
        var used = data.GetProperty("usage30Days").Dec("creditsUsed");
        Assert.True(used > 0);
        Assert.Equal(Math.Round(used / 30m, 4), data.GetProperty("usage30Days").Dec("burnRatePerDay"));
        Assert.Equal(7, data.GetProperty("last7Days").GetArrayLength());
    }

    [Fact]
    public async Task Payments_are_paged_newest_first()
    {
        var reply = (await Personal("ada").Get("billing/payments?limit=5")).Ok();

        Assert.Equal(8, reply.Body.GetProperty("pagination").Int("total"));
        var dates = reply.Data.Items().Select(p => DateTimeOffset.Parse(p.Str("createdAt"))).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Theory]
    [InlineData("POST", "billing/credits/checkout")]
    [InlineData("GET", "billing/subscription")]
    [InlineData("POST", "billing/subscription/checkout")]
    [InlineData("POST", "billing/portal")]
    public async Task Personal_only_actions_are_403_in_an_organization(string method, string path)
    {
        var reply = await InOrg("ada").Send(new HttpMethod(method), path, method == "POST" ? ApiClient.Json(new { amountUsd = 10m, tier = "pro", interval = "monthly" }) : null);

        reply.Expect(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("POST", "billing/credits/requests")]
    [InlineData("GET", "billing/credits/requests")]
    public async Task Organization_only_actions_are_403_in_the_personal_workspace(string method, string path)
    {
        var reply = await Personal("ada").Send(new HttpMethod(method), path, method == "POST" ? ApiClient.Json(new { amount = 10m }) : null);

        reply.Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Credits_land_after_the_checkout_is_paid()
    {
        var ada = Personal("ada");
        var checkout = (await ada.Post("billing/credits/checkout", new { amountUsd = 25m })).Ok().Data;
        Assert.Equal(2_500m, checkout.Dec("credits"));
        Assert.StartsWith("https://checkout.stripe.com/", checkout.Str("checkoutUrl"));
        Assert.Equal(2_350.50m, (await ada.Get("billing/credits/balance")).Data.Dec("qbraidCredits"));

        await Sandbox.CompleteCheckoutAsync(checkout.Str("sessionId"));

        Assert.Equal(4_850.50m, (await ada.Get("billing/credits/balance")).Data.Dec("qbraidCredits"));
        Assert.Equal(25m, (await ada.Get("billing/payments?limit=1")).Data[0].Dec("amountUsd"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Sandbox.CompleteCheckoutAsync(checkout.Str("sessionId")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.001)]
    public async Task Checkout_amounts_must_be_positive_dollars(decimal amountUsd)
        => (await Personal("ada").Post("billing/credits/checkout", new { amountUsd })).Expect(HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_plan_checkout_starts_the_plan_once_paid()
    {
        var katherine = Personal("katherine");
        Assert.Equal("free", (await katherine.Get("billing/subscription")).Ok().Data.Str("tier"));
        (await katherine.Post("billing/subscription/checkout", new { tier = "gold", interval = "monthly" })).Expect(HttpStatusCode.BadRequest);

        var checkout = (await katherine.Post("billing/subscription/checkout", new { tier = "pro", interval = "annual" })).Ok().Data;
        await Sandbox.CompleteCheckoutAsync(checkout.Str("sessionId"));

        var plan = (await katherine.Get("billing/subscription")).Ok().Data;
        Assert.Equal("pro", plan.Str("tier"));
        Assert.Equal("annual", plan.Str("interval"));
        Assert.False(plan.Bool("cancelAtPeriodEnd"));
    }

    [Fact]
    public async Task The_portal_link_checks_the_return_url()
    {
        Assert.StartsWith("https://billing.stripe.com/", (await Personal("ada").Post("billing/portal", new { returnUrl = "https://example.com/back" })).Ok().Data.Str("url"));
        (await Personal("ada").Post("billing/portal", new { returnUrl = "not a url" })).Expect(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_credit_request_is_pending_and_listed_for_its_requester_only()
    {
        var katherine = InOrg("katherine");

        var created = (await katherine.Post("billing/credits/requests", new { amount = 120.5m, reason = "More shots" })).Expect(HttpStatusCode.Created).Data;

        Assert.Equal("pending", created.Str("status"));
        Assert.Equal(Lab.Member("katherine").MemberId, created.GetProperty("requestedBy").Str("memberId"));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("decidedAt").ValueKind);
        var mine = (await katherine.Get("billing/credits/requests?status=pending")).Ok().Data.Items();
        Assert.Equal(2, mine.Count);
        Assert.All(mine, r => Assert.Equal(Lab.Member("katherine").MemberId, r.GetProperty("requestedBy").Str("memberId")));
        Assert.Empty((await InOrg("ada").Get("billing/credits/requests")).Ok().Data.Items());
        (await katherine.Post("billing/credits/requests", new { amount = 0 })).Expect(HttpStatusCode.BadRequest);
    }
}
