using System.Collections.Generic;

namespace Qbraid.Account.Organizations.Members;

/// <summary>What a bulk invitation did: the invitations sent and the rows the server turned down.</summary>
public sealed record BulkInvitationResult
{
    // The source-generated reader sets every init-only property, absent ones to null, so an
    // initializer alone would not keep the lists non-null when the fields are absent: the setters do.

    /// <summary>The invitations created, one per accepted row; never <see langword="null"/>.</summary>
    public IReadOnlyList<Invitation> Invited { get; init => field = value ?? []; } = [];

    /// <summary>The rows the server did not invite (e.g. already members), with their reasons; never <see langword="null"/>.</summary>
    public IReadOnlyList<BulkInvitationRejection> Rejected { get; init => field = value ?? []; } = [];
}
