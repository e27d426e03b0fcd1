using System;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Invitations;

/// <summary>A pending invitation to join an organization, as the invitee sees it (<see cref="IInvitationsClient.ListAsync"/>).</summary>
public sealed record ReceivedInvitation
{
    /// <summary>The invitation's 24-hex id: pass it to <see cref="IInvitationsClient.AcceptAsync"/> or <see cref="IInvitationsClient.DeclineAsync"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The inviting organization's 24-hex id.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The inviting organization's name.</summary>
    public string? OrganizationName { get; init; }

    /// <summary>The role given on accepting.</summary>
    public MemberRole Role { get; init; }

    /// <summary>Credits (1 credit = $0.01) that move from the organization's pool to your wallet when you accept; <see langword="null"/> for none.</summary>
    public decimal? Credits { get; init; }

    /// <summary>The inviter's personal note.</summary>
    public string? Message { get; init; }

    /// <summary>Who sent it (user id or name, as the server gives it).</summary>
    public string? InvitedBy { get; init; }

    /// <summary>When it was sent (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
