using System;
using Qbraid.Account.Billing;

namespace Qbraid.Account.Organizations.Members;

/// <summary>The team-plan seat a member holds.</summary>
public sealed record MemberSeat
{
    /// <summary>The seat's plan tier, e.g. <c>standard</c> or <c>pro</c>.</summary>
    public SubscriptionTier? Tier { get; init; }

    /// <summary>When the seat was assigned (UTC).</summary>
    public DateTimeOffset? AssignedAt { get; init; }
}
