using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.ScenarioTests.Organizations.Members;

/// <summary>Exactly one owner, set at creation: never removed, suspended, demoted, replaced, and never leaving.</summary>
public class OwnerTests : ScenarioTest
{
    private string OwnerId => Lab.Owner.MemberId;

    [Fact]
    public async Task The_organization_has_exactly_one_owner()
    {
        var owners = await InOrg(Ada).Members.ListAsync(new MemberListOptions { Role = MemberRole.Owner }).ToListAsync();

        var owner = Assert.Single(owners);
        Assert.Equal(Lab.OwnerUserId, owner.UserId);
    }

    [Fact]
    public async Task An_admin_cannot_remove_the_owner()
    {
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Ada).Members.RemoveAsync(OwnerId));

        await AssertOwnerUntouchedAsync();
    }

    [Fact]
    public async Task An_admin_cannot_suspend_the_owner()
    {
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Ada).Members.SuspendAsync(OwnerId));

        await AssertOwnerUntouchedAsync();
    }

    [Fact]
    public async Task The_owner_cannot_be_demoted()
    {
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Ada).Members.ChangeRoleAsync(OwnerId, MemberRole.Admin));

        await AssertOwnerUntouchedAsync();
    }

    [Fact]
    public async Task Ownership_cannot_be_given_and_the_sdk_says_so_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => InOrg(Grace).Members.ChangeRoleAsync(Lab.Member(Ada).MemberId, MemberRole.Owner));

        Assert.Equal("role", ex.ParamName);
        Assert.Equal(0, Requests("PATCH", "/organizations/{orgId}/members/{memberId}"));
        Assert.Equal(MemberRole.Admin, (await MemberAsync(Lab.Member(Ada).MemberId)).Role);
    }

    [Fact]
    public async Task The_owner_cannot_leave()
    {
        await Assert.ThrowsAsync<QbraidPermissionException>(() => Personal(Grace).Profile.LeaveOrganizationAsync(Lab.Id));

        await AssertOwnerUntouchedAsync();
    }

    private async Task AssertOwnerUntouchedAsync()
    {
        var owner = await MemberAsync(OwnerId);
        Assert.Equal(MemberRole.Owner, owner.Role);
        Assert.Equal(MemberStatus.Active, owner.Status);
        Assert.NotNull(owner.Seat);
        Assert.Single(await InOrg(Ada).Members.ListAsync(new MemberListOptions { Role = MemberRole.Owner }).ToListAsync());
    }
}
