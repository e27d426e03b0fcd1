using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Billing;

public sealed class PortalTests : WireMockTestBase
{
    private const string PortalJson = """{"url":"https://billing.stripe.com/p/session/test_abc"}""";

    [Fact]
    public async Task Portal_posts_the_return_url_without_an_idempotency_key()
    {
        GivenData("POST", "/billing/portal", PortalJson);

        var portal = await Personal.Wallet.CreatePortalSessionAsync("https://app.example.com/billing?tab=plan");

        Assert.Equal("https://billing.stripe.com/p/session/test_abc", portal.Url);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P("/billing/portal"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.Null(Header(request, "Idempotency-Key"));
        var body = Body(request);
        Assert.Equal(["returnUrl"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("https://app.example.com/billing?tab=plan", body.GetProperty("returnUrl").GetString());
    }

    [Fact]
    public async Task Portal_without_a_return_url_sends_an_empty_object()
    {
        GivenData("POST", "/billing/portal", PortalJson);

        await Personal.Wallet.CreatePortalSessionAsync();

        Assert.Empty(Body(SingleRequest()).EnumerateObject());
    }

    [Theory]
    [InlineData("/billing")]
    [InlineData("ftp://example.com/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task Portal_with_a_return_url_that_is_not_absolute_http_fails_before_any_request(string returnUrl)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Wallet.CreatePortalSessionAsync(returnUrl));

        Assert.Equal("returnUrl", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
