using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Invitations;

public sealed class DeclineTests : WireMockTestBase
{
    private static readonly string Path = $"/invitations/{JoiningSamples.InvitationId}/decline";

    [Fact]
    public async Task Decline_posts_without_a_workspace_header_or_idempotency_key()
    {
        Given("POST", Path, 204, null);

        await Personal.Invitations.DeclineAsync(JoiningSamples.InvitationId);

        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.Null(Header(request, "Idempotency-Key"));
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.Body));
    }

    [Fact]
    public async Task Decline_is_not_retried_after_a_server_error()
    {
        Given("POST", Path, 503, """{"success":false,"message":"Try later."}""");

        var ex = await Assert.ThrowsAsync<QbraidServerException>(() => Personal.Invitations.DeclineAsync(JoiningSamples.InvitationId));

        Assert.Equal(503, ex.StatusCode);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task Decline_an_unknown_invitation_is_not_found()
    {
        Given("POST", Path, 404, """{"success":false,"message":"Invitation not found."}""");

        await Assert.ThrowsAsync<QbraidNotFoundException>(() => Personal.Invitations.DeclineAsync(JoiningSamples.InvitationId));
    }

    [Theory]
    [InlineData("invitation-1")]
    [InlineData("66a0b1c2d3e4f5a6b7c8d9e0a")]
    [InlineData(" ")]
    public async Task Decline_with_a_bad_id_fails_before_any_request(string invitationId)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Invitations.DeclineAsync(invitationId));

        Assert.Equal("invitationId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
