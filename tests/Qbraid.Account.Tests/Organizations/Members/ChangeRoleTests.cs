using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Members;

public sealed class ChangeRoleTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/members/{MemberSamples.AdaId}";

    [Fact]
    public async Task Change_role_patches_only_the_role_and_returns_the_member()
    {
        GivenData("PATCH", Path, MemberSamples.Member(role: "manager"));

        var member = await Org.Members.ChangeRoleAsync(MemberSamples.AdaId, MemberRole.Manager);

        Assert.Equal(MemberRole.Manager, member.Role);
        var request = SingleRequest();
        Assert.Equal("PATCH", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
        Assert.StartsWith("application/json", Header(request, "Content-Type"));
        Assert.Equal("""{"role":"manager"}""", request.RequestMessage!.Body);
    }

    [Fact]
    public async Task Change_role_of_the_owner_is_a_permission_exception()
    {
        Given("PATCH", Path, 403, """{"success":false,"message":"The owner's role can't be changed."}""",
            r => r.WithHeader("X-Request-Id", "req-owner"));

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.Members.ChangeRoleAsync(MemberSamples.AdaId, MemberRole.Member));

        Assert.Equal(403, ex.StatusCode);
        Assert.Equal("req-owner", ex.RequestId);
        Assert.Contains("The owner's role can't be changed.", ex.Message);
        Assert.Single(Requests); // a 403 is not retried
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("OWNER")]
    [InlineData("billing")]
    public async Task Change_role_to_owner_or_an_unknown_role_fails_before_any_request(string role)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.ChangeRoleAsync(MemberSamples.AdaId, role));

        Assert.Equal("role", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Change_role_with_a_bad_member_id_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.ChangeRoleAsync("ada", MemberRole.Admin));

        Assert.Equal("memberId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
