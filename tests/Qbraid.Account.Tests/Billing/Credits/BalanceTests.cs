using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Billing.Credits;

public sealed class BalanceTests : WireMockTestBase
{
    [Fact]
    public async Task Personal_balance_sends_no_organization_and_reads_a_negative_balance()
    {
        GivenData("GET", "/billing/credits/balance", """
            {"qbraidCredits":-125.5,"awsCredits":20.1234,"autoRecharge":false,"organizationId":null,"userId":"64b7f0c2a1d3e4f5a6b7c8d9"}
            """);

        var balance = await Personal.Wallet.GetBalanceAsync();

        Assert.Equal(-125.5m, balance.QbraidCredits);
        Assert.Equal(20.1234m, balance.AwsCredits);
        Assert.False(balance.AutoRecharge);
        Assert.Null(balance.OrganizationId);
        Assert.Equal("64b7f0c2a1d3e4f5a6b7c8d9", balance.UserId);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Null(Query(request, "organizationId"));
        Assert.True(request.RequestMessage!.Query is null || request.RequestMessage!.Query.Count == 0, "the personal balance sends no query");
        AssertWorkspaceHeaders(request, organizationId: null);
    }

    [Fact]
    public async Task Member_balance_sends_the_organization_as_query_and_header()
    {
        GivenData("GET", "/billing/credits/balance", """
            {"qbraidCredits":500,"awsCredits":0,"autoRecharge":true,"organizationId":"507f1f77bcf86cd799439011","userId":"64b7f0c2a1d3e4f5a6b7c8d9"}
            """);

        var balance = await Org.Wallet.GetBalanceAsync();

        Assert.Equal(500m, balance.QbraidCredits);
        Assert.True(balance.AutoRecharge);
        Assert.Equal(OrgId, balance.OrganizationId);
        var request = SingleRequest();
        Assert.Equal(P("/billing/credits/balance"), request.RequestMessage!.Path);
        Assert.Equal(OrgId, Query(request, "organizationId"));
        AssertWorkspaceHeaders(request, OrgId);
    }

    [Fact]
    public async Task Member_balance_outside_the_organization_is_not_found()
    {
        Given("GET", "/billing/credits/balance", 404, """{"success":false,"message":"User is not a member of this organization."}""",
            r => r.WithHeader("X-Request-Id", "req-404"));

        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Org.Wallet.GetBalanceAsync());

        Assert.Equal("req-404", ex.RequestId);
        Assert.Contains("not a member", ex.Message);
    }

    [Fact]
    public async Task Balance_that_is_not_the_contracts_json_is_a_response_exception()
    {
        GivenData("GET", "/billing/credits/balance", """{"qbraidCredits":"lots"}""");

        await Assert.ThrowsAsync<QbraidResponseException>(() => Personal.Wallet.GetBalanceAsync());
    }
}
