using System.Text.Json;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Members;

public sealed class InviteTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/invitations";

    [Fact]
    public async Task Invite_posts_every_field_with_a_generated_idempotency_key()
    {
        GivenData("POST", Path, MemberSamples.Invitation(), status: 201);

        var invitation = await Org.Members.InviteAsync(new InviteMemberRequest
        {
            Email = "grace@example.com",
            Role = MemberRole.Manager,
            Credits = 500m,
            Message = "Welcome aboard",
        });

        Assert.Equal(MemberSamples.InvitationId, invitation.Id);
        Assert.Equal("grace@example.com", invitation.Email);
        Assert.Equal(MemberRole.Manager, invitation.Role);
        Assert.Equal(500m, invitation.Credits);
        Assert.Equal("Welcome aboard", invitation.Message);
        Assert.Equal(InvitationStatus.Pending, invitation.Status);
        Assert.Equal("ada", invitation.InvitedBy);
        Assert.Equal(new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero), invitation.CreatedAt);

        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        var body = Body(request);
        Assert.Equal(["email", "role", "credits", "message"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("grace@example.com", body.GetProperty("email").GetString());
        Assert.Equal("manager", body.GetProperty("role").GetString());
        Assert.Equal(500m, body.GetProperty("credits").GetDecimal());
        Assert.Equal("Welcome aboard", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Invite_defaults_to_the_member_role_and_sends_no_unset_fields()
    {
        GivenData("POST", Path, MemberSamples.Invitation(role: "member"));

        await Org.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com" });

        var body = Body(SingleRequest());
        Assert.Equal(["email", "role"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("member", body.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Invite_with_zero_credits_sends_zero()
    {
        GivenData("POST", Path, MemberSamples.Invitation());

        await Org.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com", Credits = 0m });

        Assert.Equal(0m, Body(SingleRequest()).GetProperty("credits").GetDecimal());
    }

    [Fact]
    public async Task Invite_uses_the_callers_idempotency_key()
    {
        GivenData("POST", Path, MemberSamples.Invitation());

        await Org.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com" }, idempotencyKey: "invite-grace-1");

        Assert.Equal("invite-grace-1", Header(SingleRequest(), "Idempotency-Key"));
    }

    [Fact]
    public async Task Invite_retries_a_server_error_with_the_same_key_and_body()
    {
        Server.Given(Request("POST", Path)).InScenario("flaky").WillSetStateTo("up")
              .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(503));
        Server.Given(Request("POST", Path)).InScenario("flaky").WhenStateIs("up")
              .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(201)
                  .WithHeader("Content-Type", "application/json").WithBody(Envelope(MemberSamples.Invitation())));

        var invitation = await Org.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com" });

        Assert.Equal(MemberSamples.InvitationId, invitation.Id);
        var requests = RequestsTo(Path);
        Assert.Equal(2, requests.Count);
        Assert.Equal(Header(requests[0], "Idempotency-Key"), Header(requests[1], "Idempotency-Key"));
        Assert.Equal(requests[0].RequestMessage!.Body, requests[1].RequestMessage!.Body);
    }

    [Fact]
    public async Task Invite_someone_already_invited_is_a_conflict()
    {
        Given("POST", Path, 409, """{"success":false,"message":"grace@example.com already has a pending invitation."}""");

        var ex = await Assert.ThrowsAsync<QbraidConflictException>(
            () => Org.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com" }));

        Assert.Equal(409, ex.StatusCode);
        Assert.Contains("already has a pending invitation", ex.Message);
        Assert.Single(Requests);
    }

    [Theory]
    [InlineData("grace")]
    [InlineData("grace@")]
    [InlineData("grace@example")]
    [InlineData("grace smith@example.com")]
    [InlineData("")]
    public async Task Invite_with_a_bad_email_fails_before_any_request(string email)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Members.InviteAsync(new InviteMemberRequest { Email = email }));

        Assert.Equal("request.Email", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData("owner", "owner role can't be given")]
    [InlineData("superuser", "unknown role")]
    public async Task Invite_as_owner_or_an_unknown_role_fails_before_any_request(string role, string reason)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com", Role = role }));

        Assert.Equal("request.Role", ex.ParamName);
        Assert.Contains(reason, ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Invite_with_a_default_role_value_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com", Role = default }));

        Assert.Equal("request.Role", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Invite_with_negative_credits_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Org.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com", Credits = -0.01m }));

        Assert.Equal("request.Credits", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \t")]
    public async Task Invite_with_a_blank_message_fails_before_any_request(string message)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com", Message = message }));

        Assert.Equal("request.Message", ex.ParamName);
        Assert.Contains("empty or whitespace", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Invite_without_a_request_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Org.Members.InviteAsync(null!));

        Assert.Equal("request", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Invite_with_a_blank_idempotency_key_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com" }, idempotencyKey: " "));

        Assert.Equal("idempotencyKey", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
