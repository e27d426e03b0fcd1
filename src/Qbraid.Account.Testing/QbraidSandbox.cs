using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing;

/// <summary>
/// A local, stateful qBraid account server: the whole account API contract served from memory on
/// 127.0.0.1 by Kestrel, with the business rules enforced, <c>Idempotency-Key</c> replay, and
/// faults on demand. Point any HTTP client (or the Qbraid.Account SDK) at <see cref="BaseUrl"/>
/// with a seeded key.
/// </summary>
/// <example>
/// <code>
/// await using var sandbox = await QbraidSandbox.StartAsync();
/// using var http = new HttpClient { BaseAddress = sandbox.BaseUrl };
/// http.DefaultRequestHeaders.Add("X-API-KEY", sandbox.Keys.Personal);
/// var me = await http.GetStringAsync("users/me");
/// </code>
/// </example>
public sealed class QbraidSandbox : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxState _state;
    private readonly RequestLog _log;
    private int _disposed;

    private QbraidSandbox(WebApplication app, SandboxState state, RequestLog log, SandboxFaults faults, SeededWorld seed, Uri baseUrl)
    {
        _app = app;
        _state = state;
        _log = log;
        Faults = faults;
        Seed = seed;
        BaseUrl = baseUrl;
        var user = seed.PrimaryUser;
        var orgKey = user is null ? null : seed.PrimaryOrganization?.Members.FirstOrDefault(m => m.UserHandle == user.Handle)?.ApiKey;
        Keys = new SandboxKeys(user?.ApiKey, orgKey);
    }

    /// <summary>The API base, e.g. <c>http://127.0.0.1:5080/api/v1/</c> (ends with a slash, so relative paths like <c>users/me</c> resolve under it).</summary>
    public Uri BaseUrl { get; }

    /// <summary>What the seed created: users, organizations, members by role, invitations, keys.</summary>
    public SeededWorld Seed { get; }

    /// <summary>The primary user's personal key and their key bound to the primary organization.</summary>
    public SandboxKeys Keys { get; }

    /// <summary>Faults to inject into the next matching requests.</summary>
    public SandboxFaults Faults { get; }

    /// <summary>Every request received so far, oldest first (a snapshot).</summary>
    public IReadOnlyList<SandboxRequest> Requests => _log.Snapshot();

    /// <summary>Starts a sandbox and returns once it accepts connections.</summary>
    /// <param name="options">Port, seed, random seed and clock; defaults to a free port and <see cref="SandboxSeed.Default"/>.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <exception cref="ArgumentOutOfRangeException">The port is not 0 to 65535.</exception>
    /// <exception cref="InvalidOperationException">The seed is inconsistent (e.g. an organization without an owner).</exception>
    /// <exception cref="IOException">The port is in use.</exception>
    public static async Task<QbraidSandbox> StartAsync(QbraidSandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new QbraidSandboxOptions();
        if (options.Port is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be 0 (any free port) to 65535.");
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));

        var state = new SandboxState(options.TimeProvider, options.RandomSeed);
        var seedBuilder = new SandboxSeedBuilder();
        (options.Seed ?? SandboxSeed.Default)(seedBuilder);
        var world = seedBuilder.Build(state);

        // The empty builder reads no appsettings, environment variables or command line: a test's
        // environment can't change where the sandbox listens or what it logs.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(QbraidSandbox).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.AddRouting();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        // Not the console lifetime: Ctrl+C or SIGTERM belong to the process hosting the sandbox (a test
        // run, a sample), which decides when to dispose it.
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();

        var app = builder.Build();
        var log = new RequestLog();
        var faults = new SandboxFaults();
        new SandboxPipeline(state, faults, log, options.OnRequest).Configure(app);
        SandboxRoutes.Map(app, state);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var origin = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal)).GetLeftPart(UriPartial.Authority);
        state.Origin = origin;
        return new QbraidSandbox(app, state, log, faults, world, new Uri(origin + PathPattern.ApiPrefix + "/"));
    }

    /// <summary>How many requests with <paramref name="method"/> reached <paramref name="path"/>, faulted and replayed ones included.</summary>
    /// <param name="method">HTTP method, or <c>*</c> for any.</param>
    /// <param name="path">Path relative to <see cref="BaseUrl"/> (the <c>/api/v1</c> prefix is optional), concrete or a template: <c>{name}</c> or <c>*</c> matches one segment.</param>
    public int RequestCount(string method, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return _log.Count(method.Trim(), path);
    }

    /// <summary>Forgets the requests recorded so far.</summary>
    public void ClearRequests() => _log.Clear();

    /// <summary>
    /// Accepts a pending invitation as the invitee would (<c>POST /invitations/{id}/accept</c>),
    /// creating the invitee's account and personal key when the e-mail has none. The invitation's
    /// credits move from the pool now, and a seat is assigned when auto-assign is on and one is free.
    /// </summary>
    /// <param name="invitationId">The invitation's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels waiting for the state lock.</param>
    /// <exception cref="KeyNotFoundException">No such invitation.</exception>
    /// <exception cref="InvalidOperationException">It is not pending, or the pool can't cover its credits.</exception>
    public Task<SandboxMembership> AcceptInvitationAsync(string invitationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(invitationId);
        return WithStateAsync(() =>
        {
            var invitation = FindInvitation(invitationId);
            var user = _state.FindUserByEmail(invitation.Email) ?? NewUser(invitation.Email.Split('@')[0], invitation.Email);
            var member = _state.AcceptInvitation(invitation, user);
            var key = _state.ApiKeys.First(k => !k.Deleted && k.UserId == user.Id && k.OrganizationId is null);
            return new SandboxMembership(member.OrganizationId, member.Id, user.Id, user.Email, member.Role, key.Secret);
        }, cancellationToken);
    }

    /// <summary>Declines a pending invitation as the invitee would; its credits stay in the pool.</summary>
    /// <param name="invitationId">The invitation's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels waiting for the state lock.</param>
    /// <exception cref="KeyNotFoundException">No such invitation.</exception>
    /// <exception cref="InvalidOperationException">It is not pending.</exception>
    public Task DeclineInvitationAsync(string invitationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(invitationId);
        return WithStateAsync(() =>
        {
            _state.DeclineInvitation(FindInvitation(invitationId));
            return true;
        }, cancellationToken);
    }

    /// <summary>Adds a user with a personal key and no organization (e.g. to join with an invite code).</summary>
    /// <param name="handle">Short unique name, also the user name; letters, digits, '.', '_' or '-'.</param>
    /// <param name="email">The e-mail address; <c>handle@example.com</c> when null.</param>
    /// <param name="cancellationToken">Cancels waiting for the state lock.</param>
    /// <exception cref="InvalidOperationException">The user name or e-mail is taken.</exception>
    public Task<SeededUser> CreateUserAsync(string handle, string? email = null, CancellationToken cancellationToken = default)
    {
        SandboxUserBuilder.CheckHandle(handle, nameof(handle));
        return WithStateAsync(() =>
        {
            var builder = new SandboxUserBuilder(handle);
            if (email is not null) builder.Email(email);
            return builder.Build(_state).Seeded;
        }, cancellationToken);
    }

    /// <summary>
    /// Pays a checkout session as Stripe would: credits land in the personal wallet or the
    /// organization's pool (with a <c>purchase</c> transaction), or the plan starts.
    /// </summary>
    /// <param name="sessionId">The <c>sessionId</c> a checkout endpoint returned.</param>
    /// <param name="cancellationToken">Cancels waiting for the state lock.</param>
    /// <exception cref="KeyNotFoundException">No such session.</exception>
    /// <exception cref="InvalidOperationException">It was already completed.</exception>
    public Task CompleteCheckoutAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return WithStateAsync(() =>
        {
            var checkout = _state.Checkouts.FirstOrDefault(c => c.SessionId == sessionId)
                ?? throw new KeyNotFoundException($"No checkout session '{sessionId}'.");
            _state.CompleteCheckout(checkout);
            return true;
        }, cancellationToken);
    }

    /// <summary>Stops the server and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private InvitationRecord FindInvitation(string invitationId)
        => _state.Organizations.SelectMany(o => o.Invitations).FirstOrDefault(i => string.Equals(i.Id, invitationId, StringComparison.OrdinalIgnoreCase))
           ?? throw new KeyNotFoundException($"No invitation '{invitationId}'.");

    private UserRecord NewUser(string localPart, string email)
    {
        var handle = new string(localPart.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-').ToArray());
        if (handle.Length == 0) handle = "user";
        var candidate = handle;
        for (var n = 2; _state.Users.Any(u => string.Equals(u.UserName, candidate, StringComparison.OrdinalIgnoreCase) || u.Handle == candidate); n++)
            candidate = handle + n.ToString(CultureInfo.InvariantCulture);
        new SandboxUserBuilder(candidate).Email(email).Build(_state);
        return _state.FindUserByEmail(email)!;
    }

    private sealed class PassiveLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private async Task<T> WithStateAsync<T>(Func<T> action, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        await _state.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return action();
        }
        catch (ApiError error)
        {
            // The same rule the HTTP endpoint enforces, surfaced as a plain exception for test code.
            throw new InvalidOperationException(error.Message, error);
        }
        finally
        {
            _state.Gate.Release();
        }
    }
}
