namespace Qbraid.Account.Testing.Tests.Infrastructure;

/// <summary>
/// A fresh sandbox per test (xunit makes one class instance per test), seeded with the default
/// world unless a class overrides <see cref="Seed"/>; starting one takes a few milliseconds.
/// </summary>
public abstract class SandboxTest : IAsyncLifetime
{
    private readonly List<ApiClient> _clients = [];

    protected QbraidSandbox Sandbox { get; private set; } = null!;

    protected SeededOrganization Lab => Sandbox.Seed.Organization(SandboxSeed.Lab);

    /// <summary>The world to start with; the default demo unless overridden.</summary>
    protected virtual Action<SandboxSeedBuilder>? Seed => null;

    protected virtual TimeProvider Clock => TimeProvider.System;

    /// <summary>A <c>from</c> filter (with a leading <c>&amp;</c>) that leaves out the seeded history.</summary>
    protected string SinceStart { get; } = "&from=" + DateTime.UtcNow.AddSeconds(-1).ToString("O");

    public async Task InitializeAsync()
        => Sandbox = await QbraidSandbox.StartAsync(new QbraidSandboxOptions { Seed = Seed, TimeProvider = Clock });

    public async Task DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        await Sandbox.DisposeAsync();
    }

    /// <summary>A user's personal key, in the personal workspace.</summary>
    protected ApiClient Personal(string handle) => Track(new ApiClient(Sandbox.BaseUrl, Sandbox.Seed.User(handle).ApiKey));

    /// <summary>A user's personal key in an organization's workspace (X-Organization-Id sent).</summary>
    protected ApiClient InOrg(string handle, SeededOrganization? org = null)
    {
        org ??= Lab;
        return Track(new ApiClient(Sandbox.BaseUrl, Sandbox.Seed.User(handle).ApiKey, org.Id));
    }

    protected ApiClient Client(string? key, string? organizationId = null) => Track(new ApiClient(Sandbox.BaseUrl, key, organizationId));

    /// <summary><c>organizations/{lab id}/...</c>.</summary>
    protected string OrgPath(string rest = "", SeededOrganization? org = null) => $"organizations/{(org ?? Lab).Id}{(rest.Length == 0 ? string.Empty : "/" + rest.TrimStart('/'))}";

    protected async Task<decimal> PoolAsync(SeededOrganization? org = null)
    {
        org ??= Lab;
        var owner = InOrg(org.Owner.UserHandle, org);
        return (await owner.Get(OrgPath("credits", org))).Ok().Data.Dec("balance");
    }

    protected async Task<JsonElement> MemberAsync(string memberId, SeededOrganization? org = null)
    {
        org ??= Lab;
        var owner = InOrg(org.Owner.UserHandle, org);
        return (await owner.Get(OrgPath($"members/{memberId}", org))).Ok().Data;
    }

    protected async Task<List<JsonElement>> TransactionsAsync(string query = "", SeededOrganization? org = null)
    {
        org ??= Lab;
        var owner = InOrg(org.Owner.UserHandle, org);
        return (await owner.Get(OrgPath("transactions" + query, org))).Ok().Data.Items();
    }

    private ApiClient Track(ApiClient client)
    {
        _clients.Add(client);
        return client;
    }
}

/// <summary>Tiny images with real signatures.</summary>
public static class Images
{
    public static byte[] Png(int size = 64)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] Jpeg(int size = 64)
    {
        var bytes = new byte[size];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return bytes;
    }

    public static byte[] Gif() => "GIF89a......"u8.ToArray();
}
