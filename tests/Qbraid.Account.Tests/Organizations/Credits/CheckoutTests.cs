using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Credits;

public sealed class CheckoutTests : WireMockTestBase
{
    private const string Path = "/organizations/" + OrgId + "/credits/checkout";

    private const string Session = """{"checkoutUrl":"https://checkout.stripe.com/c/pay/cs_test_a1","sessionId":"cs_test_a1","credits":5000}""";

    [Fact]
    public async Task CreateCheckout_posts_amount_and_promo_code_with_a_generated_idempotency_key()
    {
        GivenData("POST", Path, Session);

        var session = await Org.Credits.CreateCheckoutAsync(new(50m, "TEAM10"));

        Assert.Equal("https://checkout.stripe.com/c/pay/cs_test_a1", session.CheckoutUrl);
        Assert.Equal("cs_test_a1", session.SessionId);
        Assert.Equal(5000m, session.Credits);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.GeneratedIdempotencyKey(request);
        BillingAreaAssert.JsonBody(request, """{"amountUsd":50,"promoCode":"TEAM10"}""");
    }

    [Fact]
    public async Task CreateCheckout_without_promo_code_sends_only_the_amount_and_uses_the_callers_key()
    {
        GivenData("POST", Path, Session);

        await Org.Credits.CreateCheckoutAsync(new(12.5m), idempotencyKey: "buy-2026-11-25");

        var request = SingleRequest();
        Assert.Equal("buy-2026-11-25", Header(request, "Idempotency-Key"));
        BillingAreaAssert.JsonBody(request, """{"amountUsd":12.5}""");
    }

    [Fact]
    public async Task CreateCheckout_uses_a_fresh_key_per_call()
    {
        GivenData("POST", Path, Session);

        await Org.Credits.CreateCheckoutAsync(new(10m));
        await Org.Credits.CreateCheckoutAsync(new(10m));

        var keys = Requests.Select(BillingAreaAssert.GeneratedIdempotencyKey).ToList();
        Assert.Equal(2, keys.Count);
        Assert.NotEqual(keys[0], keys[1]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task CreateCheckout_rejects_a_non_positive_amount_before_sending(int amount)
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Org.Credits.CreateCheckoutAsync(new(amount)));

        Assert.Equal("request.AmountUsd", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task CreateCheckout_rejects_a_blank_promo_code_before_sending()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Credits.CreateCheckoutAsync(new(10m, "  ")));

        Assert.Equal("request.PromoCode", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
