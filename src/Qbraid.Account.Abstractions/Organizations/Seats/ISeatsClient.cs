using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Organizations.Seats;

/// <summary>An organization's team-plan seats (<c>/organizations/{orgId}/seats</c>). Assigning and revoking need the admin role.</summary>
public interface ISeatsClient
{
    /// <summary>Gets the seat counts and who holds each seat.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<SeatSummary> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives a member a free seat (admin only). If the organization's seat-assignment credits are
    /// set, that many credits move from the pool to the member at once.
    /// </summary>
    /// <param name="memberId">The member's 24-hex id.</param>
    /// <param name="idempotencyKey">Your key for safe retries (1 to 255 characters); <see langword="null"/> for a new UUID per call.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new assignment.</returns>
    /// <exception cref="QbraidConflictException">No seat is free: buy more seats through the subscription first.</exception>
    Task<SeatAssignment> AssignAsync(string memberId, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Takes a member's seat back into the pool (admin only); the member keeps credits already in their wallet.</summary>
    /// <param name="memberId">The member's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task RevokeAsync(string memberId, CancellationToken cancellationToken = default);
}
