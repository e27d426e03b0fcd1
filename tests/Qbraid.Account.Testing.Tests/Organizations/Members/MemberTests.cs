namespace Qbraid.Account.Testing.Tests.Organizations.Members;

public class MemberTests : SandboxTest
{
    [Fact]
    public async Task Members_are_listed_with_role_status_seat_and_credits()
    {
        var members = (await InOrg("katherine").Get(OrgPath("members"))).Ok().Data.Items();

        Assert.Equal(6, members.Count);
        var ada = members.Single(m => m.Str("id") == Lab.Member("ada").MemberId);
        Assert.Equal("admin", ada.Str("role"));
        Assert.Equal("Ada Lovelace", ada.Str("name"));
        Assert.Equal(1_200m, ada.Dec("credits"));
        Assert.Equal("standard", ada.GetProperty("seat").Str("tier"));
        var pending = members.Single(m => m.Str("status") == "pending");
        Assert.Equal(SandboxSeed.InviteeEmail, pending.Str("email"));
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("userId").ValueKind);
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("seat").ValueKind);
    }

    [Theory]
    [InlineData("role=member", 3)]
    [InlineData("status=suspended", 1)]
    [InlineData("status=pending", 1)]
    [InlineData("search=lovelace", 1)]
    [InlineData("search=EXAMPLE.COM", 6)]
    [InlineData("role=member&status=active", 1)]
    public async Task Filters_narrow_the_list(string query, int count)
        => Assert.Equal(count, (await InOrg("ada").Get(OrgPath("members?" + query))).Ok().Data.GetArrayLength());

    [Fact]
    public async Task An_unknown_filter_value_is_400()
        => (await InOrg("ada").Get(OrgPath("members?role=superuser"))).Expect(HttpStatusCode.BadRequest);

    [Fact]
    public async Task An_unknown_member_is_404()
        => (await InOrg("ada").Get(OrgPath("members/0123456789abcdef01234567"))).Expect(HttpStatusCode.NotFound);

    [Fact]
    public async Task An_admin_changes_a_role()
    {
        var katherine = Lab.Member("katherine").MemberId;

        var data = (await InOrg("ada").Patch(OrgPath($"members/{katherine}"), new { role = "manager" })).Ok().Data;

        Assert.Equal("manager", data.Str("role"));
        (await InOrg("katherine").Get(OrgPath("credits"))).Ok();
    }

    [Theory]
    [InlineData("alan")]
    [InlineData("katherine")]
    public async Task Managers_and_members_cannot_manage_members(string handle)
    {
        var target = Lab.Member("edsger").MemberId;
        var caller = InOrg(handle);

        (await caller.Patch(OrgPath($"members/{target}"), new { role = "admin" })).Expect(HttpStatusCode.Forbidden);
        (await caller.Post(OrgPath($"members/{target}/reactivate"))).Expect(HttpStatusCode.Forbidden);
        (await caller.Delete(OrgPath($"members/{target}"))).Expect(HttpStatusCode.Forbidden);
        Assert.Equal("suspended", (await MemberAsync(target)).Str("status"));
    }

    [Fact]
    public async Task The_owner_cannot_be_demoted_suspended_or_removed()
    {
        var owner = Lab.Owner.MemberId;
        var ada = InOrg("ada");

        (await ada.Patch(OrgPath($"members/{owner}"), new { role = "member" })).Expect(HttpStatusCode.Forbidden);
        (await ada.Post(OrgPath($"members/{owner}/suspend"))).Expect(HttpStatusCode.Forbidden);
        (await ada.Delete(OrgPath($"members/{owner}"))).Expect(HttpStatusCode.Forbidden);
        var data = await MemberAsync(owner);
        Assert.Equal("owner", data.Str("role"));
        Assert.Equal("active", data.Str("status"));
    }

    [Fact]
    public async Task Nobody_can_be_made_owner_and_unknown_roles_are_400()
    {
        var katherine = Lab.Member("katherine").MemberId;

        (await InOrg("grace").Patch(OrgPath($"members/{katherine}"), new { role = "owner" })).Expect(HttpStatusCode.Forbidden);
        (await InOrg("ada").Patch(OrgPath($"members/{katherine}"), new { role = "boss" })).Expect(HttpStatusCode.BadRequest);
        (await InOrg("ada").Patch(OrgPath($"members/{katherine}"), new { })).Expect(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Suspend_and_reactivate()
    {
        var katherine = Lab.Member("katherine");
        var ada = InOrg("ada");

        Assert.Equal("suspended", (await ada.Post(OrgPath($"members/{katherine.MemberId}/suspend"))).Ok().Data.Str("status"));
        (await InOrg("katherine").Get(OrgPath())).Expect(HttpStatusCode.Forbidden);
        (await ada.Post(OrgPath($"members/{katherine.MemberId}/suspend"))).Expect(HttpStatusCode.Conflict);

        Assert.Equal("active", (await ada.Post(OrgPath($"members/{katherine.MemberId}/reactivate"))).Ok().Data.Str("status"));
        (await InOrg("katherine").Get(OrgPath())).Ok();
        (await ada.Post(OrgPath($"members/{katherine.MemberId}/reactivate"))).Expect(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Removing_a_member_revokes_seat_and_access_and_returns_credits_to_the_pool()
    {
        var katherine = Lab.Member("katherine");
        var pool = await PoolAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await InOrg("ada").Delete(OrgPath($"members/{katherine.MemberId}"))).Status);

        Assert.Equal(pool + 300m, await PoolAsync());
        Assert.Equal(3, (await InOrg("ada").Get(OrgPath("seats"))).Data.Int("assigned"));
        (await InOrg("katherine").Get(OrgPath())).Expect(HttpStatusCode.NotFound);
        (await Client(katherine.ApiKey, Lab.Id).Get(OrgPath())).Expect(HttpStatusCode.Unauthorized);
        var refund = Assert.Single(await TransactionsAsync($"?type=refund_to_pool&memberId={katherine.MemberId}{SinceStart}"));
        Assert.Equal(300m, refund.Dec("amount"));
        Assert.Equal(Sandbox.Seed.User("ada").Id, refund.GetProperty("actor").Str("id"));
        (await Personal("katherine").Get("users/me")).Ok();
    }

    [Fact]
    public async Task Removing_a_member_without_credits_writes_no_transaction()
    {
        var before = (await TransactionsAsync("?limit=1"))[0].Str("id");

        await InOrg("ada").Delete(OrgPath($"members/{Lab.Invitations[0].MemberId}"));

        Assert.Equal(before, (await TransactionsAsync("?limit=1"))[0].Str("id"));
    }
}
