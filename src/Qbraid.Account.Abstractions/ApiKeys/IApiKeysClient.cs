using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.ApiKeys;

/// <summary>
/// The API keys of one workspace: a key belongs to one organization or to the personal
/// workspace, so each workspace view lists and creates its own.
/// </summary>
public interface IApiKeysClient
{
    /// <summary>Lists the workspace's keys, masked (<c>GET /api-keys</c>; not paged).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a key (<c>POST /api-keys</c>). The secret comes back only in this response.</summary>
    /// <param name="request">Name (1 to 100 characters, not blank) and optional scopes.</param>
    /// <param name="idempotencyKey">Your own <c>Idempotency-Key</c> (1 to 255 characters); <see langword="null"/> for a new UUID per call, reused on its retries.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The key with its secret <see cref="CreatedApiKey.Key"/>.</returns>
    /// <exception cref="System.ArgumentException">The name is blank or longer than 100 characters, or a scope is blank.</exception>
    Task<CreatedApiKey> CreateAsync(CreateApiKeyRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Issues a new secret for a key, same name and scopes (<c>POST /api-keys/{id}/rotate</c>). The old secret stops working at once.</summary>
    /// <param name="id">The key's 24-hex id.</param>
    /// <param name="idempotencyKey">Your own <c>Idempotency-Key</c> (1 to 255 characters); <see langword="null"/> for a new UUID per call, reused on its retries.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The key with its new secret.</returns>
    Task<CreatedApiKey> RotateAsync(string id, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a key for good (<c>DELETE /api-keys/{id}</c>); requests with it fail from now on.</summary>
    /// <param name="id">The key's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task RevokeAsync(string id, CancellationToken cancellationToken = default);
}
