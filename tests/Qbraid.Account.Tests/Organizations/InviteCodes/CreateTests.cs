using Qbraid.Account.Organizations.InviteCodes;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Tests.Invitations;

namespace Qbraid.Account.Tests.Organizations.InviteCodes;

public sealed class CreateTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/invite-codes";

    [Fact]
    public async Task Create_posts_every_field_with_a_generated_idempotency_key()
    {
        GivenData("POST", Path, InviteCodeSamples.InviteCode(role: "manager"), status: 201);
        // A local offset must still go out as UTC with a Z.
        var expiresAt = new DateTimeOffset(2099, 7, 1, 14, 30, 0, TimeSpan.FromHours(2));

        var code = await Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest
        {
            Role = MemberRole.Manager,
            MaxUses = 25,
            ExpiresAt = expiresAt,
        });

        Assert.Equal(JoiningSamples.CodeId, code.Id);
        Assert.Equal(InviteCodeSamples.Code, code.Code);
        Assert.Equal(MemberRole.Manager, code.Role);
        Assert.Equal(25, code.MaxUses);

        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        var body = Body(request);
        Assert.Equal(["role", "maxUses", "expiresAt"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("manager", body.GetProperty("role").GetString());
        Assert.Equal(25, body.GetProperty("maxUses").GetInt32());
        Assert.Equal("2099-07-01T12:30:00Z", body.GetProperty("expiresAt").GetString());
    }

    [Fact]
    public async Task Create_defaults_to_the_member_role_and_sends_no_unset_fields()
    {
        GivenData("POST", Path, InviteCodeSamples.InviteCode(maxUses: "null", expiresAt: "null"));

        var code = await Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest());

        Assert.Null(code.MaxUses);
        Assert.Null(code.ExpiresAt);
        var body = Body(SingleRequest());
        Assert.Equal(["role"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("member", body.GetProperty("role").GetString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public async Task Create_accepts_the_use_limit_bounds(int maxUses)
    {
        GivenData("POST", Path, InviteCodeSamples.InviteCode());

        await Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest { MaxUses = maxUses });

        Assert.Equal(maxUses, Body(SingleRequest()).GetProperty("maxUses").GetInt32());
    }

    [Fact]
    public async Task Create_uses_the_callers_idempotency_key()
    {
        GivenData("POST", Path, InviteCodeSamples.InviteCode());

        await Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest(), idempotencyKey: "code-for-workshop");

        Assert.Equal("code-for-workshop", Header(SingleRequest(), "Idempotency-Key"));
    }

    [Fact]
    public async Task Create_retries_a_server_error_with_the_same_key_and_body()
    {
        Server.Given(Request("POST", Path)).InScenario("flaky").WillSetStateTo("up")
              .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(503));
        Server.Given(Request("POST", Path)).InScenario("flaky").WhenStateIs("up")
              .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(201)
                  .WithHeader("Content-Type", "application/json").WithBody(Envelope(InviteCodeSamples.InviteCode())));

        var code = await Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest { MaxUses = 10 });

        Assert.Equal(JoiningSamples.CodeId, code.Id);
        var requests = RequestsTo(Path);
        Assert.Equal(2, requests.Count);
        Assert.True(Guid.TryParse(Header(requests[0], "Idempotency-Key"), out _));
        Assert.Equal(Header(requests[0], "Idempotency-Key"), Header(requests[1], "Idempotency-Key"));
        Assert.Equal(requests[0].RequestMessage!.Body, requests[1].RequestMessage!.Body);
    }

    [Fact]
    public async Task Create_by_a_member_is_a_permission_error()
    {
        Given("POST", Path, 403, """{"success":false,"message":"Only admins can create invite codes."}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest()));

        Assert.Contains("Only admins can create invite codes.", ex.Message);
        Assert.Single(Requests);
    }

    [Theory]
    [InlineData("owner", "can't make an owner")]
    [InlineData("admin", "can't make an admin")]
    [InlineData("ADMIN", "can't make an admin")]
    [InlineData("superuser", "unknown role")]
    public async Task Create_with_a_role_a_code_cant_give_fails_before_any_request(string role, string reason)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest { Role = role }));

        Assert.Equal("request.Role", ex.ParamName);
        Assert.Contains(reason, ex.Message);
        Assert.Contains("use manager or member", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Create_with_a_default_role_value_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest { Role = default }));

        Assert.Equal("request.Role", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    [InlineData(int.MaxValue)]
    public async Task Create_with_a_use_limit_out_of_range_fails_before_any_request(int maxUses)
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest { MaxUses = maxUses }));

        Assert.Equal("request.MaxUses", ex.ParamName);
        Assert.Contains("between 1 and 1000", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Create_with_an_expiry_in_the_past_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }));

        Assert.Equal("request.ExpiresAt", ex.ParamName);
        Assert.Contains("must be in the future", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Create_with_a_long_past_expiry_in_another_offset_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest { ExpiresAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(-8)) }));

        Assert.Equal("request.ExpiresAt", ex.ParamName);
        Assert.Contains("2020-01-01T08:00:00Z", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Create_without_a_request_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Org.InviteCodes.CreateAsync(null!));

        Assert.Equal("request", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Create_with_a_blank_idempotency_key_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.InviteCodes.CreateAsync(new CreateInviteCodeRequest(), idempotencyKey: " "));

        Assert.Equal("idempotencyKey", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
