using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Organizations.Members;

/// <summary>
/// An organization's members and invitations (<c>/organizations/{orgId}/members</c> and
/// <c>/invitations</c>). Inviting, changing roles, suspending and removing need the admin role.
/// </summary>
public interface IMembersClient
{
    /// <summary>Lists the members, pending invitees included, optionally filtered. Nothing is sent until enumerated.</summary>
    /// <param name="options">Role, status and text filters, and the page size; <see langword="null"/> for all members.</param>
    /// <param name="cancellationToken">Cancels every page request of the enumeration.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The page size is not 1 to 100.</exception>
    AsyncPageable<OrganizationMember> ListAsync(MemberListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one member.</summary>
    /// <param name="memberId">The member's 24-hex id (<see cref="OrganizationMember.Id"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="QbraidNotFoundException">No such member in this organization.</exception>
    Task<OrganizationMember> GetAsync(string memberId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Invites one person by e-mail (admin only). Any credits attached leave the pool only when the
    /// invitation is accepted.
    /// </summary>
    /// <param name="request">The e-mail address, the role (admin, manager or member), credits and a note.</param>
    /// <param name="idempotencyKey">Your key for safe retries (1 to 255 characters); <see langword="null"/> for a new UUID per call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="System.ArgumentException">The e-mail address is invalid, the role is owner or unknown, or credits are negative.</exception>
    Task<Invitation> InviteAsync(InviteMemberRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Invites 1 to 100 people from a CSV file (admin only) whose header is <c>email,role</c>
    /// (any case, any column order; extra columns are ignored). Quoted fields, CRLF or LF line
    /// ends and a UTF-8 byte order mark are fine; blank lines at the end are ignored. Every row is
    /// checked first: if any e-mail address or role is invalid, nothing is sent and the
    /// <see cref="System.ArgumentException"/> lists every bad row by number (row 1 is the first
    /// line after the header). The stream is read to its end and left open.
    /// </summary>
    /// <param name="csv">The CSV content, read from its current position.</param>
    /// <param name="idempotencyKey">Your key for safe retries (1 to 255 characters); <see langword="null"/> for a new UUID per call.</param>
    /// <param name="cancellationToken">Cancels reading and the request.</param>
    /// <returns>The invitations sent, and the rows the server turned down (e.g. already members).</returns>
    /// <exception cref="System.ArgumentException">The CSV is malformed, has no rows or more than 100, or has invalid rows.</exception>
    Task<BulkInvitationResult> BulkInviteAsync(Stream csv, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Invites 1 to 100 people (admin only), sent as one CSV upload. Every entry is checked first:
    /// if any e-mail address or role is invalid, nothing is sent and the
    /// <see cref="System.ArgumentException"/> lists every bad row by its 1-based position.
    /// </summary>
    /// <param name="entries">The invitees and their roles (admin, manager or member).</param>
    /// <param name="idempotencyKey">Your key for safe retries (1 to 255 characters); <see langword="null"/> for a new UUID per call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The invitations sent, and the rows the server turned down (e.g. already members).</returns>
    /// <exception cref="System.ArgumentException">No entries, more than 100, or invalid entries.</exception>
    Task<BulkInvitationResult> BulkInviteAsync(IEnumerable<BulkInvitationEntry> entries, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Lists invitations, optionally by status. Nothing is sent until enumerated.</summary>
    /// <param name="options">The status filter and page size; <see langword="null"/> for all invitations.</param>
    /// <param name="cancellationToken">Cancels every page request of the enumeration.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The page size is not 1 to 100.</exception>
    AsyncPageable<Invitation> ListInvitationsAsync(InvitationListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Cancels a pending invitation (admin only); its credits stay in the pool.</summary>
    /// <param name="invitationId">The invitation's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task CancelInvitationAsync(string invitationId, CancellationToken cancellationToken = default);

    /// <summary>Changes a member's role (admin only). The owner's role can't be changed and no one can be made owner.</summary>
    /// <param name="memberId">The member's 24-hex id.</param>
    /// <param name="role">The new role: admin, manager or member.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The member with the new role.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="role"/> is owner or unknown.</exception>
    /// <exception cref="QbraidPermissionException">The member is the owner, or the caller is not an admin.</exception>
    Task<OrganizationMember> ChangeRoleAsync(string memberId, MemberRole role, CancellationToken cancellationToken = default);

    /// <summary>Suspends a member's access (admin only; not the owner).</summary>
    /// <param name="memberId">The member's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The member, now suspended.</returns>
    Task<OrganizationMember> SuspendAsync(string memberId, CancellationToken cancellationToken = default);

    /// <summary>Restores a suspended member's access (admin only).</summary>
    /// <param name="memberId">The member's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The member, now active.</returns>
    Task<OrganizationMember> ReactivateAsync(string memberId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes a member (admin only; not the owner): access and seat go at once, and credits the
    /// organization gave them return to the pool.
    /// </summary>
    /// <param name="memberId">The member's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task RemoveAsync(string memberId, CancellationToken cancellationToken = default);
}
