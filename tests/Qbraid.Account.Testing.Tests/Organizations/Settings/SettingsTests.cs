namespace Qbraid.Account.Testing.Tests.Organizations.Settings;

public class SettingsTests : SandboxTest
{
    [Fact]
    public async Task Any_member_reads_the_settings()
    {
        var data = (await InOrg("katherine").Get(OrgPath("settings"))).Ok().Data;

        Assert.Equal("Lovelace Quantum Lab", data.Str("name"));
        Assert.Equal("https://lab.example.com", data.Str("website"));
        var defaults = data.GetProperty("memberDefaults");
        Assert.Equal("member", defaults.Str("defaultRole"));
        Assert.True(defaults.Bool("autoAssignSeats"));
        Assert.Equal(100m, defaults.Dec("seatAssignmentCredits"));
    }

    [Fact]
    public async Task An_admin_patches_a_subset()
    {
        var data = (await InOrg("ada").Patch(OrgPath("settings"), new
        {
            description = "New",
            website = "http://quantum.example.org/lab",
            memberDefaults = new { defaultRole = "manager", seatAssignmentCredits = 100_000 },
        })).Ok().Data;

        Assert.Equal("Lovelace Quantum Lab", data.Str("name"));
        Assert.Equal("New", data.Str("description"));
        Assert.Equal("http://quantum.example.org/lab", data.Str("website"));
        Assert.Equal("manager", data.GetProperty("memberDefaults").Str("defaultRole"));
        Assert.Equal(100_000m, data.GetProperty("memberDefaults").Dec("seatAssignmentCredits"));
        Assert.True(data.GetProperty("memberDefaults").Bool("autoAssignSeats"));
        Assert.Equal("Lovelace Quantum Lab", (await InOrg("ada").Get(OrgPath())).Data.Str("name"));
    }

    [Theory]
    [InlineData("{\"name\":null}", "name")]
    [InlineData("{\"name\":\"  \"}", "name")]
    [InlineData("{\"website\":null}", "website")]
    [InlineData("{\"website\":\"lab.example.com\"}", "website")]
    [InlineData("{\"website\":\"ftp://lab.example.com\"}", "website")]
    [InlineData("{\"memberDefaults\":{\"defaultRole\":\"owner\"}}", "memberDefaults.defaultRole")]
    [InlineData("{\"memberDefaults\":{\"seatAssignmentCredits\":100001}}", "memberDefaults.seatAssignmentCredits")]
    [InlineData("{\"memberDefaults\":{\"seatAssignmentCredits\":-1}}", "memberDefaults.seatAssignmentCredits")]
    public async Task Invalid_settings_are_400_naming_the_field_and_change_nothing(string body, string field)
    {
        var reply = await InOrg("ada").Send(HttpMethod.Patch, OrgPath("settings"), new StringContent("{\"description\":\"changed\"," + body.TrimStart('{'), System.Text.Encoding.UTF8, "application/json"));

        reply.Expect(HttpStatusCode.BadRequest);
        Assert.True(reply.Body.GetProperty("errors").TryGetProperty(field, out _), reply.Text);
        Assert.Equal("Quantum algorithms research group.", (await InOrg("ada").Get(OrgPath("settings"))).Data.Str("description"));
    }

    [Fact]
    public async Task Managers_cannot_change_settings()
        => (await InOrg("alan").Patch(OrgPath("settings"), new { name = "Alan's lab" })).Expect(HttpStatusCode.Forbidden);

    [Fact]
    public async Task A_logo_is_stored_per_variant()
    {
        var url = (await InOrg("ada").Put(OrgPath("settings/logo?variant=dark"), ApiClient.Image(Images.Png(200 * 1024)))).Ok().Data.Str("url");

        var settings = (await InOrg("ada").Get(OrgPath("settings"))).Data;
        Assert.Equal(url, settings.Str("logoDarkUrl"));
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("logoLightUrl").ValueKind);
        Assert.Equal(url, (await InOrg("ada").Get(OrgPath())).Data.Str("logoDarkUrl"));
    }

    [Fact]
    public async Task A_logo_over_200_KB_or_not_an_image_is_400()
    {
        (await InOrg("ada").Put(OrgPath("settings/logo?variant=light"), ApiClient.Image(Images.Png(200 * 1024 + 1)))).Expect(HttpStatusCode.BadRequest);
        (await InOrg("ada").Put(OrgPath("settings/logo?variant=light"), ApiClient.Image(Images.Gif(), "logo.png"))).Expect(HttpStatusCode.BadRequest);
        (await InOrg("ada").Put(OrgPath("settings/logo?variant=blue"), ApiClient.Image(Images.Png()))).Expect(HttpStatusCode.BadRequest);
        (await InOrg("ada").Put(OrgPath("settings/logo?variant=light"), ApiClient.Json(new { file = "x" }))).Expect(HttpStatusCode.BadRequest);
        (await InOrg("alan").Put(OrgPath("settings/logo?variant=light"), ApiClient.Image(Images.Png()))).Expect(HttpStatusCode.Forbidden);
    }
}
