using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Tests.Invitations;

namespace Qbraid.Account.Tests.Organizations;

public sealed class JoinTests : WireMockTestBase
{
    private const string Path = "/organizations/join";
    private const string Code = "LAB-2026-q7Xk";

    [Fact]
    public async Task Join_posts_the_code_with_a_generated_idempotency_key_and_returns_the_membership()
    {
        GivenData("POST", Path, JoiningSamples.Membership(OrgId));

        var membership = await Personal.Invitations.JoinByCodeAsync(Code);

        Assert.Equal(OrgId, membership.OrganizationId);
        Assert.Equal(JoiningSamples.NewMemberId, membership.MemberId);
        Assert.Equal(MemberRole.Member, membership.Role);
        Assert.Equal(MemberStatus.Active, membership.Status);
        Assert.Equal(Workspace.Organization(OrgId), membership.Workspace);

        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        var body = Body(request);
        Assert.Equal(["code"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Code, body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Join_trims_a_pasted_code_and_keeps_its_case()
    {
        GivenData("POST", Path, JoiningSamples.Membership(OrgId));

        await Personal.Invitations.JoinByCodeAsync("  " + Code + "\r\n");

        Assert.Equal(Code, Body(SingleRequest()).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("abcd1234")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ-01234")]
    [InlineData("--------")]
    public async Task Join_accepts_codes_of_8_to_32_allowed_characters(string code)
    {
        GivenData("POST", Path, JoiningSamples.Membership(OrgId));

        await Personal.Invitations.JoinByCodeAsync(code);

        Assert.Equal(code, Body(SingleRequest()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Join_uses_the_callers_idempotency_key()
    {
        GivenData("POST", Path, JoiningSamples.Membership(OrgId));

        await Personal.Invitations.JoinByCodeAsync(Code, idempotencyKey: "join-lab-1");

        Assert.Equal("join-lab-1", Header(SingleRequest(), "Idempotency-Key"));
    }

    [Fact]
    public async Task Join_retries_a_server_error_with_the_same_key_and_body()
    {
        Server.Given(Request("POST", Path)).InScenario("flaky").WillSetStateTo("up")
              .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(503));
        Server.Given(Request("POST", Path)).InScenario("flaky").WhenStateIs("up")
              .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200)
                  .WithHeader("Content-Type", "application/json").WithBody(Envelope(JoiningSamples.Membership(OrgId))));

        var membership = await Personal.Invitations.JoinByCodeAsync(Code, idempotencyKey: "join-lab-2");

        Assert.Equal(OrgId, membership.OrganizationId);
        var requests = RequestsTo(Path);
        Assert.Equal(2, requests.Count);
        Assert.Equal("join-lab-2", Header(requests[0], "Idempotency-Key"));
        Assert.Equal("join-lab-2", Header(requests[1], "Idempotency-Key"));
        Assert.Equal(requests[0].RequestMessage!.Body, requests[1].RequestMessage!.Body);
    }

    [Fact]
    public async Task Join_with_an_unknown_code_is_not_found()
    {
        Given("POST", Path, 404, """{"success":false,"message":"Invite code not found."}""");

        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Personal.Invitations.JoinByCodeAsync(Code));

        Assert.Equal(404, ex.StatusCode);
        Assert.Contains("Invite code not found.", ex.Message);
        Assert.Single(Requests);
    }

    public static TheoryData<string, string> GoneCodes => new()
    {
        { "expired", "expired" },
        { "EXPIRED", "expired" },
        { "INVITE_CODE_EXPIRED", "expired" },
        { "inviteCodeExpired", "expired" },
        { "used_up", "used_up" },
        { "USED_UP", "used_up" },
        { "used-up", "used_up" },
        { "INVITE_CODE_USED_UP", "used_up" },
        { "revoked", "revoked" },
        { "Invite-Code-Revoked", "revoked" },
    };

    [Theory]
    [MemberData(nameof(GoneCodes))]
    public async Task Join_with_a_code_no_longer_usable_is_gone_with_the_reason(string errorCode, string reason)
    {
        Given("POST", Path, 410, JoiningSamples.Gone(errorCode), r => r.WithHeader("X-Request-Id", "req-410"));

        var ex = await Assert.ThrowsAsync<QbraidGoneException>(() => Personal.Invitations.JoinByCodeAsync(Code));

        Assert.Equal(410, ex.StatusCode);
        Assert.Equal(new GoneReason(reason), ex.Reason);
        Assert.Equal(errorCode, ex.ErrorCode);
        Assert.Equal("req-410", ex.RequestId);
        Assert.Contains("can no longer be used", ex.Message);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task The_reason_can_be_switched_on()
    {
        Given("POST", Path, 410, JoiningSamples.Gone("used_up"));

        var ex = await Assert.ThrowsAsync<QbraidGoneException>(() => Personal.Invitations.JoinByCodeAsync(Code));

        var advice = ex.Reason switch
        {
            var r when r == GoneReason.Expired => "expired",
            var r when r == GoneReason.UsedUp => "used up",
            var r when r == GoneReason.Revoked => "revoked",
            _ => "unknown",
        };
        Assert.Equal("used up", advice);
        Assert.Equal("used_up", ex.Reason!.Value.ToString());
    }

    [Fact]
    public async Task A_reason_given_as_an_error_string_beside_a_message_is_read()
    {
        Given("POST", Path, 410, """{"success":false,"message":"This code was revoked.","error":"INVITE_CODE_REVOKED"}""");

        var ex = await Assert.ThrowsAsync<QbraidGoneException>(() => Personal.Invitations.JoinByCodeAsync(Code));

        Assert.Equal(GoneReason.Revoked, ex.Reason);
        Assert.Contains("This code was revoked.", ex.Message);
    }

    [Theory]
    [InlineData("""{"success":false,"error":{"code":"GONE","message":"No longer available."}}""")]
    [InlineData("""{"success":false,"message":"No longer available."}""")]
    [InlineData("")]
    [InlineData("<html>410 Gone</html>")]
    public async Task A_410_without_a_known_reason_is_gone_with_no_reason(string body)
    {
        Given("POST", Path, 410, body);

        var ex = await Assert.ThrowsAsync<QbraidGoneException>(() => Personal.Invitations.JoinByCodeAsync(Code));

        Assert.Equal(410, ex.StatusCode);
        Assert.Null(ex.Reason);
    }

    [Fact]
    public async Task Join_with_a_null_code_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Personal.Invitations.JoinByCodeAsync(null!));

        Assert.Equal("code", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("   ", "must not be empty")]
    [InlineData("\t\n", "must not be empty")]
    [InlineData("abc1234", "8 to 32")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ-012345", "8 to 32")]
    [InlineData("abcd_1234", "letters, digits or '-'")]
    [InlineData("abcd 1234", "letters, digits or '-'")]
    [InlineData("abcdé1234", "letters, digits or '-'")]
    [InlineData("abcd1234!", "letters, digits or '-'")]
    public async Task Join_with_a_malformed_code_fails_before_any_request(string code, string rule)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Invitations.JoinByCodeAsync(code));

        Assert.Equal("code", ex.ParamName);
        Assert.Contains(rule, ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Join_with_a_blank_idempotency_key_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Invitations.JoinByCodeAsync(Code, idempotencyKey: ""));

        Assert.Equal("idempotencyKey", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
