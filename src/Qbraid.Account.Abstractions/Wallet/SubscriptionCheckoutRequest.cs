using Qbraid.Account.Billing;

namespace Qbraid.Account.Wallet;

/// <summary>A personal plan to buy (<c>POST /billing/subscription/checkout</c>).</summary>
public sealed record SubscriptionCheckoutRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="tier"><see cref="SubscriptionTier.Standard"/> or <see cref="SubscriptionTier.Pro"/>.</param>
    /// <param name="interval"><see cref="BillingInterval.Monthly"/> or <see cref="BillingInterval.Annual"/>.</param>
    public SubscriptionCheckoutRequest(SubscriptionTier tier, BillingInterval interval)
    {
        Tier = tier;
        Interval = interval;
    }

    /// <summary><see cref="SubscriptionTier.Standard"/> ($20/month, $16 billed annually) or <see cref="SubscriptionTier.Pro"/> ($100/month, $80 billed annually); free can't be bought.</summary>
    public SubscriptionTier Tier { get; init; }

    /// <summary><see cref="BillingInterval.Monthly"/> or <see cref="BillingInterval.Annual"/>.</summary>
    public BillingInterval Interval { get; init; }
}
