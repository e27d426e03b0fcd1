using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.ScenarioTests.Infrastructure;

/// <summary>The helpers every scenario uses, over whichever <see cref="World"/> the test runs in.</summary>
public abstract class ScenarioBase
{
    protected const string Ada = SandboxSeed.Ada;
    protected const string Grace = SandboxSeed.Grace;
    protected const string Alan = SandboxSeed.Alan;
    protected const string Katherine = SandboxSeed.Katherine;
    protected const string Edsger = SandboxSeed.Edsger;

    protected abstract World World { get; }

    protected QbraidSandbox Sandbox => World.Sandbox;

    protected SeededOrganization Lab => World.Lab;

    protected QbraidAccountClient As(string handle) => World.As(handle);

    protected IPersonalWorkspace Personal(string handle) => World.Personal(handle);

    protected IOrganizationWorkspace InOrg(string handle, SeededOrganization? org = null) => World.InOrg(handle, org);

    protected IOrganizationWorkspace Owner(SeededOrganization? org = null) => World.Owner(org);

    protected QbraidAccountClient Client(string apiKey) => World.Client(apiKey);

    protected Task<decimal> PoolAsync(SeededOrganization? org = null) => World.PoolAsync(org);

    protected Task<OrganizationMember> MemberAsync(string memberId, SeededOrganization? org = null) => Owner(org).Members.GetAsync(memberId);

    protected Task<IReadOnlyList<Transaction>> NewTransactionsAsync(TransactionType? type = null, string? memberId = null, SeededOrganization? org = null)
        => World.NewTransactionsAsync(type, memberId, org);

    /// <summary>Requests the sandbox received for <paramref name="method"/> and a path template since it started.</summary>
    protected int Requests(string method, string path) => Sandbox.RequestCount(method, path);
}

/// <summary>
/// A fresh sandbox per test (xunit makes one instance per test), for scenarios that change state;
/// the default demo world unless <see cref="Seed"/> says otherwise. Starting one takes milliseconds.
/// </summary>
public abstract class ScenarioTest : ScenarioBase, IAsyncLifetime
{
    private World? _world;

    protected override World World => _world ?? throw new InvalidOperationException("The sandbox has not started.");

    /// <summary>The world to start with; <see cref="SandboxSeed.Default"/> when null.</summary>
    protected virtual Action<SandboxSeedBuilder>? Seed => null;

    public async Task InitializeAsync() => _world = await World.StartAsync(Seed);

    public async Task DisposeAsync()
    {
        if (_world is not null) await _world.DisposeAsync();
    }
}

/// <summary>One default-world sandbox shared by a test class whose tests only read.</summary>
public sealed class SharedWorld : IAsyncLifetime
{
    private World? _world;

    public World World => _world ?? throw new InvalidOperationException("The sandbox has not started.");

    public async Task InitializeAsync() => _world = await World.StartAsync();

    public async Task DisposeAsync()
    {
        if (_world is not null) await _world.DisposeAsync();
    }
}

/// <summary>Read-only scenarios over one shared default-world sandbox per class.</summary>
public abstract class ReadOnlyScenarioTest(SharedWorld shared) : ScenarioBase, IClassFixture<SharedWorld>
{
    protected override World World => shared.World;
}

/// <summary>Tiny images with real content signatures.</summary>
public static class Images
{
    public static MemoryStream Png(int size = 256)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return new MemoryStream(bytes);
    }

    public static MemoryStream Jpeg(int size = 256)
    {
        var bytes = new byte[size];
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return new MemoryStream(bytes);
    }

    public static MemoryStream Webp(int size = 256)
    {
        var bytes = new byte[size];
        "RIFF"u8.CopyTo(bytes);
        BitConverter.GetBytes(size - 8).CopyTo(bytes, 4);
        "WEBP"u8.CopyTo(bytes.AsSpan(8));
        return new MemoryStream(bytes);
    }
}
