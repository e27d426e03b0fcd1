using System;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Organizations.InviteCodes;

/// <summary>A new invite code (<see cref="IInviteCodesClient.CreateAsync"/>).</summary>
public sealed record CreateInviteCodeRequest
{
    /// <summary>The role given on joining: <c>member</c> (the default) or <c>manager</c>. A shareable code can't make an admin or the owner.</summary>
    public MemberRole Role { get; init; } = MemberRole.Member;

    /// <summary>How many people may join with it: 1 to 1,000; <see langword="null"/> for no limit.</summary>
    public int? MaxUses { get; init; }

    /// <summary>When it stops working; must be in the future. Sent in UTC. <see langword="null"/> for never.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
