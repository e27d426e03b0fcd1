namespace Qbraid.Account.Organizations.Members;

/// <summary>A row of a bulk invitation that the server did not invite, and why.</summary>
public sealed record BulkInvitationRejection
{
    /// <summary>The row's 1-based number, not counting the header: row 1 is the first invitee.</summary>
    public int Row { get; init; }

    /// <summary>The e-mail address on that row.</summary>
    public string? Email { get; init; }

    /// <summary>The server's reason, e.g. already a member.</summary>
    public string? Reason { get; init; }
}
