namespace Qbraid.Account.Testing.Tests.Organizations;

public class OrganizationTests : SandboxTest
{
    [Fact]
    public async Task Any_member_sees_the_details()
    {
        var data = (await InOrg("katherine").Get(OrgPath())).Ok().Data;

        Assert.Equal(Lab.Id, data.Str("id"));
        Assert.Equal("Lovelace Quantum Lab", data.Str("name"));
        Assert.Equal(Lab.OwnerUserId, data.Str("ownerId"));
        Assert.Equal(6, data.Int("memberCount"));
        Assert.Equal("standard", data.Str("subscriptionTier"));
    }

    [Fact]
    public async Task The_context_lists_the_users_organizations_with_role_and_wallet()
    {
        var data = (await Personal("alan").Get("users/context")).Ok().Data;

        var org = data.GetProperty("organizations").GetProperty(Lab.Id);
        Assert.Equal("Lovelace Quantum Lab", org.Str("name"));
        Assert.Equal(["manager"], org.GetProperty("roles").Items().Select(r => r.GetString()));
        Assert.Equal(800m, org.GetProperty("wallet").Dec("qbraidCredits"));
        Assert.Equal(400m, org.GetProperty("cpuHours").Dec("quota"));
        Assert.Equal("alan", data.GetProperty("user").Str("userName"));
    }
}
