namespace Qbraid.Account.Organizations.Members;

/// <summary>An invitation to join the organization (<see cref="IMembersClient.InviteAsync"/>). The invitee needs no qBraid account yet.</summary>
public sealed record InviteMemberRequest
{
    /// <summary>The invitee's e-mail address.</summary>
    public required string Email { get; init; }

    /// <summary>The role given on joining: <c>admin</c>, <c>manager</c> or <c>member</c> (the default). An invitation can't make an owner.</summary>
    public MemberRole Role { get; init; } = MemberRole.Member;

    /// <summary>
    /// Credits (0 or more; 1 credit = $0.01) that move from the organization's pool to the invitee
    /// when the invitation is accepted. They stay in the pool while it is pending, and for good if it
    /// is cancelled, declined or expires. <see langword="null"/> for none.
    /// </summary>
    public decimal? Credits { get; init; }

    /// <summary>A personal note included in the invitation e-mail.</summary>
    public string? Message { get; init; }
}
