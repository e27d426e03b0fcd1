using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Users;

/// <summary>GET /users/context and the workspace switcher built from it.</summary>
public sealed class WorkspacesTests : WireMockTestBase
{
    private const string Context = """
        {"user":{"email":"ada@example.com","userName":"ada","emailVerified":true,"isActive":true,
                 "personalInformation":{"firstName":"Ada","lastName":"Lovelace","profilePhoto":null}},
         "organizations":{
           "507f1f77bcf86cd799439011":{"name":"Quantum Lab","roles":["admin"],"subscriptionTier":"standard","status":"active",
              "diskUsage":{"totalGB":3.5,"quotaGB":50},"cpuHours":{"used":12.5,"quota":400,"renewalDate":"2026-12-01T00:00:00Z"},
              "wallet":{"qbraidCredits":1200.5,"awsCredits":0,"creditLimit":null,"autoRecharge":false}},
           "65a1b2c3d4e5f60718293a4b":{"roles":["member"],"status":"pending"},
           "not-an-object-id":{"name":"Broken"}},
         "currentOrganizationId":"65a1b2c3d4e5f60718293a4b"}
        """;

    [Fact]
    public async Task The_switcher_lists_personal_first_then_each_organization()
    {
        GivenData("GET", "/users/context", Context);

        var workspaces = await Client.ListWorkspacesAsync();

        Assert.Equal(3, workspaces.Count);
        Assert.Equal(Workspace.Personal, workspaces[0].Workspace);
        Assert.Equal("qBraid Default", workspaces[0].Name);
        Assert.False(workspaces[0].IsCurrent);
        Assert.Equal(Workspace.Organization(OrgId), workspaces[1].Workspace);
        Assert.Equal("Quantum Lab", workspaces[1].Name);
        Assert.Equal(["admin"], workspaces[1].Roles);
        Assert.Equal("standard", workspaces[1].SubscriptionTier);
        Assert.Equal(OtherOrgId, workspaces[2].Name); // no name from the server: the id stands in
        Assert.True(workspaces[2].IsCurrent);
        AssertWorkspaceHeaders(SingleRequest(), organizationId: null);
    }

    [Fact]
    public async Task The_context_reads_wallets_quotas_and_user()
    {
        GivenData("GET", "/users/context", Context);

        var context = await Client.GetContextAsync();

        Assert.Equal("ada@example.com", context.User.Email);
        Assert.Equal("Ada", context.User.PersonalInformation!.FirstName);
        var lab = context.Organizations[OrgId];
        Assert.Equal(1200.5m, lab.Wallet!.QbraidCredits);
        Assert.Equal(400m, lab.CpuHours!.Quota);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), lab.CpuHours.RenewalDate);
        Assert.Empty(context.Organizations[OtherOrgId].Roles is { Count: 0 } ? [] : new[] { "x" }.Skip(1));
        Assert.Equal(["member"], context.Organizations[OtherOrgId].Roles);
    }
}
