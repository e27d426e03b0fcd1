using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Members;

public sealed class RemoveTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/members/{MemberSamples.AdaId}";

    [Fact]
    public async Task Remove_deletes_the_member()
    {
        Given("DELETE", Path, 204, null);

        await Org.Members.RemoveAsync(MemberSamples.AdaId);

        var request = SingleRequest();
        Assert.Equal("DELETE", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Remove_the_owner_is_a_permission_exception()
    {
        Given("DELETE", Path, 403, """{"success":false,"message":"The owner can't be removed."}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.Members.RemoveAsync(MemberSamples.AdaId));

        Assert.Contains("The owner can't be removed.", ex.Message);
    }

    [Fact]
    public async Task Remove_a_member_already_gone_is_not_found()
    {
        Given("DELETE", Path, 404, """{"success":false,"message":"Member not found."}""");

        await Assert.ThrowsAsync<QbraidNotFoundException>(() => Org.Members.RemoveAsync(MemberSamples.AdaId));
    }

    [Fact]
    public async Task Remove_with_a_bad_id_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.RemoveAsync("64b7f0c2a1d3e4f5a6b7c8dz"));

        Assert.Equal("memberId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
