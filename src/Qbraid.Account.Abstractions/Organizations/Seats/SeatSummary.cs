using System.Collections.Generic;
using Qbraid.Account.Billing;

namespace Qbraid.Account.Organizations.Seats;

/// <summary>The organization's team-plan seats: how many, how many are free, and who holds them.</summary>
public sealed record SeatSummary
{
    // The source-generated reader sets every init-only property, absent ones to null, so an
    // initializer alone would not keep the list non-null when the field is absent: the setter does.

    /// <summary>The plan tier of the seats; <see langword="null"/> without a team plan.</summary>
    public SubscriptionTier? Tier { get; init; }

    /// <summary>Seats bought.</summary>
    public int Total { get; init; }

    /// <summary>Seats held by members.</summary>
    public int Assigned { get; init; }

    /// <summary>Seats free to assign.</summary>
    public int Available { get; init; }

    /// <summary>Who holds a seat; empty (never <see langword="null"/>) when no one does.</summary>
    public IReadOnlyList<SeatAssignment> Assignments { get; init => field = value ?? []; } = [];
}
