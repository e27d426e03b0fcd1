using System;

namespace Qbraid.Account.Organizations.Transactions;

/// <summary>Filters for the transaction log (and its CSV export); every filter is optional.</summary>
public sealed record TransactionListOptions
{
    /// <summary>Only transactions of this type.</summary>
    public TransactionType? Type { get; init; }

    /// <summary>Only transactions at or after this instant (sent as ISO 8601 UTC).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Only transactions at or before this instant (sent as ISO 8601 UTC); not before <see cref="From"/>.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only transactions involving this member (24-hex id).</summary>
    public string? MemberId { get; init; }

    /// <summary>Items per page, 1 to 100; <see langword="null"/> for the default (50 for lists, 100 for CSV export).</summary>
    public int? PageSize { get; init; }
}
