using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Organizations.Settings;

/// <summary>What a member gets on joining the organization.</summary>
public sealed record MemberDefaults
{
    /// <summary>Whether new members get <see cref="DefaultRole"/> automatically.</summary>
    public bool AutoAssignDefaultRole { get; init; }

    /// <summary>The role given to new members: member, manager or admin.</summary>
    public MemberRole? DefaultRole { get; init; }

    /// <summary>Whether a free seat is assigned to a member automatically on joining.</summary>
    public bool AutoAssignSeats { get; init; }

    /// <summary>Credits moved from the pool to a member when a seat is assigned (0 to 100,000; 1 credit = $0.01).</summary>
    public decimal SeatAssignmentCredits { get; init; }
}
