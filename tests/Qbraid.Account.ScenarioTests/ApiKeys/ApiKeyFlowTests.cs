using Qbraid.Account.ApiKeys;

namespace Qbraid.Account.ScenarioTests.ApiKeys;

public class ApiKeyFlowTests : ScenarioTest
{
    [Fact]
    public async Task A_created_key_works_until_rotated_and_the_rotated_one_until_revoked()
    {
        var keys = Personal(Ada).ApiKeys;
        var created = await keys.CreateAsync(new CreateApiKeyRequest("CI runner", ["jobs:read"]));
        Assert.Equal(ApiKeyStatus.Active, created.Status);
        Assert.Null(created.OrganizationId);

        // Call with it through a new client.
        var first = Client(created.Key);
        Assert.Equal(Sandbox.Seed.User(Ada).Id, (await first.VerifyAsync()).UserId);

        var rotated = await keys.RotateAsync(created.Id);
        Assert.Equal(created.Id, rotated.Id);
        Assert.NotEqual(created.Key, rotated.Key);
        Assert.Equal("CI runner", rotated.Name);
        Assert.Equal(["jobs:read"], rotated.Scopes);

        // The old secret stops working at once; the new one works.
        await Assert.ThrowsAsync<QbraidAuthenticationException>(() => first.VerifyAsync());
        var second = Client(rotated.Key);
        Assert.Equal("ada", (await second.Personal.Profile.GetAsync()).UserName);
        var listed = Assert.Single(await keys.ListAsync(), k => k.Id == created.Id);
        Assert.EndsWith(rotated.Key[^3..], listed.MaskedKey);
        Assert.DoesNotContain(rotated.Key, listed.MaskedKey);

        await keys.RevokeAsync(created.Id);
        await Assert.ThrowsAsync<QbraidAuthenticationException>(() => second.VerifyAsync());
        Assert.DoesNotContain(await keys.ListAsync(), k => k.Id == created.Id);
    }

    [Fact]
    public async Task A_key_created_in_the_organization_is_bound_to_it()
    {
        var created = await InOrg(Ada).ApiKeys.CreateAsync(new CreateApiKeyRequest("Lab pipeline"));

        Assert.Equal(Lab.Id, created.OrganizationId);
        Assert.Contains(await InOrg(Ada).ApiKeys.ListAsync(), k => k.Id == created.Id);
        Assert.DoesNotContain(await Personal(Ada).ApiKeys.ListAsync(), k => k.Id == created.Id);
        var bound = Client(created.Key);
        Assert.Equal(1_200m, (await bound.Organization(Lab.Id).Wallet.GetBalanceAsync()).QbraidCredits);
        await Assert.ThrowsAsync<QbraidPermissionException>(() => bound.Personal.Wallet.GetBalanceAsync());
    }

    [Fact]
    public async Task The_secret_is_not_in_the_created_keys_text()
    {
        var created = await Personal(Ada).ApiKeys.CreateAsync(new CreateApiKeyRequest("Logged"));

        Assert.DoesNotContain(created.Key, created.ToString());
    }

    [Fact]
    public async Task Another_workspaces_key_is_not_found()
    {
        var orgKey = await InOrg(Ada).ApiKeys.CreateAsync(new CreateApiKeyRequest("Lab only"));

        await Assert.ThrowsAsync<QbraidNotFoundException>(() => Personal(Ada).ApiKeys.RevokeAsync(orgKey.Id));

        Assert.Contains(await InOrg(Ada).ApiKeys.ListAsync(), k => k.Id == orgKey.Id);
    }
}
