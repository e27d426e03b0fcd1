using System;

namespace Qbraid.Account.Profile;

/// <summary>A request to delete the user's account (<c>POST /users/me/deletion-request</c>).</summary>
public sealed record AccountDeletionRequest
{
    /// <summary>The request's 24-hex id.</summary>
    public required string Id { get; init; }

    /// <summary>Pending until carried out; a pending request can be cancelled.</summary>
    public AccountDeletionStatus Status { get; init; }

    /// <summary>When it was requested (UTC).</summary>
    public DateTimeOffset? RequestedAt { get; init; }
}
