using System;
using Qbraid.Account.Billing;

namespace Qbraid.Account.Wallet;

/// <summary>The personal plan (<c>GET /billing/subscription</c>).</summary>
public sealed record PersonalSubscription
{
    /// <summary>Free, standard or pro.</summary>
    public SubscriptionTier Tier { get; init; }

    /// <summary>Monthly or annual; <see langword="null"/> on the free tier.</summary>
    public BillingInterval? Interval { get; init; }

    /// <summary>Active, canceling or canceled.</summary>
    public SubscriptionStatus Status { get; init; }

    /// <summary>When the current billing period ends (UTC).</summary>
    public DateTimeOffset? CurrentPeriodEnd { get; init; }

    /// <summary><see langword="true"/> when the plan ends at <see cref="CurrentPeriodEnd"/> instead of renewing.</summary>
    public bool CancelAtPeriodEnd { get; init; }
}
