using System;
using Qbraid.Account.Billing;

namespace Qbraid.Account.Organizations.Subscription;

/// <summary>An organization's team plan (<c>GET /organizations/{orgId}/subscription</c>).</summary>
public sealed record OrganizationSubscription
{
    /// <summary>The tier: <see cref="SubscriptionTier.Standard"/> or <see cref="SubscriptionTier.Pro"/>.</summary>
    public SubscriptionTier Tier { get; init; }

    /// <summary>Monthly or annual billing; <see langword="null"/> if the server omits it.</summary>
    public BillingInterval? Interval { get; init; }

    /// <summary>Seats paid for (at least 2 on a team plan).</summary>
    public int Seats { get; init; }

    /// <summary>Active, canceling (ends at the period's end) or canceled.</summary>
    public SubscriptionStatus Status { get; init; }

    /// <summary>When the current billing period ends (UTC).</summary>
    public DateTimeOffset? CurrentPeriodEnd { get; init; }

    /// <summary><see langword="true"/> when the plan ends at <see cref="CurrentPeriodEnd"/> instead of renewing.</summary>
    public bool CancelAtPeriodEnd { get; init; }
}
