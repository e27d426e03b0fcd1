using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations;

public sealed class LeaveTests : WireMockTestBase
{
    [Fact]
    public async Task Leave_from_the_personal_workspace_posts_to_the_organization_path()
    {
        Given("POST", $"/organizations/{OtherOrgId}/leave", 204, null);

        await Personal.Profile.LeaveOrganizationAsync(OtherOrgId);

        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P($"/organizations/{OtherOrgId}/leave"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Leave_from_an_organization_workspace_sends_its_header()
    {
        Given("POST", $"/organizations/{OrgId}/leave", 204, null);

        await Org.Profile.LeaveOrganizationAsync(OrgId);

        AssertWorkspaceHeaders(SingleRequest(), OrgId);
    }

    [Fact]
    public async Task Leave_by_the_owner_is_a_permission_error()
    {
        Given("POST", $"/organizations/{OrgId}/leave", 403, """{"success":false,"message":"Owners can't leave their own organization."}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.Profile.LeaveOrganizationAsync(OrgId));

        Assert.Equal(403, ex.StatusCode);
        Assert.Contains("Owners can't leave", ex.Message);
        Assert.Single(Requests);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("507f1f77bcf86cd79943901")]
    [InlineData("507f1f77bcf86cd79943901z")]
    public async Task Leave_with_a_bad_id_fails_before_any_request(string organizationId)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Profile.LeaveOrganizationAsync(organizationId));

        Assert.Equal("organizationId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
