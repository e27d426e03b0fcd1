using System;

namespace Qbraid.Account.Organizations.Members;

/// <summary>A member of an organization, including invited members who have not joined yet (status <c>pending</c>).</summary>
public sealed record OrganizationMember
{
    /// <summary>The member's 24-hex id in this organization (not the user id): pass it to the member and seat calls.</summary>
    public required string Id { get; init; }

    /// <summary>The qBraid user's 24-hex id; <see langword="null"/> while an invitee has no account.</summary>
    public string? UserId { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The qBraid user name.</summary>
    public string? UserName { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Owner, admin, manager or member.</summary>
    public MemberRole Role { get; init; }

    /// <summary>Active, pending or suspended.</summary>
    public MemberStatus Status { get; init; }

    /// <summary>The team-plan seat the member holds, or <see langword="null"/> without one.</summary>
    public MemberSeat? Seat { get; init; }

    /// <summary>Credits in the member's wallet that came from the organization (1 credit = $0.01).</summary>
    public decimal Credits { get; init; }

    /// <summary>When the member was invited (UTC).</summary>
    public DateTimeOffset? InvitedAt { get; init; }

    /// <summary>When the member joined (UTC); <see langword="null"/> while pending.</summary>
    public DateTimeOffset? JoinedAt { get; init; }
}
