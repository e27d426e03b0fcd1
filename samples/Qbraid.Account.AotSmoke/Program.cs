// A Native AOT smoke test of the SDK. Point it at an account API (the sandbox in CI):
//   QBRAID_API_URL=http://127.0.0.1:5080/api/v1 QBRAID_API_KEY=... ./Qbraid.Account.AotSmoke
// It verifies the key, lists the workspaces and reads the first organization's members and the
// personal wallet, and exits 0 only if every call worked.
using Qbraid.Account;

try
{
    // begin-snippet: aot-smoke
    // No options: the key and URL come from QBRAID_API_KEY / QBRAID_API_URL, as for any user.
    using var client = new QbraidAccountClient();

    var me = await client.VerifyAsync();
    if (!me.Valid) return Fail("the key is not valid");
    Console.WriteLine($"verify: {me.UserName} <{me.UserEmail}>");

    var workspaces = await client.ListWorkspacesAsync();
    foreach (var workspace in workspaces)
        Console.WriteLine($"workspace: {workspace.Name} ({workspace.Workspace})");
    var organization = workspaces.FirstOrDefault(w => !w.Workspace.IsPersonal);
    if (organization is null) return Fail("no organization workspace");

    var lab = client.Organization(organization.Workspace.OrganizationId!);
    var members = 0;
    await foreach (var member in lab.Members.ListAsync(new() { PageSize = 2 }))
    {
        members++;
        Console.WriteLine($"member: {member.Email} {member.Role} {member.Status}");
    }
    if (members == 0) return Fail("the organization has no members");
    // end-snippet

    var balance = await client.Personal.Wallet.GetBalanceAsync();
    Console.WriteLine($"wallet: {balance.QbraidCredits} credits");

    Console.WriteLine($"aot-smoke: ok ({workspaces.Count} workspaces, {members} members)");
    return 0;
}
catch (QbraidException e)
{
    return Fail($"{e.GetType().Name}: {e.Message}");
}
catch (InvalidOperationException e)
{
    return Fail(e.Message);
}

static int Fail(string reason)
{
    Console.Error.WriteLine($"aot-smoke: FAILED: {reason}");
    return 1;
}
