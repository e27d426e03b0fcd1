using System;

namespace Qbraid.Account.Organizations.Members;

/// <summary>An invitation to join the organization, as the admins see it.</summary>
public sealed record Invitation
{
    /// <summary>The invitation's 24-hex id: pass it to <see cref="IMembersClient.CancelInvitationAsync"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The invitee's e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>The role the invitee gets on joining.</summary>
    public MemberRole Role { get; init; }

    /// <summary>Credits that move from the pool to the invitee on acceptance; <see langword="null"/> for none.</summary>
    public decimal? Credits { get; init; }

    /// <summary>The note included in the invitation e-mail.</summary>
    public string? Message { get; init; }

    /// <summary>Pending, accepted, cancelled, declined or expired.</summary>
    public InvitationStatus Status { get; init; }

    /// <summary>Who sent it (user id or name, as the server gives it).</summary>
    public string? InvitedBy { get; init; }

    /// <summary>When it was sent (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
