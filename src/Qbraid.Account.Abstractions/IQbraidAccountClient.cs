using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Identity;

namespace Qbraid.Account;

/// <summary>
/// The entry point to the qBraid account API. Thread-safe and immutable: one instance serves many
/// threads and many workspaces at once; a workspace view never changes what another one sends.
/// </summary>
public interface IQbraidAccountClient
{
    /// <summary>The personal workspace, "qBraid Default": profile, API keys, usage and the personal wallet (buy credits, plans, Stripe portal).</summary>
    IPersonalWorkspace Personal { get; }

    /// <summary>
    /// An organization's workspace, using the client's API key. Every request it makes sends
    /// <c>X-Organization-Id</c>. Cheap: a view over the client's HTTP pipeline, not a new connection.
    /// </summary>
    /// <param name="organizationId">The organization's 24-hex id.</param>
    /// <exception cref="System.ArgumentException">The id is not 24 hexadecimal characters.</exception>
    IOrganizationWorkspace Organization(string organizationId);

    /// <summary>
    /// An organization's workspace that authenticates with its own API key (qBraid binds a key to one organization).
    /// </summary>
    /// <param name="organizationId">The organization's 24-hex id.</param>
    /// <param name="apiKey">The key to send for this organization instead of the client's.</param>
    /// <exception cref="System.ArgumentException">The id is not 24 hexadecimal characters, or the key is empty.</exception>
    IOrganizationWorkspace Organization(string organizationId, string apiKey);

    /// <summary>The view for <paramref name="workspace"/>: <see cref="Personal"/> or an organization; cast or pattern-match for the kind-specific clients.</summary>
    IWorkspace Workspace(Workspace workspace);

    /// <summary>Checks the API key and returns who it belongs to (<c>GET /users/verify</c>).</summary>
    /// <exception cref="QbraidAuthenticationException">The key is not valid.</exception>
    Task<UserVerification> VerifyAsync(CancellationToken cancellationToken = default);

    /// <summary>The caller's user record and every organization they belong to, with wallets and quotas (<c>GET /users/context</c>).</summary>
    Task<UserContext> GetContextAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The dashboard's workspace switcher: the personal workspace first, then every organization
    /// the caller belongs to, with role, tier and status.
    /// </summary>
    Task<IReadOnlyList<WorkspaceSummary>> ListWorkspacesAsync(CancellationToken cancellationToken = default);
}
