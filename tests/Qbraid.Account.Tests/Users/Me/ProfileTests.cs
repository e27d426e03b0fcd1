using Qbraid.Account.Profile;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Users.Me;

public sealed class ProfileTests : WireMockTestBase
{
    private const string ProfileJson = """
        {"id":"64b7f0c2a1d3e4f5a6b7c8d9","userName":"ada","email":"ada@example.com","emailVerified":true,
         "firstName":"Ada","lastName":"Lovelace","avatarUrl":"https://cdn.example.com/a.png","status":"active",
         "organizationCount":2,"createdAt":"2025-01-15T09:30:00Z","somethingNew":{"x":1}}
        """;

    [Fact]
    public async Task Get_in_the_personal_workspace_reads_the_profile_without_an_organization_header()
    {
        GivenData("GET", "/users/me", ProfileJson);

        var profile = await Personal.Profile.GetAsync();

        Assert.Equal("64b7f0c2a1d3e4f5a6b7c8d9", profile.Id);
        Assert.Equal("ada", profile.UserName);
        Assert.Equal("ada@example.com", profile.Email);
        Assert.True(profile.EmailVerified);
        Assert.Equal("Ada", profile.FirstName);
        Assert.Equal("Lovelace", profile.LastName);
        Assert.Equal("https://cdn.example.com/a.png", profile.AvatarUrl);
        Assert.Equal(UserStatus.Active, profile.Status);
        Assert.Equal(2, profile.OrganizationCount);
        Assert.Equal(new DateTimeOffset(2025, 1, 15, 9, 30, 0, TimeSpan.Zero), profile.CreatedAt);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P("/users/me"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Get_in_an_organization_workspace_sends_the_organization_header()
    {
        GivenData("GET", "/users/me", ProfileJson);

        var profile = await Org.Profile.GetAsync();

        Assert.Equal("ada", profile.UserName);
        AssertWorkspaceHeaders(SingleRequest(), OrgId);
    }

    [Fact]
    public async Task Get_reads_an_unknown_status_without_failing()
    {
        GivenData("GET", "/users/me", """{"id":"64b7f0c2a1d3e4f5a6b7c8d9","status":"Locked"}""");

        var profile = await Personal.Profile.GetAsync();

        Assert.Equal("locked", profile.Status.Value);
        Assert.NotEqual(UserStatus.Active, profile.Status);
    }

    [Fact]
    public async Task Update_sends_only_the_fields_set()
    {
        GivenData("PATCH", "/users/me", ProfileJson.Replace("\"ada\"", "\"ada_l\""));

        var profile = await Personal.Profile.UpdateAsync(new UpdateProfileRequest { UserName = "ada_l", LastName = null });

        Assert.Equal("ada_l", profile.UserName);
        var request = SingleRequest();
        Assert.Equal("PATCH", request.RequestMessage!.Method);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.Null(Header(request, "Idempotency-Key"));
        var body = Body(request);
        Assert.Equal(["userName", "lastName"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ada_l", body.GetProperty("userName").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("lastName").ValueKind);
    }

    [Fact]
    public async Task Update_in_an_organization_workspace_sends_the_organization_header()
    {
        GivenData("PATCH", "/users/me", ProfileJson);

        await Org.Profile.UpdateAsync(new UpdateProfileRequest { FirstName = "Augusta" });

        var request = SingleRequest();
        AssertWorkspaceHeaders(request, OrgId);
        var body = Body(request);
        Assert.Equal(["firstName"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Augusta", body.GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task Update_with_a_taken_user_name_is_a_conflict()
    {
        Given("PATCH", "/users/me", 409, """{"success":false,"message":"User name already taken."}""");

        var ex = await Assert.ThrowsAsync<QbraidConflictException>(() => Personal.Profile.UpdateAsync(new UpdateProfileRequest { UserName = "taken" }));

        Assert.Equal(409, ex.StatusCode);
        Assert.Contains("User name already taken.", ex.Message);
        Assert.Single(Requests); // a PATCH without an idempotency key is never retried
    }

    [Fact]
    public async Task Update_with_nothing_set_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Profile.UpdateAsync(new UpdateProfileRequest()));

        Assert.Equal("request", ex.ParamName);
        Assert.Contains("at least one", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Update_with_a_blank_or_null_user_name_fails_before_any_request(string? userName)
    {
        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Personal.Profile.UpdateAsync(new UpdateProfileRequest { UserName = userName! }));

        Assert.Equal("request.UserName", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Update_with_a_null_request_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Personal.Profile.UpdateAsync(null!));

        Assert.Equal("request", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
