using System;

namespace Qbraid.Account.Organizations.Transactions;

/// <summary>
/// One credit movement in the organization's log. <see cref="Amount"/> is positive;
/// <see cref="From"/> and <see cref="To"/> say which way the credits moved.
/// </summary>
public sealed record Transaction
{
    /// <summary>The transaction's 24-hex id.</summary>
    public required string Id { get; init; }

    /// <summary>When the credits moved (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>What moved them, e.g. <see cref="TransactionType.Transfer"/>.</summary>
    public TransactionType Type { get; init; }

    /// <summary>Credits moved (1 credit = $0.01); positive.</summary>
    public decimal Amount { get; init; }

    /// <summary>Where the credits came from.</summary>
    public TransactionParty? From { get; init; }

    /// <summary>Where the credits went.</summary>
    public TransactionParty? To { get; init; }

    /// <summary>Who caused the movement.</summary>
    public TransactionActor? Actor { get; init; }

    /// <summary>A human-readable description.</summary>
    public string? Description { get; init; }
}
