using System;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Organizations.InviteCodes;

/// <summary>A shareable code that lets anyone who has it join the organization (<see cref="Invitations.IInvitationsClient.JoinByCodeAsync"/>).</summary>
public sealed record InviteCode
{
    /// <summary>The code's 24-hex id: pass it to <see cref="IInviteCodesClient.RevokeAsync"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The code to share: 8 to 32 letters, digits or '-'.</summary>
    public required string Code { get; init; }

    /// <summary>The role given on joining: manager or member.</summary>
    public MemberRole Role { get; init; }

    /// <summary>How many people have joined with it.</summary>
    public int Uses { get; init; }

    /// <summary>How many may join with it (1 to 1,000); <see langword="null"/> for no limit.</summary>
    public int? MaxUses { get; init; }

    /// <summary>When it stops working (UTC); <see langword="null"/> for never.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Whether an admin revoked it; a revoked code never works again.</summary>
    public bool Revoked { get; init; }
}
