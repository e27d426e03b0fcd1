using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.Tests.Billing.Credits;

public sealed class CheckoutTests : WireMockTestBase
{
    private const string SessionJson = """{"checkoutUrl":"https://checkout.stripe.com/c/pay/cs_test_a1","sessionId":"cs_test_a1","credits":2500}""";

    [Fact]
    public async Task Checkout_posts_the_amount_and_promo_code_with_a_generated_idempotency_key()
    {
        GivenData("POST", "/billing/credits/checkout", SessionJson);

        var session = await Personal.Wallet.CreateCreditCheckoutAsync(new CreditCheckoutRequest(25m, "WELCOME10"));

        Assert.Equal("https://checkout.stripe.com/c/pay/cs_test_a1", session.CheckoutUrl);
        Assert.Equal("cs_test_a1", session.SessionId);
        Assert.Equal(2500m, session.Credits);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        var body = Body(request);
        Assert.Equal(["amountUsd", "promoCode"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(25m, body.GetProperty("amountUsd").GetDecimal());
        Assert.Equal("WELCOME10", body.GetProperty("promoCode").GetString());
    }

    [Fact]
    public async Task Checkout_without_a_promo_code_leaves_it_out_and_uses_the_callers_key()
    {
        GivenData("POST", "/billing/credits/checkout", SessionJson);

        await Personal.Wallet.CreateCreditCheckoutAsync(new CreditCheckoutRequest(0.5m), idempotencyKey: "order-42");

        var request = SingleRequest();
        Assert.Equal("order-42", Header(request, "Idempotency-Key"));
        var body = Body(request);
        Assert.Equal(["amountUsd"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.5m, body.GetProperty("amountUsd").GetDecimal());
    }

    [Fact]
    public async Task Checkout_is_retried_on_a_server_error_with_the_same_key()
    {
        Server.Given(Request("POST", "/billing/credits/checkout")).InScenario("s").WillSetStateTo("second")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(502));
        Server.Given(Request("POST", "/billing/credits/checkout")).InScenario("s").WhenStateIs("second")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(Envelope(SessionJson)));

        var session = await Personal.Wallet.CreateCreditCheckoutAsync(new CreditCheckoutRequest(25m));

        Assert.Equal("cs_test_a1", session.SessionId);
        var keys = Requests.Select(e => Header(e, "Idempotency-Key")).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task Checkout_from_the_wrong_workspace_is_a_permission_error()
    {
        Given("POST", "/billing/credits/checkout", 403, """{"success":false,"error":{"code":"WRONG_WORKSPACE","message":"Credit purchases are personal only."}}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Personal.Wallet.CreateCreditCheckoutAsync(new CreditCheckoutRequest(10m)));

        Assert.Equal("WRONG_WORKSPACE", ex.ErrorCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task Checkout_with_a_non_positive_amount_fails_before_any_request(int amount)
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Personal.Wallet.CreateCreditCheckoutAsync(new CreditCheckoutRequest(amount)));

        Assert.Equal("request.AmountUsd", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Checkout_with_a_blank_promo_code_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Wallet.CreateCreditCheckoutAsync(new CreditCheckoutRequest(10m, "")));

        Assert.Equal("request.PromoCode", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Checkout_with_a_null_request_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Personal.Wallet.CreateCreditCheckoutAsync(null!));

        Assert.Equal("request", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
