using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Billing;

namespace Qbraid.Account.Wallet;

/// <summary>
/// The caller's own wallet inside an organization: the credits they may spend there (not the
/// organization's pool) and their requests to the admins for more. 1 credit = $0.01.
/// </summary>
public interface IMemberWalletClient
{
    /// <summary>Reads the caller's spendable credits in this organization (<c>GET /billing/credits/balance?organizationId=...</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="QbraidNotFoundException">The caller is not a member of this organization.</exception>
    Task<CreditBalance> GetBalanceAsync(CancellationToken cancellationToken = default);

    /// <summary>Asks the organization's admins for credits from its pool (<c>POST /billing/credits/requests</c>).</summary>
    /// <param name="request">The credits (greater than zero) and an optional reason, e.g. <c>new(500m, "GPU run")</c>.</param>
    /// <param name="idempotencyKey">Your own <c>Idempotency-Key</c> (1 to 255 characters); <see langword="null"/> for a new UUID per call, reused on its retries.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The pending request.</returns>
    /// <exception cref="System.ArgumentException">The amount is not greater than zero, or the reason is blank.</exception>
    Task<CreditRequest> RequestCreditsAsync(RequestCreditsRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Lists the caller's own credit requests in this organization, lazily and page by page (<c>GET /billing/credits/requests</c>).</summary>
    /// <param name="options">A status filter and page size; <see langword="null"/> for all, default size.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The page size is not 1 to 100.</exception>
    AsyncPageable<CreditRequest> ListCreditRequestsAsync(MemberCreditRequestListOptions? options = null, CancellationToken cancellationToken = default);
}
