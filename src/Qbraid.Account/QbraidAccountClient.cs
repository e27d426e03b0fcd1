using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qbraid.Account.Common;
using Qbraid.Account.Credentials;
using Qbraid.Account.Http;
using Qbraid.Account.Identity;
using Qbraid.Account.Workspaces;

namespace Qbraid.Account;

/// <summary>
/// The qBraid account API client. Immutable and thread-safe: create one per application (or
/// register it with <c>services.AddQbraidAccount(...)</c>) and share it across threads and
/// workspaces. Workspace views (<see cref="Personal"/>, <see cref="Organization(string)"/>) are
/// cheap and share this client's connections.
/// </summary>
public sealed class QbraidAccountClient : IQbraidAccountClient, IDisposable
{
    /// <summary>The personal workspace's display name in the dashboard.</summary>
    public const string PersonalWorkspaceName = "qBraid Default";

    private static readonly Lazy<HttpMessageHandler> SharedHandler = new(CreatePrimaryHandler, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly QbraidPipeline _pipeline;
    private readonly HttpClient? _ownedHttpClient;
    private readonly PersonalWorkspace _personal;

    /// <summary>
    /// A client configured only from the environment: <c>QBRAID_API_KEY</c>, <c>QBRAID_API_URL</c> and <c>~/.qbraid/qbraidrc</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">No API key was found; the message names every place looked in.</exception>
    public QbraidAccountClient()
        : this(new QbraidAccountOptions())
    {
    }

    /// <summary>
    /// A client with the SDK's own pipeline (retries, timeouts, logging) over one process-wide pooled
    /// connection handler. Dispose it when done; the shared handler stays for other clients.
    /// </summary>
    /// <param name="options">Key, endpoint and retry settings; unset values fall back to the environment and qbraidrc.</param>
    /// <param name="loggerFactory">Where the SDK logs attempts (Debug level); none by default.</param>
    /// <exception cref="InvalidOperationException">No API key was found, or the base URL is not absolute HTTPS (HTTP only for loopback).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A retry or rate-budget setting is out of range (e.g. <c>options.Retry.MaxRetries</c> outside 0 to 10, a timeout outside 10 ms to 1 day).</exception>
    public QbraidAccountClient(QbraidAccountOptions options, ILoggerFactory? loggerFactory = null)
        : this(CreateOwnedHttpClient(Guard.NotNull(options, nameof(options)), loggerFactory, TimeProvider.System), options, loggerFactory, TimeProvider.System, ownsHttpClient: true, keyHandlerBelow: true)
    {
    }

    /// <summary>
    /// A client over an <see cref="HttpClient"/> you own and configure (it is never disposed or
    /// modified by the SDK). Retries are whatever that client's handlers do; use
    /// <c>AddQbraidAccount</c> to get the SDK's resilience pipeline with your own client.
    /// </summary>
    /// <param name="httpClient">The client to send through.</param>
    /// <param name="options">Key and endpoint; unset values fall back to the environment and qbraidrc.</param>
    /// <param name="loggerFactory">Where the SDK logs; none by default.</param>
    public QbraidAccountClient(HttpClient httpClient, QbraidAccountOptions options, ILoggerFactory? loggerFactory = null)
        : this(Guard.NotNull(httpClient, nameof(httpClient)), Guard.NotNull(options, nameof(options)), loggerFactory, TimeProvider.System, ownsHttpClient: false)
    {
    }

    internal QbraidAccountClient(HttpClient httpClient, QbraidAccountOptions options, ILoggerFactory? loggerFactory, TimeProvider timeProvider, bool ownsHttpClient, bool keyHandlerBelow = false)
    {
        var settings = CredentialResolver.Resolve(options);
        var logger = (ILogger?)loggerFactory?.CreateLogger("Qbraid.Account") ?? NullLogger.Instance;
        _pipeline = new QbraidPipeline(httpClient, settings, UserAgent.For(options.ApplicationId), logger, timeProvider, keyHandlerBelow);
        _ownedHttpClient = ownsHttpClient ? httpClient : null;
        _personal = new PersonalWorkspace(new WorkspaceContext(_pipeline, Account.Workspace.Personal, settings.ApiKey));
    }

    /// <inheritdoc />
    public IPersonalWorkspace Personal => _personal;

    /// <summary>The API root this client calls (always ending in '/').</summary>
    public Uri BaseUrl => _pipeline.BaseUrl;

    /// <inheritdoc />
    public IOrganizationWorkspace Organization(string organizationId)
        => new OrganizationWorkspace(new WorkspaceContext(_pipeline, Account.Workspace.Organization(organizationId), _pipeline.DefaultApiKey));

    /// <inheritdoc />
    public IOrganizationWorkspace Organization(string organizationId, string apiKey)
    {
        var workspace = Account.Workspace.Organization(organizationId);
        if (apiKey is null) throw new ArgumentNullException(nameof(apiKey), "apiKey is required: the organization's own API key.");
        var key = Guard.ApiKey(apiKey.Trim(), nameof(apiKey));
        return new OrganizationWorkspace(new WorkspaceContext(_pipeline, workspace, key));
    }

    /// <inheritdoc />
    public IWorkspace Workspace(Workspace workspace)
        => workspace.OrganizationId is { } id ? Organization(id) : _personal;

    /// <inheritdoc />
    public Task<UserVerification> VerifyAsync(CancellationToken cancellationToken = default)
        => _pipeline.SendAsync(ApiRequest.Get(Routes.UsersVerify), _personal.Scope, QbraidJsonContext.Default.UserVerification, cancellationToken);

    /// <inheritdoc />
    public Task<UserContext> GetContextAsync(CancellationToken cancellationToken = default)
        => _pipeline.SendAsync(ApiRequest.Get(Routes.UsersContext), _personal.Scope, QbraidJsonContext.Default.UserContext, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkspaceSummary>> ListWorkspacesAsync(CancellationToken cancellationToken = default)
    {
        var context = await GetContextAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<WorkspaceSummary>(context.Organizations.Count + 1)
        {
            new() { Workspace = Account.Workspace.Personal, Name = PersonalWorkspaceName, IsCurrent = context.CurrentOrganizationId is null },
        };
        foreach (var pair in context.Organizations)
        {
            if (!Account.Workspace.TryParse(pair.Key, out var workspace) || workspace.IsPersonal)
                continue; // not an organization id: nothing the caller could switch to
            var organization = pair.Value;
            result.Add(new WorkspaceSummary
            {
                Workspace = workspace,
                Name = string.IsNullOrWhiteSpace(organization.Name) ? workspace.OrganizationId! : organization.Name!,
                Roles = organization.Roles,
                SubscriptionTier = organization.SubscriptionTier,
                Status = organization.Status,
                IsCurrent = string.Equals(context.CurrentOrganizationId, workspace.OrganizationId, StringComparison.OrdinalIgnoreCase),
            });
        }
        return result;
    }

    /// <summary>Stops this client: later calls throw <see cref="ObjectDisposedException"/>. Disposes only what the client created.</summary>
    public void Dispose()
    {
        _pipeline.MarkDisposed();
        _ownedHttpClient?.Dispose();
    }

    /// <summary>Shows the endpoint; never the key.</summary>
    public override string ToString() => $"QbraidAccountClient {{ BaseUrl = {BaseUrl} }}";

    internal static HttpClient CreateOwnedHttpClient(QbraidAccountOptions options, ILoggerFactory? loggerFactory, TimeProvider timeProvider)
    {
        QbraidAccountOptionsRules.Check(options);
        var logger = (ILogger?)loggerFactory?.CreateLogger("Qbraid.Account") ?? NullLogger.Instance;
        var calls = new QbraidCallHandler(options.Retry, timeProvider, logger) { InnerHandler = new QbraidKeyHandler(SharedHandler.Value) };
        HttpMessageHandler outer = options.RateLimit.Enabled
            ? new QbraidRateLimitHandler(options.RateLimit, timeProvider) { InnerHandler = calls }
            : calls;
        // disposeHandler: false keeps the shared connection pool alive for every other client.
        return new HttpClient(outer, disposeHandler: false) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    internal static HttpMessageHandler CreatePrimaryHandler()
    {
#if NET5_0_OR_GREATER
        return new SocketsHttpHandler
        {
            // Redirects would carry X-API-KEY to wherever they point: never follow them.
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate,
        };
#else
        return new HttpClientHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = System.Net.DecompressionMethods.GZip | System.Net.DecompressionMethods.Deflate,
        };
#endif
    }
}
