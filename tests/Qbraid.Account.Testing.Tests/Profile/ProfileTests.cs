namespace Qbraid.Account.Testing.Tests.Profile;

public class ProfileTests : SandboxTest
{
    [Fact]
    public async Task Get_returns_the_profile()
    {
        var data = (await Personal("ada").Get("users/me")).Ok().Data;

        Assert.Equal("ada@example.com", data.Str("email"));
        Assert.Equal("Lovelace", data.Str("lastName"));
        Assert.Equal("active", data.Str("status"));
        Assert.Equal(1, data.Int("organizationCount"));
        Assert.EndsWith("Z", data.Str("createdAt"));
    }

    [Fact]
    public async Task Patch_changes_names_and_keeps_unsent_fields()
    {
        var ada = Personal("ada");
        var data = (await ada.Patch("users/me", new { userName = "countess", firstName = "Augusta" })).Ok().Data;

        Assert.Equal("countess", data.Str("userName"));
        Assert.Equal("Augusta", data.Str("firstName"));
        Assert.Equal("Lovelace", data.Str("lastName"));
        Assert.Equal("countess", (await ada.Get("users/me")).Ok().Data.Str("userName"));
    }

    [Fact]
    public async Task A_taken_user_name_is_409_whatever_its_case()
    {
        var reply = await Personal("ada").Patch("users/me", new { userName = "GRACE" });

        reply.Expect(HttpStatusCode.Conflict);
        Assert.Equal("ada", (await Personal("ada").Get("users/me")).Data.Str("userName"));
    }

    [Fact]
    public async Task Email_is_read_only()
    {
        var reply = await Personal("ada").Patch("users/me", new { email = "new@example.com" });

        reply.Expect(HttpStatusCode.BadRequest);
        Assert.True(reply.Body.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Theory]
    [InlineData("{\"userName\":null}")]
    [InlineData("{\"userName\":\"a\"}")]
    [InlineData("{\"userName\":\"has space\"}")]
    [InlineData("{\"firstName\":5}")]
    [InlineData("not json")]
    public async Task Invalid_patches_are_400(string body)
    {
        var reply = await Personal("ada").Send(HttpMethod.Patch, "users/me", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        reply.Expect(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_avatar_upload_is_stored_and_served()
    {
        var ada = Personal("ada");
        var png = Images.Png(1024);

        var url = (await ada.Put("users/me/avatar", ApiClient.Image(png))).Ok().Data.Str("avatarUrl");

        Assert.Equal(url, (await ada.Get("users/me")).Data.Str("avatarUrl"));
        using var http = new HttpClient();
        Assert.Equal(png, await http.GetByteArrayAsync(url));
    }

    [Fact]
    public async Task The_avatar_is_checked_by_signature_not_by_name()
    {
        var reply = await Personal("ada").Put("users/me/avatar", ApiClient.Image(Images.Gif(), "fake.png", "image/png"));

        reply.Expect(HttpStatusCode.BadRequest);
        Assert.Contains("PNG, JPEG or WEBP", reply.Message);
    }

    [Fact]
    public async Task An_avatar_over_1_MB_is_400_and_exactly_1_MB_is_fine()
    {
        var ada = Personal("ada");

        (await ada.Put("users/me/avatar", ApiClient.Image(Images.Jpeg(1024 * 1024), "a.jpg", "image/jpeg"))).Ok();
        (await ada.Put("users/me/avatar", ApiClient.Image(Images.Jpeg(1024 * 1024 + 1), "a.jpg", "image/jpeg"))).Expect(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Notifications_patch_changes_only_the_fields_sent()
    {
        var ada = Personal("ada");
        Assert.True((await ada.Get("users/me/notifications")).Ok().Data.Bool("billing"));

        var data = (await ada.Patch("users/me/notifications", new { billing = false })).Ok().Data;

        Assert.False(data.Bool("billing"));
        Assert.True(data.Bool("security"));
        (await ada.Patch("users/me/notifications", new { jobs = "yes" })).Expect(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_deletion_request_is_pending_until_cancelled()
    {
        var ada = Personal("ada");

        var created = (await ada.Post("users/me/deletion-request", new { reason = "done" })).Expect(HttpStatusCode.Created).Data;
        Assert.Equal("pending", created.Str("status"));
        (await ada.Post("users/me/deletion-request")).Expect(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await ada.Delete("users/me/deletion-request")).Status);
        (await ada.Delete("users/me/deletion-request")).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_owner_cannot_leave()
    {
        var reply = await Personal("grace").Post(OrgPath("leave"));

        reply.Expect(HttpStatusCode.Forbidden);
        (await InOrg("grace").Get(OrgPath())).Ok();
    }

    [Fact]
    public async Task Leaving_returns_org_credits_to_the_pool_and_frees_the_seat()
    {
        var alan = Lab.Member("alan");
        var pool = await PoolAsync();

        var reply = await Personal("alan").Post(OrgPath("leave"));

        Assert.Equal(HttpStatusCode.NoContent, reply.Status);
        Assert.Equal(pool + 800m, await PoolAsync());
        (await InOrg("ada").Get(OrgPath($"members/{alan.MemberId}"))).Expect(HttpStatusCode.NotFound);
        var seats = (await InOrg("ada").Get(OrgPath("seats"))).Ok().Data;
        Assert.Equal(3, seats.Int("assigned"));
        var refund = (await TransactionsAsync($"?type=refund_to_pool&memberId={alan.MemberId}"))[0];
        Assert.Equal(800m, refund.Dec("amount"));
        Assert.Equal("member", refund.GetProperty("from").Str("kind"));
        Assert.Equal(Lab.Id, refund.GetProperty("to").Str("id"));
        (await InOrg("alan").Get(OrgPath())).Expect(HttpStatusCode.NotFound);
        (await Client(alan.ApiKey, Lab.Id).Get("users/me")).Expect(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Leaving_from_the_organization_workspace_works_too()
        => Assert.Equal(HttpStatusCode.NoContent, (await InOrg("katherine").Post(OrgPath("leave"))).Status);
}
