using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Members;

public sealed class GetTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/members/{MemberSamples.AdaId}";

    [Fact]
    public async Task Get_reads_the_member()
    {
        GivenData("GET", Path, MemberSamples.Member());

        var member = await Org.Members.GetAsync(MemberSamples.AdaId);

        Assert.Equal(MemberSamples.AdaId, member.Id);
        Assert.Equal("Ada Lovelace", member.Name);
        Assert.Equal(MemberRole.Admin, member.Role);
        Assert.Equal(1250.5m, member.Credits);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Get_keeps_unknown_roles_and_statuses()
    {
        GivenData("GET", Path, MemberSamples.Member(role: "auditor", status: "deactivated"));

        var member = await Org.Members.GetAsync(MemberSamples.AdaId);

        Assert.Equal("auditor", member.Role.Value);
        Assert.Equal("deactivated", member.Status.Value);
    }

    [Fact]
    public async Task Get_an_unknown_member_is_not_found()
    {
        Given("GET", Path, 404, """{"success":false,"message":"Member not found."}""");

        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Org.Members.GetAsync(MemberSamples.AdaId));

        Assert.Contains("Member not found.", ex.Message);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("64b7f0c2a1d3e4f5a6b7c8d")]
    [InlineData("")]
    public async Task Get_with_a_bad_id_fails_before_any_request(string memberId)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.GetAsync(memberId));

        Assert.Equal("memberId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Get_with_a_null_id_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Org.Members.GetAsync(null!));

        Assert.Equal("memberId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
