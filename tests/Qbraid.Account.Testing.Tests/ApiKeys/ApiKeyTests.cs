namespace Qbraid.Account.Testing.Tests.ApiKeys;

public class ApiKeyTests : SandboxTest
{
    [Fact]
    public async Task Create_returns_the_secret_once_and_the_list_only_masks_it()
    {
        var ada = Personal("ada");

        var created = (await ada.Post("api-keys", new { name = "CI", scopes = new[] { "read" } })).Expect(HttpStatusCode.Created).Data;
        var secret = created.Str("key");
        var listed = (await ada.Get("api-keys")).Ok().Data.Items().Single(k => k.Str("id") == created.Str("id"));

        Assert.Equal("CI", listed.Str("name"));
        Assert.Equal("active", listed.Str("status"));
        Assert.Equal(["read"], listed.GetProperty("scopes").Items().Select(s => s.GetString()));
        Assert.Equal("*****" + secret[^3..], listed.Str("maskedKey"));
        Assert.False(listed.TryGetProperty("key", out _));
        Assert.DoesNotContain(secret, (await ada.Get("api-keys")).Text);
    }

    [Fact]
    public async Task A_new_key_works_at_once_and_records_its_last_use()
    {
        var secret = (await Personal("ada").Post("api-keys", new { name = "CI" })).Data.Str("key");

        Assert.Equal("ada", (await Client(secret).Get("users/me")).Ok().Data.Str("userName"));
        var listed = (await Personal("ada").Get("api-keys")).Data.Items().Single(k => k.Str("name") == "CI");
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);
    }

    [Fact]
    public async Task Rotating_makes_the_old_secret_fail_at_once()
    {
        var ada = Personal("ada");
        var created = (await ada.Post("api-keys", new { name = "CI", scopes = new[] { "read" } })).Data;
        var old = created.Str("key");

        var rotated = (await ada.Post($"api-keys/{created.Str("id")}/rotate")).Ok().Data;

        Assert.NotEqual(old, rotated.Str("key"));
        Assert.Equal(created.Str("id"), rotated.Str("id"));
        Assert.Equal("CI", rotated.Str("name"));
        Assert.Equal(["read"], rotated.GetProperty("scopes").Items().Select(s => s.GetString()));
        (await Client(old).Get("users/me")).Expect(HttpStatusCode.Unauthorized);
        (await Client(rotated.Str("key")).Get("users/me")).Ok();
    }

    [Fact]
    public async Task Revoking_is_permanent()
    {
        var ada = Personal("ada");
        var created = (await ada.Post("api-keys", new { name = "CI" })).Data;

        Assert.Equal(HttpStatusCode.NoContent, (await ada.Delete($"api-keys/{created.Str("id")}")).Status);

        (await Client(created.Str("key")).Get("users/me")).Expect(HttpStatusCode.Unauthorized);
        (await ada.Delete($"api-keys/{created.Str("id")}")).Expect(HttpStatusCode.NotFound);
        Assert.DoesNotContain(created.Str("id"), (await ada.Get("api-keys")).Text);
    }

    [Fact]
    public async Task Keys_are_scoped_to_the_workspace()
    {
        var inOrg = InOrg("ada");
        var orgKey = (await inOrg.Post("api-keys", new { name = "Lab CI" })).Expect(HttpStatusCode.Created).Data;

        Assert.Equal(Lab.Id, orgKey.Str("organizationId"));
        Assert.DoesNotContain(orgKey.Str("id"), (await Personal("ada").Get("api-keys")).Text);
        Assert.Contains(orgKey.Str("id"), (await inOrg.Get("api-keys")).Text);
        (await Personal("ada").Delete($"api-keys/{orgKey.Str("id")}")).Expect(HttpStatusCode.NotFound);
        (await Client(orgKey.Str("key")).Get("users/me")).Expect(HttpStatusCode.Forbidden);
        (await Client(orgKey.Str("key"), Lab.Id).Get(OrgPath())).Ok();
    }

    [Fact]
    public async Task Another_users_key_is_not_found()
        => (await Personal("alan").Post($"api-keys/{Sandbox.Seed.User("ada").ApiKeyId}/rotate")).Expect(HttpStatusCode.NotFound);

    [Fact]
    public async Task Rotating_the_seeded_personal_key_stops_it()
    {
        var ada = Personal("ada");
        var rotated = (await ada.Post($"api-keys/{Sandbox.Seed.User("ada").ApiKeyId}/rotate")).Ok().Data.Str("key");

        (await ada.Get("users/me")).Expect(HttpStatusCode.Unauthorized);
        (await Client(rotated).Get("users/me")).Ok();
    }

    [Fact]
    public async Task A_name_is_required()
    {
        (await Personal("ada").Post("api-keys", new { name = " " })).Expect(HttpStatusCode.BadRequest);
        (await Personal("ada").Post("api-keys", new { scopes = new[] { "read" } })).Expect(HttpStatusCode.BadRequest);
    }
}
