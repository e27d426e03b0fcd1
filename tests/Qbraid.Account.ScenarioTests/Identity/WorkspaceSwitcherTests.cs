namespace Qbraid.Account.ScenarioTests.Identity;

public class WorkspaceSwitcherTests(SharedWorld shared) : ReadOnlyScenarioTest(shared)
{
    [Fact]
    public async Task The_switcher_lists_the_personal_workspace_and_the_seeded_organization()
    {
        var workspaces = await As(Ada).ListWorkspacesAsync();

        Assert.Equal(2, workspaces.Count);
        Assert.Equal(Workspace.Personal, workspaces[0].Workspace);
        Assert.Equal(QbraidAccountClient.PersonalWorkspaceName, workspaces[0].Name);
        var lab = workspaces[1];
        Assert.Equal(Workspace.Organization(Lab.Id), lab.Workspace);
        Assert.Equal("Lovelace Quantum Lab", lab.Name);
        Assert.Contains("admin", lab.Roles);
        Assert.Equal("standard", lab.SubscriptionTier);
    }

    [Fact]
    public async Task Verify_names_the_user_the_key_belongs_to()
    {
        var verification = await As(Ada).VerifyAsync();

        Assert.True(verification.Valid);
        Assert.Equal(Sandbox.Seed.User(Ada).Id, verification.UserId);
        Assert.Equal("ada@example.com", verification.UserEmail);
    }

    [Fact]
    public async Task An_unknown_key_is_an_authentication_error()
    {
        var ex = await Assert.ThrowsAsync<QbraidAuthenticationException>(() => Client("qbr_sbx_not_a_real_key_000").VerifyAsync());

        Assert.Equal(401, ex.StatusCode);
        Assert.False(string.IsNullOrEmpty(ex.RequestId));
        Assert.DoesNotContain("qbr_sbx_not_a_real_key_000", ex.Message);
    }

    [Fact]
    public async Task A_key_bound_to_the_organization_works_only_in_its_workspace()
    {
        var orgKey = Sandbox.Keys.Organization!;
        var client = Client(orgKey);

        var details = await client.Organization(Lab.Id).GetAsync();
        Assert.Equal(Lab.Id, details.Id);

        await Assert.ThrowsAsync<QbraidPermissionException>(() => client.Personal.Profile.GetAsync());
    }

    [Fact]
    public async Task An_organization_workspace_can_carry_its_own_key()
    {
        // A personal client switched to the lab with the lab's key: the view uses that key, not the client's.
        var view = Client(Sandbox.Seed.User(Katherine).ApiKey).Organization(Lab.Id, Sandbox.Keys.Organization!);

        var balance = await view.Wallet.GetBalanceAsync();

        Assert.Equal(Sandbox.Seed.User(Ada).Id, balance.UserId);
        Assert.Equal(1_200m, balance.QbraidCredits);
    }
}
