using System;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Billing;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.Organizations.Credits;

/// <summary>
/// The organization's credit pool (organization workspace only): its balance, buying credits into
/// it, transferring credits to members, and deciding members' credit requests. Buying, transfers
/// and decisions need the admin role; the balance is visible to admins and managers.
/// </summary>
public interface IOrganizationCreditsClient
{
    /// <summary>The pool's balance (<c>GET /organizations/{orgId}/credits</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<OrganizationCreditBalance> GetBalanceAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a Stripe checkout that buys credits into the organization's pool (not a member's
    /// wallet); the credits land after payment.
    /// </summary>
    /// <param name="request">US dollars to pay, greater than zero (1 USD = 100 credits), and an optional promotion code, e.g. <c>new(250m)</c>.</param>
    /// <param name="idempotencyKey">Your own key to make a repeat of this call harmless; <see langword="null"/> for a fresh UUID.</param>
    /// <param name="cancellationToken">Cancels the request and any retry.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is zero or negative.</exception>
    Task<CheckoutSession> CreateCheckoutAsync(CreditCheckoutRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves credits from the pool into members' personal wallets at once.
    /// </summary>
    /// <param name="request">Recipients (or all members), amount per member and label: see <see cref="TransferCreditsRequest.ToMembers"/>.</param>
    /// <param name="idempotencyKey">Your own key to make a repeat of this call harmless; <see langword="null"/> for a fresh UUID.</param>
    /// <param name="cancellationToken">Cancels the request and any retry.</param>
    /// <exception cref="ArgumentException">Neither or both of Recipients and All; an empty, invalid or duplicate member id; a non-positive amount.</exception>
    /// <exception cref="QbraidConflictException">The pool holds less than the total.</exception>
    Task<CreditTransfer> TransferAsync(TransferCreditsRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Members' credit requests, newest first, fetched lazily page by page (admin).</summary>
    /// <param name="options">A status filter and page size; <see langword="null"/> for all requests.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    AsyncPageable<CreditRequest> ListRequestsAsync(CreditRequestListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Approves a pending credit request: the credits move from the pool to the member.</summary>
    /// <param name="requestId">The request's 24-hex id.</param>
    /// <param name="amount">Credits to grant, greater than zero and at most the amount asked; <see langword="null"/> for all of it.</param>
    /// <param name="note">A note to the member.</param>
    /// <param name="idempotencyKey">Your own key to make a repeat of this call harmless; <see langword="null"/> for a fresh UUID.</param>
    /// <param name="cancellationToken">Cancels the request and any retry.</param>
    /// <returns>The request, now <see cref="CreditRequestStatus.Approved"/>.</returns>
    /// <exception cref="QbraidConflictException">The request is no longer pending, or the pool is short.</exception>
    Task<CreditRequest> ApproveRequestAsync(string requestId, decimal? amount = null, string? note = null, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Denies a pending credit request.</summary>
    /// <param name="requestId">The request's 24-hex id.</param>
    /// <param name="note">A note to the member.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The request, now <see cref="CreditRequestStatus.Denied"/>.</returns>
    Task<CreditRequest> DenyRequestAsync(string requestId, string? note = null, CancellationToken cancellationToken = default);
}
