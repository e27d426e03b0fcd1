using System;
using Qbraid.Account.Billing;

namespace Qbraid.Account.Wallet;

/// <summary>The plan shown on the wallet page.</summary>
public sealed record WalletPlan
{
    /// <summary>Free, standard or pro.</summary>
    public SubscriptionTier Tier { get; init; }

    /// <summary>Monthly or annual; <see langword="null"/> on the free tier.</summary>
    public BillingInterval? Interval { get; init; }

    /// <summary>Active, canceling (benefits last to the period's end) or canceled.</summary>
    public SubscriptionStatus Status { get; init; }

    /// <summary>When the current billing period ends (UTC); <see langword="null"/> without a paid plan.</summary>
    public DateTimeOffset? CurrentPeriodEnd { get; init; }
}
