using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Billing;

namespace Qbraid.Account.Wallet;

/// <summary>
/// The personal wallet (qBraid Default only): balance, overview, pricing, payment history, credit
/// and plan checkouts, and the Stripe portal. 1 credit = $0.01.
/// </summary>
public interface IPersonalWalletClient
{
    /// <summary>Reads the personal spendable balance (<c>GET /billing/credits/balance</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<CreditBalance> GetBalanceAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the price of credits (<c>GET /billing/credits/pricing</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<CreditPricing> GetPricingAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the wallet page: balances, plan, 30-day spending and the last 7 days (<c>GET /billing/wallet</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<WalletOverview> GetOverviewAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists personal payments, lazily and page by page (<c>GET /billing/payments</c>).</summary>
    /// <param name="options">Page size; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The page size is not 1 to 100.</exception>
    AsyncPageable<Payment> ListPaymentsAsync(PaymentListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Starts a Stripe checkout for credits (<c>POST /billing/credits/checkout</c>); the credits land after payment.</summary>
    /// <param name="request">US dollars (greater than zero) and an optional promotion code.</param>
    /// <param name="idempotencyKey">Your own <c>Idempotency-Key</c> (1 to 255 characters); <see langword="null"/> for a new UUID per call, reused on its retries.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The checkout page to send the user to, and the credits it will buy.</returns>
    /// <exception cref="System.ArgumentException">The amount is not greater than zero, or the promotion code is blank.</exception>
    Task<CheckoutSession> CreateCreditCheckoutAsync(CreditCheckoutRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the personal plan (<c>GET /billing/subscription</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<PersonalSubscription> GetSubscriptionAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts a Stripe checkout for a personal plan (<c>POST /billing/subscription/checkout</c>).</summary>
    /// <param name="request">Standard or pro, monthly or annual.</param>
    /// <param name="idempotencyKey">Your own <c>Idempotency-Key</c> (1 to 255 characters); <see langword="null"/> for a new UUID per call, reused on its retries.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The checkout page to send the user to.</returns>
    /// <exception cref="System.ArgumentException">The tier is not standard or pro, or the interval not monthly or annual.</exception>
    Task<CheckoutSession> CreateSubscriptionCheckoutAsync(SubscriptionCheckoutRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Opens a Stripe customer portal session, the dashboard's "Manage Plan" (<c>POST /billing/portal</c>).</summary>
    /// <param name="returnUrl">Where Stripe sends the user back: an absolute http(s) URL; <see langword="null"/> for qBraid's default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The portal link.</returns>
    /// <exception cref="System.ArgumentException">The return URL is not an absolute http or https URL.</exception>
    Task<PortalSession> CreatePortalSessionAsync(string? returnUrl = null, CancellationToken cancellationToken = default);
}
