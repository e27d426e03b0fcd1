using Qbraid.Account.Invitations;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Invitations;

public sealed class AcceptTests : WireMockTestBase
{
    private static readonly string Path = $"/invitations/{JoiningSamples.InvitationId}/accept";

    [Fact]
    public async Task Accept_posts_with_a_generated_idempotency_key_and_returns_the_membership()
    {
        GivenData("POST", Path, JoiningSamples.Membership(OrgId, role: "manager"));

        var membership = await Personal.Invitations.AcceptAsync(JoiningSamples.InvitationId);

        Assert.Equal(OrgId, membership.OrganizationId);
        Assert.Equal(JoiningSamples.NewMemberId, membership.MemberId);
        Assert.Equal(MemberRole.Manager, membership.Role);
        Assert.Equal(MemberStatus.Active, membership.Status);

        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.Body));
    }

    [Fact]
    public async Task The_membership_workspace_switches_to_the_organization()
    {
        GivenData("POST", Path, JoiningSamples.Membership("507F1F77BCF86CD799439011"));

        var membership = await Personal.Invitations.AcceptAsync(JoiningSamples.InvitationId);

        Assert.Equal(Workspace.Organization(OrgId), membership.Workspace);
        var org = Assert.IsAssignableFrom<IOrganizationWorkspace>(Client.Workspace(membership.Workspace));
        Assert.Equal(OrgId, org.OrganizationId);
    }

    [Fact]
    public async Task The_membership_workspace_is_not_serialised_with_the_record()
    {
        GivenData("POST", Path, JoiningSamples.Membership(OrgId));

        var membership = await Personal.Invitations.AcceptAsync(JoiningSamples.InvitationId);
        var json = System.Text.Json.JsonSerializer.Serialize(membership);

        Assert.DoesNotContain("Workspace", json);
        Assert.Contains(OrgId, json);
    }

    [Fact]
    public async Task A_server_membership_with_a_malformed_organization_id_is_a_response_exception()
    {
        GivenData("POST", Path, JoiningSamples.Membership(OrgId).Replace(OrgId, "not-an-id"));

        await Assert.ThrowsAsync<QbraidResponseException>(() => Personal.Invitations.AcceptAsync(JoiningSamples.InvitationId));
    }

    [Fact]
    public void A_membership_with_a_malformed_organization_id_still_prints_but_has_no_workspace()
    {
        var membership = new Membership { OrganizationId = "lab", MemberId = JoiningSamples.NewMemberId, Role = MemberRole.Member, Status = MemberStatus.Active };

        Assert.Equal($"Membership {{ OrganizationId = lab, MemberId = {JoiningSamples.NewMemberId}, Role = member, Status = active }}", membership.ToString());
        Assert.Throws<ArgumentException>(() => membership.Workspace);
    }

    [Fact]
    public async Task Accept_uses_the_callers_idempotency_key()
    {
        GivenData("POST", Path, JoiningSamples.Membership(OrgId));

        await Personal.Invitations.AcceptAsync(JoiningSamples.InvitationId, idempotencyKey: "accept-lab-1");

        Assert.Equal("accept-lab-1", Header(SingleRequest(), "Idempotency-Key"));
    }

    [Fact]
    public async Task Accept_retries_a_server_error_with_the_same_key()
    {
        Server.Given(Request("POST", Path)).InScenario("flaky").WillSetStateTo("up")
              .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(503));
        Server.Given(Request("POST", Path)).InScenario("flaky").WhenStateIs("up")
              .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200)
                  .WithHeader("Content-Type", "application/json").WithBody(Envelope(JoiningSamples.Membership(OrgId))));

        var membership = await Personal.Invitations.AcceptAsync(JoiningSamples.InvitationId);

        Assert.Equal(OrgId, membership.OrganizationId);
        var requests = RequestsTo(Path);
        Assert.Equal(2, requests.Count);
        Assert.True(Guid.TryParse(Header(requests[0], "Idempotency-Key"), out _));
        Assert.Equal(Header(requests[0], "Idempotency-Key"), Header(requests[1], "Idempotency-Key"));
    }

    [Fact]
    public async Task Accept_an_invitation_no_longer_pending_is_not_found()
    {
        Given("POST", Path, 404, """{"success":false,"message":"Invitation not found."}""");

        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Personal.Invitations.AcceptAsync(JoiningSamples.InvitationId));

        Assert.Contains("Invitation not found.", ex.Message);
        Assert.Single(Requests);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("66a0b1c2d3e4f5a6b7c8d9e")]
    [InlineData("66a0b1c2d3e4f5a6b7c8d9eg")]
    [InlineData("")]
    public async Task Accept_with_a_bad_id_fails_before_any_request(string invitationId)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Invitations.AcceptAsync(invitationId));

        Assert.Equal("invitationId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Accept_with_a_null_id_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Personal.Invitations.AcceptAsync(null!));

        Assert.Equal("invitationId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Accept_with_a_blank_idempotency_key_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Personal.Invitations.AcceptAsync(JoiningSamples.InvitationId, idempotencyKey: "  "));

        Assert.Equal("idempotencyKey", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
