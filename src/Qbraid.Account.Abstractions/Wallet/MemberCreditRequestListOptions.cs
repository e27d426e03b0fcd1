using Qbraid.Account.Billing;

namespace Qbraid.Account.Wallet;

/// <summary>Options for listing the caller's own credit requests in an organization.</summary>
public sealed record MemberCreditRequestListOptions
{
    /// <summary>Only requests in this status; <see langword="null"/> for all.</summary>
    public CreditRequestStatus? Status { get; init; }

    /// <summary>Items per page, 1 to 100; <see langword="null"/> for the default (50).</summary>
    public int? PageSize { get; init; }
}
