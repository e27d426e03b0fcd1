namespace Qbraid.Account.Organizations.Transactions;

/// <summary>Where credits came from or went to in a <see cref="Transaction"/>.</summary>
public sealed record TransactionParty
{
    /// <summary>The organization's pool, a member, or an external party.</summary>
    public TransactionPartyKind Kind { get; init; }

    /// <summary>The organization's or member's 24-hex id; may be absent for an external party.</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }
}
