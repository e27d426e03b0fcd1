using System.Collections.Concurrent;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.ScenarioTests.Infrastructure;

/// <summary>
/// A running sandbox and SDK clients pointed at it over real HTTP, one client per API key (each
/// with millisecond back-off so retried calls stay fast, and no environment or qbraidrc lookup).
/// </summary>
public sealed class World : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, QbraidAccountClient> _clients = new(StringComparer.Ordinal);
    private readonly List<QbraidAccountClient> _extra = [];

    private World(QbraidSandbox sandbox, DateTimeOffset startedAt)
    {
        Sandbox = sandbox;
        StartedAt = startedAt;
    }

    public QbraidSandbox Sandbox { get; }

    /// <summary>Just before the sandbox started: a <c>From</c> filter that leaves out the seeded history.</summary>
    public DateTimeOffset StartedAt { get; }

    public SeededOrganization Lab => Sandbox.Seed.Organization(SandboxSeed.Lab);

    public static async Task<World> StartAsync(Action<SandboxSeedBuilder>? seed = null)
    {
        // Whole seconds: the seeded history is at least an hour old, and the filter's wire form stays short.
        var now = DateTimeOffset.UtcNow;
        var startedAt = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(-1);
        var sandbox = await QbraidSandbox.StartAsync(new QbraidSandboxOptions { Seed = seed });
        return new World(sandbox, startedAt);
    }

    public static QbraidAccountOptions Options(Uri baseUrl, string apiKey) => new()
    {
        ApiKey = apiKey,
        BaseUrl = baseUrl,
        UseEnvironment = false,
        Retry = new QbraidRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(5), AttemptTimeout = TimeSpan.FromSeconds(20) },
    };

    /// <summary>The (cached) client for an API key.</summary>
    public QbraidAccountClient Client(string apiKey)
        => _clients.GetOrAdd(apiKey, key => new QbraidAccountClient(Options(Sandbox.BaseUrl, key)));

    /// <summary>A new client with its own options (disposed with the world).</summary>
    public QbraidAccountClient NewClient(string apiKey, Action<QbraidAccountOptions> configure)
    {
        var options = Options(Sandbox.BaseUrl, apiKey);
        configure(options);
        var client = new QbraidAccountClient(options);
        lock (_extra) _extra.Add(client);
        return client;
    }

    /// <summary>A seeded user's client (their personal key).</summary>
    public QbraidAccountClient As(string handle) => Client(Sandbox.Seed.User(handle).ApiKey);

    /// <summary>A seeded user's personal workspace.</summary>
    public IPersonalWorkspace Personal(string handle) => As(handle).Personal;

    /// <summary>A seeded user's view of an organization (the lab unless given), with their personal key.</summary>
    public IOrganizationWorkspace InOrg(string handle, SeededOrganization? org = null) => As(handle).Organization((org ?? Lab).Id);

    /// <summary>The owner's view of the organization: reads the state other tests change.</summary>
    public IOrganizationWorkspace Owner(SeededOrganization? org = null)
    {
        org ??= Lab;
        return InOrg(org.Owner.UserHandle, org);
    }

    public async Task<decimal> PoolAsync(SeededOrganization? org = null)
        => (await Owner(org).Credits.GetBalanceAsync()).Balance;

    /// <summary>The transactions written since the sandbox started (newest first), optionally filtered.</summary>
    public async Task<IReadOnlyList<Transaction>> NewTransactionsAsync(TransactionType? type = null, string? memberId = null, SeededOrganization? org = null)
        => await Owner(org).Transactions.ListAsync(new TransactionListOptions { From = StartedAt, Type = type, MemberId = memberId }).ToListAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        lock (_extra)
        {
            foreach (var client in _extra) client.Dispose();
        }
        await Sandbox.DisposeAsync();
    }
}
