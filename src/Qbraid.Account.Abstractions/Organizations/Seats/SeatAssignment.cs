using System;

namespace Qbraid.Account.Organizations.Seats;

/// <summary>A team-plan seat held by a member.</summary>
public sealed record SeatAssignment
{
    /// <summary>The member's 24-hex id.</summary>
    public required string MemberId { get; init; }

    /// <summary>The member's display name.</summary>
    public string? Name { get; init; }

    /// <summary>The member's e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>When the seat was assigned (UTC).</summary>
    public DateTimeOffset? AssignedAt { get; init; }
}
