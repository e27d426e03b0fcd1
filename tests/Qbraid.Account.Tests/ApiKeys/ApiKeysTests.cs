using Qbraid.Account.ApiKeys;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.ApiKeys;

public sealed class ApiKeysTests : WireMockTestBase
{
    private const string KeyId = "6650f1e2d3c4b5a697887766";
    private const string Secret = "qbr_live_SECRET_9f8e7d6c5b4a";

    private static string CreatedJson(string secret) => $$"""
        {"id":"{{KeyId}}","name":"CI runner","status":"active","scopes":["jobs:read","jobs:write"],"maskedKey":"*****b4a",
         "createdAt":"2026-11-20T10:00:00Z","lastUsedAt":null,"organizationId":null,"key":"{{secret}}"}
        """;

    [Fact]
    public async Task List_reads_the_unpaged_array()
    {
        GivenData("GET", "/api-keys", """
            [{"id":"6650f1e2d3c4b5a697887766","name":"CI runner","status":"active","scopes":["jobs:read"],"maskedKey":"*****456",
              "createdAt":"2026-08-01T00:00:00Z","lastUsedAt":"2026-11-19T12:00:00Z","organizationId":"507f1f77bcf86cd799439011"},
             {"id":"6650f1e2d3c4b5a697887767","name":"old","status":"inactive","maskedKey":"*****789","createdAt":"2025-01-01T00:00:00Z"},
             {"id":"6650f1e2d3c4b5a697887768","name":"future","status":"expired"}]
            """);

        var keys = await Org.ApiKeys.ListAsync();

        Assert.Equal(3, keys.Count);
        Assert.Equal(KeyId, keys[0].Id);
        Assert.Equal("CI runner", keys[0].Name);
        Assert.Equal(ApiKeyStatus.Active, keys[0].Status);
        Assert.Equal(["jobs:read"], keys[0].Scopes);
        Assert.Equal("*****456", keys[0].MaskedKey);
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 12, 0, 0, TimeSpan.Zero), keys[0].LastUsedAt);
        Assert.Equal(OrgId, keys[0].OrganizationId);
        Assert.Equal(ApiKeyStatus.Inactive, keys[1].Status);
        Assert.Empty(keys[1].Scopes);
        Assert.Null(keys[1].LastUsedAt);
        Assert.Equal("expired", keys[2].Status.Value);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Null(Query(request, "page"));
        AssertWorkspaceHeaders(request, OrgId);
    }

    [Fact]
    public async Task List_in_the_personal_workspace_sends_no_organization_header()
    {
        GivenData("GET", "/api-keys", "[]");

        var keys = await Personal.ApiKeys.ListAsync();

        Assert.Empty(keys);
        AssertWorkspaceHeaders(SingleRequest(), organizationId: null);
    }

    [Fact]
    public async Task Create_posts_name_and_scopes_with_a_generated_idempotency_key_and_returns_the_secret()
    {
        GivenData("POST", "/api-keys", CreatedJson(Secret));

        var created = await Personal.ApiKeys.CreateAsync(new CreateApiKeyRequest("CI runner", ["jobs:read", "jobs:write"]));

        Assert.Equal(KeyId, created.Id);
        Assert.Equal(Secret, created.Key);
        Assert.Equal(["jobs:read", "jobs:write"], created.Scopes);
        Assert.Equal(ApiKeyStatus.Active, created.Status);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        var body = Body(request);
        Assert.Equal(["name", "scopes"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CI runner", body.GetProperty("name").GetString());
        Assert.Equal(["jobs:read", "jobs:write"], body.GetProperty("scopes").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Create_without_scopes_leaves_them_out_and_uses_the_callers_key()
    {
        GivenData("POST", "/api-keys", CreatedJson(Secret));

        await Org.ApiKeys.CreateAsync(new CreateApiKeyRequest("CI runner"), idempotencyKey: "create-ci-key");

        var request = SingleRequest();
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Equal("create-ci-key", Header(request, "Idempotency-Key"));
        Assert.Equal(["name"], Body(request).EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Created_key_ToString_redacts_the_secret()
    {
        GivenData("POST", "/api-keys", CreatedJson(Secret));

        var created = await Personal.ApiKeys.CreateAsync(new CreateApiKeyRequest("CI runner"));
        var text = created.ToString();

        Assert.DoesNotContain(Secret, text);
        Assert.DoesNotContain("SECRET", text);
        Assert.Contains("[redacted]", text);
        Assert.Contains(KeyId, text);
        Assert.Contains("*****b4a", text);
        Assert.Equal(Secret, created.Key); // the property itself still holds it
        Assert.Equal(KeyId, created.ToApiKey().Id);
        Assert.DoesNotContain(Secret, created.ToApiKey().ToString());
    }

    public static TheoryData<string?, string> BadNames => new()
    {
        { null, "request.Name" },
        { "", "request.Name" },
        { "   ", "request.Name" },
        { new string('k', 101), "request.Name" },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task Create_with_a_bad_name_fails_before_any_request(string? name, string paramName)
    {
        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Personal.ApiKeys.CreateAsync(new CreateApiKeyRequest(name!)));

        Assert.Equal(paramName, ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Create_with_a_100_character_name_is_sent()
    {
        GivenData("POST", "/api-keys", CreatedJson(Secret));

        await Personal.ApiKeys.CreateAsync(new CreateApiKeyRequest(new string('k', 100)));

        Assert.Equal(100, Body(SingleRequest()).GetProperty("name").GetString()!.Length);
    }

    [Fact]
    public async Task Create_with_a_blank_scope_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.ApiKeys.CreateAsync(new CreateApiKeyRequest("ok", ["jobs:read", " "])));

        Assert.Equal("request.Scopes[1]", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Create_with_a_blank_idempotency_key_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.ApiKeys.CreateAsync(new CreateApiKeyRequest("ok"), idempotencyKey: " "));

        Assert.Equal("idempotencyKey", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Rotate_posts_with_an_idempotency_key_and_returns_the_new_secret()
    {
        GivenData("POST", $"/api-keys/{KeyId}/rotate", CreatedJson("qbr_live_NEWSECRET"));

        var rotated = await Org.ApiKeys.RotateAsync(KeyId);

        Assert.Equal("qbr_live_NEWSECRET", rotated.Key);
        Assert.Equal("CI runner", rotated.Name);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P($"/api-keys/{KeyId}/rotate"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        Assert.DoesNotContain("NEWSECRET", rotated.ToString());
    }

    [Fact]
    public async Task Rotate_uses_the_callers_idempotency_key()
    {
        GivenData("POST", $"/api-keys/{KeyId}/rotate", CreatedJson(Secret));

        await Personal.ApiKeys.RotateAsync(KeyId, "rotate-2026-11");

        Assert.Equal("rotate-2026-11", Header(SingleRequest(), "Idempotency-Key"));
    }

    [Fact]
    public async Task Rotate_of_an_unknown_key_is_not_found()
    {
        Given("POST", $"/api-keys/{KeyId}/rotate", 404, """{"success":false,"message":"API key not found."}""");

        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Personal.ApiKeys.RotateAsync(KeyId));

        Assert.Contains("API key not found.", ex.Message);
    }

    [Fact]
    public async Task Revoke_deletes_the_key()
    {
        Given("DELETE", $"/api-keys/{KeyId}", 204, null);

        await Personal.ApiKeys.RevokeAsync(KeyId);

        var request = SingleRequest();
        Assert.Equal("DELETE", request.RequestMessage!.Method);
        Assert.Equal(P($"/api-keys/{KeyId}"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Theory]
    [InlineData("../users/me")]
    [InlineData("")]
    public async Task Rotate_and_revoke_with_a_bad_id_fail_before_any_request(string id)
    {
        var rotate = await Assert.ThrowsAsync<ArgumentException>(() => Personal.ApiKeys.RotateAsync(id));
        var revoke = await Assert.ThrowsAsync<ArgumentException>(() => Personal.ApiKeys.RevokeAsync(id));

        Assert.Equal("id", rotate.ParamName);
        Assert.Equal("id", revoke.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
