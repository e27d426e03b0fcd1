using System.Net.Sockets;

namespace Qbraid.Account.Testing.Tests;

public class ServerTests
{
    [Fact]
    public async Task Starts_on_loopback_with_a_free_port_and_an_api_base_url()
    {
        await using var sandbox = await QbraidSandbox.StartAsync();

        Assert.Equal("127.0.0.1", sandbox.BaseUrl.Host);
        Assert.NotEqual(0, sandbox.BaseUrl.Port);
        Assert.Equal("/api/v1/", sandbox.BaseUrl.AbsolutePath);
    }

    [Fact]
    public async Task Binds_the_requested_port_and_releases_it_on_dispose()
    {
        int port;
        using (var probe = new TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using (var sandbox = await QbraidSandbox.StartAsync(new QbraidSandboxOptions { Port = port }))
            Assert.Equal(port, sandbox.BaseUrl.Port);

        await using var again = await QbraidSandbox.StartAsync(new QbraidSandboxOptions { Port = port });
        Assert.Equal(port, again.BaseUrl.Port);
    }

    [Fact]
    public async Task Rejects_an_out_of_range_port()
        => await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => QbraidSandbox.StartAsync(new QbraidSandboxOptions { Port = 70000 }));

    [Fact]
    public async Task The_default_world_is_the_same_on_every_run()
    {
        await using var first = await QbraidSandbox.StartAsync();
        await using var second = await QbraidSandbox.StartAsync();

        Assert.Equal(first.Seed.Users.Select(u => (u.Id, u.ApiKey)), second.Seed.Users.Select(u => (u.Id, u.ApiKey)));
        Assert.Equal(first.Seed.Organization("lab").Id, second.Seed.Organization("lab").Id);
        Assert.Equal(first.Keys.Personal, second.Keys.Personal);
    }

    [Fact]
    public async Task A_different_random_seed_gives_different_ids()
    {
        await using var first = await QbraidSandbox.StartAsync();
        await using var second = await QbraidSandbox.StartAsync(new QbraidSandboxOptions { RandomSeed = 7 });

        Assert.NotEqual(first.Seed.User("ada").Id, second.Seed.User("ada").Id);
    }

    [Fact]
    public async Task The_default_world_matches_its_description()
    {
        await using var sandbox = await QbraidSandbox.StartAsync();
        var lab = sandbox.Seed.Organization(SandboxSeed.Lab);

        Assert.Equal(SandboxSeed.Ada, sandbox.Seed.PrimaryUser!.Handle);
        Assert.Equal(sandbox.Seed.User(SandboxSeed.Grace).Id, lab.OwnerUserId);
        Assert.Equal(SandboxRole.Admin, lab.Member(SandboxSeed.Ada).Role);
        Assert.Equal(5, lab.Members.Count);
        Assert.Single(lab.MembersWith(SandboxRole.Manager));
        Assert.Equal(2, lab.MembersWith(SandboxRole.Member).Count);
        Assert.Equal(SandboxMemberStatus.Suspended, lab.Member(SandboxSeed.Edsger).Status);
        Assert.Equal(SandboxSeed.InviteeEmail, Assert.Single(lab.Invitations).Email);
        Assert.Equal(sandbox.Seed.User("ada").ApiKey, sandbox.Keys.Personal);
        Assert.Equal(lab.Member("ada").ApiKey, sandbox.Keys.Organization);

        using var http = new ApiClient(sandbox.BaseUrl, sandbox.Keys.Personal, lab.Id);
        var subscription = (await http.Get($"organizations/{lab.Id}/subscription")).Ok().Data;
        Assert.Equal("standard", subscription.Str("tier"));
        Assert.Equal(5, subscription.Int("seats"));
        var transactions = (await http.Get($"organizations/{lab.Id}/transactions?limit=1")).Ok();
        Assert.Equal(300, transactions.Body.GetProperty("pagination").Int("total"));
        var members = (await http.Get($"organizations/{lab.Id}/members")).Ok().Data.Items();
        Assert.Equal(["active", "active", "active", "active", "suspended", "pending"], members.Select(m => m.Str("status")));
    }

    [Fact]
    public async Task A_seed_states_its_world_in_a_few_lines()
    {
        await using var sandbox = await QbraidSandbox.StartAsync(new QbraidSandboxOptions
        {
            Seed = seed => seed
                .User("ada", u => u.Credits(500).Plan(SandboxTier.Pro))
                .Organization("lab", o => o
                    .Owner("grace")
                    .Member("ada", SandboxRole.Admin, credits: 100, seat: true)
                    .Subscription(SandboxTier.Standard, seats: 3)
                    .Pool(10_000)),
        });

        Assert.Equal(["ada", "grace"], sandbox.Seed.Users.Select(u => u.Handle));
        using var http = new ApiClient(sandbox.BaseUrl, sandbox.Keys.Personal);
        var balance = (await http.Get("billing/credits/balance")).Ok().Data;
        Assert.Equal(500m, balance.Dec("qbraidCredits"));
        using var inOrg = new ApiClient(sandbox.BaseUrl, sandbox.Keys.Organization, sandbox.Seed.PrimaryOrganization!.Id);
        Assert.Equal(100m, (await inOrg.Get("billing/credits/balance")).Ok().Data.Dec("qbraidCredits"));
        Assert.Equal(10_000m, (await inOrg.Get($"organizations/{sandbox.Seed.PrimaryOrganization.Id}/credits")).Ok().Data.Dec("balance"));
    }

    [Fact]
    public async Task An_inconsistent_seed_fails_to_start()
    {
        var noOwner = await Assert.ThrowsAsync<InvalidOperationException>(() => QbraidSandbox.StartAsync(new QbraidSandboxOptions
        {
            Seed = seed => seed.Organization("lab", o => o.Member("ada", SandboxRole.Admin)),
        }));
        Assert.Contains("owner", noOwner.Message);

        await Assert.ThrowsAsync<InvalidOperationException>(() => QbraidSandbox.StartAsync(new QbraidSandboxOptions
        {
            Seed = seed => seed.Organization("lab", o => o.Owner("grace").Member("ada", SandboxRole.Member, seat: true)),
        }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => QbraidSandbox.StartAsync(new QbraidSandboxOptions
        {
            Seed = seed => seed.Organization("lab", o => o.Owner("grace").Subscription(SandboxTier.Standard, seats: 1)),
        }));
    }

    [Fact]
    public async Task An_empty_world_has_no_keys()
    {
        await using var sandbox = await QbraidSandbox.StartAsync(new QbraidSandboxOptions { Seed = SandboxSeed.Empty });

        Assert.Null(sandbox.Keys.Personal);
        Assert.Empty(sandbox.Seed.Users);
    }

    [Fact]
    public async Task Keys_and_seeded_users_never_show_secrets_in_ToString()
    {
        await using var sandbox = await QbraidSandbox.StartAsync();

        Assert.DoesNotContain(sandbox.Keys.Personal!, sandbox.Keys.ToString());
        Assert.DoesNotContain(sandbox.Seed.User("ada").ApiKey, sandbox.Seed.User("ada").ToString());
        Assert.DoesNotContain(sandbox.Seed.Organization("lab").Member("ada").ApiKey, sandbox.Seed.Organization("lab").Member("ada").ToString());
    }
}
