using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Billing.Credits;

public sealed class PricingTests : WireMockTestBase
{
    [Fact]
    public async Task Pricing_reads_usd_per_credit()
    {
        GivenData("GET", "/billing/credits/pricing", """{"usdPerCredit":0.01,"creditsPerUsd":100}""");

        var pricing = await Personal.Wallet.GetPricingAsync();

        Assert.Equal(0.01m, pricing.UsdPerCredit);
        Assert.Equal(100m, pricing.CreditsPerUsd);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P("/billing/credits/pricing"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
    }
}
