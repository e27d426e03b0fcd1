using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Organizations.InviteCodes;

/// <summary>
/// The organization's shareable invite codes (<c>/organizations/{orgId}/invite-codes</c>; admin
/// only). People join with one through <see cref="Invitations.IInvitationsClient.JoinByCodeAsync"/>.
/// </summary>
public interface IInviteCodesClient
{
    /// <summary>Lists the organization's invite codes (not paged); <see cref="InviteCode.Revoked"/>, <see cref="InviteCode.Uses"/> and <see cref="InviteCode.ExpiresAt"/> tell which still work.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<IReadOnlyList<InviteCode>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a code to share.</summary>
    /// <param name="request">The role (manager or member), and optionally a use limit (1 to 1,000) and an expiry in the future.</param>
    /// <param name="idempotencyKey">Your own <c>Idempotency-Key</c> (1 to 255 characters); <see langword="null"/> for a new UUID per call, reused on its retries.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The code, with <see cref="InviteCode.Code"/> to share.</returns>
    /// <exception cref="System.ArgumentException">The role is admin, owner, unknown or unset.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The use limit is not 1 to 1,000, or the expiry is not in the future.</exception>
    Task<InviteCode> CreateAsync(CreateInviteCodeRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Revokes a code: it stops working at once, and joining with it fails with <see cref="QbraidGoneException"/> (<see cref="GoneReason.Revoked"/>).</summary>
    /// <param name="codeId">The code's 24-hex id (<see cref="InviteCode.Id"/>, not the code itself).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="System.ArgumentException"><paramref name="codeId"/> is not a 24-hex id.</exception>
    Task RevokeAsync(string codeId, CancellationToken cancellationToken = default);
}
