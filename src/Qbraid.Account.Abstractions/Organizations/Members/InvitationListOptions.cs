namespace Qbraid.Account.Organizations.Members;

/// <summary>Filters for <see cref="IMembersClient.ListInvitationsAsync"/>.</summary>
public sealed record InvitationListOptions
{
    /// <summary>Only invitations with this status; <see langword="null"/> for all.</summary>
    public InvitationStatus? Status { get; init; }

    /// <summary>Invitations per request, 1 to 100; <see langword="null"/> for the server's default (50).</summary>
    public int? PageSize { get; init; }
}
