using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Credits;

public sealed class BalanceTests : WireMockTestBase
{
    private const string Path = "/organizations/" + OrgId + "/credits";

    [Fact]
    public async Task GetBalance_reads_the_pool_in_the_organization_workspace()
    {
        GivenData("GET", Path, """{"balance":125000.5,"currency":"credits"}""");

        var balance = await Org.Credits.GetBalanceAsync();

        Assert.Equal(125000.5m, balance.Balance);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.NoIdempotencyKey(request);
    }

    [Fact]
    public async Task GetBalance_reads_a_negative_outstanding_balance_with_four_decimals()
    {
        GivenData("GET", Path, """{"balance":-12.3456}""");

        var balance = await Org.Credits.GetBalanceAsync();

        Assert.Equal(-12.3456m, balance.Balance);
    }

    [Fact]
    public async Task GetBalance_for_a_member_without_rights_is_a_permission_exception()
    {
        Given("GET", Path, 403, """{"success":false,"message":"Admins and managers only."}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.Credits.GetBalanceAsync());

        Assert.Equal(403, ex.StatusCode);
        Assert.Contains("Admins and managers only.", ex.Message);
    }
}
