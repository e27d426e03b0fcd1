namespace Qbraid.Account.Testing.Tests.Conventions;

public class AuthTests : SandboxTest
{
    [Fact]
    public async Task No_key_is_401_with_the_error_envelope_and_a_request_id()
    {
        var reply = await Client(null).Get("users/me");

        reply.Expect(HttpStatusCode.Unauthorized);
        Assert.Equal("Authentication required.", reply.Message);
        Assert.StartsWith("req_", reply.Header("X-Request-Id"));
        Assert.Equal("application/json", reply.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_key_is_401()
        => (await Client("qbr_sbx_not_a_key").Get("users/me")).Expect(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task The_deprecated_api_key_header_is_not_accepted()
    {
        var reply = await Client(null).Send(HttpMethod.Get, "users/me", configure: r => r.Headers.Add("api-key", Sandbox.Keys.Personal));

        reply.Expect(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_key_header_name_is_case_insensitive()
    {
        var reply = await Client(null).Send(HttpMethod.Get, "users/me", configure: r => r.Headers.Add("x-api-key", Sandbox.Keys.Personal));

        Assert.Equal("ada", reply.Ok().Data.Str("userName"));
    }

    [Fact]
    public async Task Every_response_has_a_distinct_request_id()
    {
        var ada = Personal("ada");
        var ok = await ada.Get("users/me");
        var missing = await ada.Get("no/such/path");
        var error = await ada.Patch("users/me", new { email = "x@example.com" });

        string[] ids = [ok.Header("X-Request-Id")!, missing.Header("X-Request-Id")!, error.Header("X-Request-Id")!];
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(ids.ToList(), Sandbox.Requests.Select(r => r.RequestId).ToList());
    }

    [Fact]
    public async Task Unknown_paths_and_methods_answer_with_the_envelope()
    {
        var ada = Personal("ada");
        (await ada.Get("no/such/path")).Expect(HttpStatusCode.NotFound);
        (await ada.Delete("users/me")).Expect(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_success_is_wrapped_in_the_envelope()
    {
        var reply = await Personal("ada").Get("users/me");

        Assert.True(reply.Ok().Body.Bool("success"));
        Assert.Equal(Sandbox.Seed.User("ada").Id, reply.Data.Str("id"));
    }

    [Fact]
    public async Task An_org_bound_key_needs_its_organization_header()
    {
        var bound = Lab.Member("ada").ApiKey;

        var without = await Client(bound).Get("users/me");
        var other = await Client(bound, "0123456789abcdef01234567").Get("users/me");
        var right = await Client(bound, Lab.Id).Get("users/me");

        without.Expect(HttpStatusCode.Forbidden);
        Assert.Contains(Lab.Id, without.Message);
        other.Expect(HttpStatusCode.Forbidden);
        Assert.Equal("ada", right.Ok().Data.Str("userName"));
    }

    [Fact]
    public async Task Verify_with_an_org_bound_key_reports_its_organization_without_the_header()
    {
        var data = (await Client(Lab.Member("ada").ApiKey).Get("users/verify")).Ok().Data;

        Assert.True(data.Bool("valid"));
        Assert.Equal(Lab.Id, data.Str("organizationId"));
        Assert.Equal(Lab.Member("ada").MemberId, data.Str("organizationUserId"));
        Assert.Contains("organization_admin", data.GetProperty("userRoles").Items().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Verify_with_a_personal_key_has_no_organization()
    {
        var data = (await Personal("katherine").Get("users/verify")).Ok().Data;

        Assert.Equal(Sandbox.Seed.User("katherine").Id, data.Str("userId"));
        Assert.Equal("katherine@example.com", data.Str("userEmail"));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("organizationId").ValueKind);
    }

    [Fact]
    public async Task A_personal_key_works_in_each_of_the_users_organizations()
        => Assert.Equal(1_200m, (await InOrg("ada").Get("billing/credits/balance")).Ok().Data.Dec("qbraidCredits"));

    [Fact]
    public async Task A_non_member_gets_404_in_an_organization_workspace()
    {
        var outsider = await Sandbox.CreateUserAsync("outsider");

        var reply = await Client(outsider.ApiKey, Lab.Id).Get("billing/credits/balance");

        reply.Expect(HttpStatusCode.NotFound);
        Assert.Equal("User is not a member of this organization.", reply.Message);
        (await Client(outsider.ApiKey, Lab.Id).Get(OrgPath())).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_organization_is_404_and_a_malformed_id_400()
    {
        (await Client(Sandbox.Keys.Personal, "0123456789abcdef01234567").Get("users/me")).Expect(HttpStatusCode.NotFound);
        (await Client(Sandbox.Keys.Personal, "not-an-id").Get("users/me")).Expect(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_suspended_member_gets_403_in_the_organization_but_keeps_the_personal_workspace()
    {
        (await InOrg("edsger").Get(OrgPath())).Expect(HttpStatusCode.Forbidden);
        (await Personal("edsger").Get("users/me")).Ok();
    }

    [Fact]
    public async Task Organization_paths_without_the_header_are_400_organization_context_required()
    {
        var reply = await Personal("ada").Get(OrgPath("members"));

        reply.Expect(HttpStatusCode.BadRequest);
        Assert.Equal("Organization context required.", reply.Message);
    }

    [Fact]
    public async Task A_header_naming_another_organization_than_the_path_is_400()
    {
        var reply = await InOrg("ada").Get("organizations/0123456789abcdef01234567/members");

        reply.Expect(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_balance_query_organizationId_selects_the_workspace()
    {
        var reply = await Personal("ada").Get($"billing/credits/balance?organizationId={Lab.Id}");

        Assert.Equal(1_200m, reply.Ok().Data.Dec("qbraidCredits"));
        Assert.Equal(Lab.Id, reply.Data.Str("organizationId"));
        (await InOrg("ada").Get("billing/credits/balance?organizationId=0123456789abcdef01234567")).Expect(HttpStatusCode.BadRequest);
    }
}
