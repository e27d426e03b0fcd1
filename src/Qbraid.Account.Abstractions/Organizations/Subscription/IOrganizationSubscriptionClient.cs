using System;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Billing;

namespace Qbraid.Account.Organizations.Subscription;

/// <summary>
/// The organization's team plan (organization workspace only). Buying, changing and cancelling
/// need the admin role.
/// </summary>
public interface IOrganizationSubscriptionClient
{
    /// <summary>The team plan, or <see langword="null"/> when the organization has none (the server's 404).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<OrganizationSubscription?> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts a Stripe checkout for a team plan; the plan starts after payment.</summary>
    /// <param name="tier"><see cref="SubscriptionTier.Standard"/> or <see cref="SubscriptionTier.Pro"/>.</param>
    /// <param name="interval">Monthly or annual billing.</param>
    /// <param name="seats">Seats to buy, at least 2 (priced per seat).</param>
    /// <param name="idempotencyKey">Your own key to make a repeat of this call harmless; <see langword="null"/> for a fresh UUID.</param>
    /// <param name="cancellationToken">Cancels the request and any retry.</param>
    /// <exception cref="ArgumentException">Another tier, an unset interval, or fewer than 2 seats.</exception>
    Task<CheckoutSession> CreateCheckoutAsync(SubscriptionTier tier, BillingInterval interval, int seats, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Changes the tier, interval or seat count; only the fields set in <paramref name="request"/> are sent.</summary>
    /// <param name="request">At least one field; seats at least 2 when set.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated plan.</returns>
    /// <exception cref="ArgumentException">Nothing set, another tier, or fewer than 2 seats.</exception>
    Task<OrganizationSubscription> UpdateAsync(UpdateSubscriptionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels the plan at the end of the current period; benefits last until then.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The plan, now with <see cref="OrganizationSubscription.CancelAtPeriodEnd"/> set and status canceling.</returns>
    Task<OrganizationSubscription> CancelAsync(CancellationToken cancellationToken = default);
}
