using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.ScenarioTests.Organizations;

public class OrganizationTests(SharedWorld shared) : ReadOnlyScenarioTest(shared)
{
    [Fact]
    public async Task Any_member_reads_the_organizations_details()
    {
        var details = await InOrg(Katherine).GetAsync();

        Assert.Equal(Lab.Id, details.Id);
        Assert.Equal("Lovelace Quantum Lab", details.Name);
        Assert.Equal("https://lab.example.com", details.Website);
        Assert.Equal(Lab.OwnerUserId, details.OwnerId);
        Assert.Equal("standard", details.SubscriptionTier);
        var members = await InOrg(Katherine).Members.ListAsync().ToListAsync();
        Assert.Equal(members.Count, details.MemberCount); // the pending invitee is listed too
    }

    [Fact]
    public async Task A_non_member_gets_not_found()
    {
        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Client(Sandbox.Seed.User(Ada).ApiKey).Organization("0123456789abcdef01234567").GetAsync());

        Assert.Equal(404, ex.StatusCode);
    }

    [Fact]
    public async Task Members_list_filters_by_role_status_and_search()
    {
        var lab = InOrg(Ada);

        var owners = await lab.Members.ListAsync(new MemberListOptions { Role = MemberRole.Owner }).ToListAsync();
        var suspended = await lab.Members.ListAsync(new MemberListOptions { Status = MemberStatus.Suspended }).ToListAsync();
        var pending = await lab.Members.ListAsync(new MemberListOptions { Status = MemberStatus.Pending }).ToListAsync();
        var found = await lab.Members.ListAsync(new MemberListOptions { Search = "turing" }).ToListAsync();
        var before = Requests("GET", "/organizations/{orgId}/members");
        var paged = await lab.Members.ListAsync(new MemberListOptions { PageSize = 2 }).ToListAsync();
        var pagesFetched = Requests("GET", "/organizations/{orgId}/members") - before;

        Assert.Equal(Lab.Owner.MemberId, Assert.Single(owners).Id);
        Assert.Equal(Lab.Member(Edsger).MemberId, Assert.Single(suspended).Id);
        Assert.Equal(SandboxSeed.InviteeEmail, Assert.Single(pending).Email);
        Assert.Equal(Lab.Member(Alan).MemberId, Assert.Single(found).Id);
        Assert.Equal(6, paged.Count);
        Assert.Equal(6, paged.Select(m => m.Id).Distinct().Count());
        Assert.Equal(3, pagesFetched); // 6 members, 2 per page: walks exactly to the last page
    }
}
