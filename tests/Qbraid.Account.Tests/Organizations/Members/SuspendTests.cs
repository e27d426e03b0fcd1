using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Members;

public sealed class SuspendTests : WireMockTestBase
{
    private static readonly string MemberPath = $"/organizations/{OrgId}/members/{MemberSamples.AdaId}";

    [Fact]
    public async Task Suspend_posts_without_body_or_key_and_returns_the_member()
    {
        GivenData("POST", MemberPath + "/suspend", MemberSamples.Member(status: "suspended"));

        var member = await Org.Members.SuspendAsync(MemberSamples.AdaId);

        Assert.Equal(MemberStatus.Suspended, member.Status);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(MemberPath + "/suspend"), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.Body));
    }

    [Fact]
    public async Task Reactivate_posts_and_returns_the_active_member()
    {
        GivenData("POST", MemberPath + "/reactivate", MemberSamples.Member(status: "active"));

        var member = await Org.Members.ReactivateAsync(MemberSamples.AdaId);

        Assert.Equal(MemberStatus.Active, member.Status);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(MemberPath + "/reactivate"), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Suspend_the_owner_is_a_permission_exception_and_is_not_retried()
    {
        Given("POST", MemberPath + "/suspend", 403, """{"success":false,"message":["The owner can't be suspended."]}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.Members.SuspendAsync(MemberSamples.AdaId));

        Assert.Contains("The owner can't be suspended.", ex.Message);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task Suspend_and_reactivate_with_a_bad_id_fail_before_any_request()
    {
        var suspend = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.SuspendAsync("123"));
        var reactivate = await Assert.ThrowsAsync<ArgumentNullException>(() => Org.Members.ReactivateAsync(null!));

        Assert.Equal("memberId", suspend.ParamName);
        Assert.Equal("memberId", reactivate.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
