using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Tests.Invitations;

namespace Qbraid.Account.Tests.Organizations.InviteCodes;

public sealed class RevokeTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/invite-codes/{JoiningSamples.CodeId}";

    [Fact]
    public async Task Revoke_deletes_the_code_by_id()
    {
        Given("DELETE", Path, 204, null);

        await Org.InviteCodes.RevokeAsync(JoiningSamples.CodeId);

        var request = SingleRequest();
        Assert.Equal("DELETE", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Revoke_an_unknown_code_is_not_found()
    {
        Given("DELETE", Path, 404, """{"success":false,"message":"Invite code not found."}""");

        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Org.InviteCodes.RevokeAsync(JoiningSamples.CodeId));

        Assert.Contains("Invite code not found.", ex.Message);
    }

    [Theory]
    [InlineData("LAB-2026-q7Xk")]
    [InlineData("66a0b1c2d3e4f5a6b7c8d9e")]
    [InlineData("")]
    public async Task Revoke_with_something_other_than_an_id_fails_before_any_request(string codeId)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.InviteCodes.RevokeAsync(codeId));

        Assert.Equal("codeId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
