using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Invitations;

/// <summary>
/// Joining organizations, from the invitee's side: invitations you received, and shareable invite
/// codes. Personal workspace only (no <c>X-Organization-Id</c> is sent).
/// </summary>
public interface IInvitationsClient
{
    /// <summary>Lists your pending invitations (<c>GET /users/me/invitations</c>; not paged).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<IReadOnlyList<ReceivedInvitation>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Accepts an invitation (<c>POST /invitations/{id}/accept</c>): you become an active member at
    /// once, the invitation's credits move from the organization's pool to you, and a seat is
    /// assigned when the organization auto-assigns seats and one is free.
    /// </summary>
    /// <param name="invitationId">The invitation's 24-hex id (<see cref="ReceivedInvitation.Id"/>).</param>
    /// <param name="idempotencyKey">Your own <c>Idempotency-Key</c> (1 to 255 characters); <see langword="null"/> for a new UUID per call, reused on its retries.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new membership; <see cref="Membership.Workspace"/> switches to the organization.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="invitationId"/> is not a 24-hex id.</exception>
    /// <exception cref="QbraidNotFoundException">No such pending invitation for you (cancelled, or already answered).</exception>
    Task<Membership> AcceptAsync(string invitationId, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Declines an invitation (<c>POST /invitations/{id}/decline</c>); its credits stay in the organization's pool.</summary>
    /// <param name="invitationId">The invitation's 24-hex id (<see cref="ReceivedInvitation.Id"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="System.ArgumentException"><paramref name="invitationId"/> is not a 24-hex id.</exception>
    /// <exception cref="QbraidNotFoundException">No such pending invitation for you.</exception>
    Task DeclineAsync(string invitationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Joins an organization with an invite code an admin shared (<c>POST /organizations/join</c>),
    /// with the role the code gives (manager or member).
    /// </summary>
    /// <param name="code">The invite code: 8 to 32 letters, digits or '-'; whitespace around it is dropped.</param>
    /// <param name="idempotencyKey">Your own <c>Idempotency-Key</c> (1 to 255 characters); <see langword="null"/> for a new UUID per call, reused on its retries.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new membership; <see cref="Membership.Workspace"/> switches to the organization.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="code"/> is empty or not a well-formed invite code.</exception>
    /// <exception cref="QbraidNotFoundException">No organization has this code.</exception>
    /// <exception cref="QbraidGoneException">The code expired, was used up or was revoked: <see cref="QbraidGoneException.Reason"/> says which.</exception>
    Task<Membership> JoinByCodeAsync(string code, string? idempotencyKey = null, CancellationToken cancellationToken = default);
}
