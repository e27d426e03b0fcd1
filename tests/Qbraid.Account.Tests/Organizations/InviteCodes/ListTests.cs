using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Tests.Invitations;

namespace Qbraid.Account.Tests.Organizations.InviteCodes;

public sealed class ListTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/invite-codes";

    [Fact]
    public async Task List_reads_every_code_with_the_organization_header()
    {
        GivenData("GET", Path, $$"""
            [{{InviteCodeSamples.InviteCode(role: "manager")}},
             {"id":"66a0b1c2d3e4f5a6b7c8d9e3","code":"OPEN-door-99","role":"member","uses":0,"maxUses":null,"expiresAt":null,
              "createdAt":"2026-05-01T00:00:00Z","revoked":true}]
            """);

        var codes = await Org.InviteCodes.ListAsync();

        Assert.Equal(2, codes.Count);
        var first = codes[0];
        Assert.Equal(JoiningSamples.CodeId, first.Id);
        Assert.Equal(InviteCodeSamples.Code, first.Code);
        Assert.Equal(MemberRole.Manager, first.Role);
        Assert.Equal(3, first.Uses);
        Assert.Equal(25, first.MaxUses);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero), first.ExpiresAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero), first.CreatedAt);
        Assert.False(first.Revoked);
        var second = codes[1];
        Assert.Equal("OPEN-door-99", second.Code);
        Assert.Null(second.MaxUses);
        Assert.Null(second.ExpiresAt);
        Assert.True(second.Revoked);

        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        Assert.Null(Query(request, "page"));
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task List_with_none_is_empty()
    {
        GivenData("GET", Path, "[]");

        Assert.Empty(await Org.InviteCodes.ListAsync());
    }

    [Fact]
    public async Task List_by_a_member_is_a_permission_error()
    {
        Given("GET", Path, 403, """{"success":false,"message":"Admins only."}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.InviteCodes.ListAsync());

        Assert.Contains("Admins only.", ex.Message);
    }
}
