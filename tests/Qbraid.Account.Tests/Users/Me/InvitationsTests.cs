using Qbraid.Account.Invitations;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Tests.Invitations;

namespace Qbraid.Account.Tests.Users.Me;

public sealed class InvitationsTests : WireMockTestBase
{
    private const string Path = "/users/me/invitations";

    [Fact]
    public async Task List_reads_the_pending_invitations_without_a_workspace_header()
    {
        GivenData("GET", Path, $$"""
            [{"id":"{{JoiningSamples.InvitationId}}","organizationId":"{{OrgId}}","organizationName":"Quantum Lab",
              "role":"manager","credits":250.5,"message":"Join us!","invitedBy":"ada","createdAt":"2026-03-04T05:06:07Z","extra":1},
             {"id":"66a0b1c2d3e4f5a6b7c8d9ff","organizationId":"{{OtherOrgId}}","role":"observer"}]
            """);

        var invitations = await Personal.Invitations.ListAsync();

        Assert.Equal(2, invitations.Count);
        var first = invitations[0];
        Assert.Equal(JoiningSamples.InvitationId, first.Id);
        Assert.Equal(OrgId, first.OrganizationId);
        Assert.Equal("Quantum Lab", first.OrganizationName);
        Assert.Equal(MemberRole.Manager, first.Role);
        Assert.Equal(250.5m, first.Credits);
        Assert.Equal("Join us!", first.Message);
        Assert.Equal("ada", first.InvitedBy);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero), first.CreatedAt);
        var second = invitations[1];
        Assert.Equal("observer", second.Role.Value);
        Assert.Null(second.Credits);
        Assert.Null(second.OrganizationName);
        Assert.Null(second.CreatedAt);

        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        Assert.Null(Query(request, "page"));
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task List_with_no_invitations_is_empty()
    {
        GivenData("GET", Path, "[]");

        var invitations = await Personal.Invitations.ListAsync();

        Assert.Empty(invitations);
    }

    [Fact]
    public async Task List_with_a_bad_key_is_an_authentication_error()
    {
        Given("GET", Path, 401, """{"success":false,"message":"Authentication required."}""");

        var ex = await Assert.ThrowsAsync<QbraidAuthenticationException>(() => Personal.Invitations.ListAsync());

        Assert.Contains("Authentication required.", ex.Message);
    }

    [Fact]
    public async Task An_invitation_without_an_id_is_a_response_exception_not_a_json_one()
    {
        GivenData("GET", Path, """[{"organizationId":"507f1f77bcf86cd799439011","role":"member"}]""");

        await Assert.ThrowsAsync<QbraidResponseException>(() => Personal.Invitations.ListAsync());
    }
}
