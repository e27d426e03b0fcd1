using Qbraid.Account.Billing;

namespace Qbraid.Account.Organizations.Credits;

/// <summary>Filters for the members' credit requests an admin sees.</summary>
public sealed record CreditRequestListOptions
{
    /// <summary>Only requests in this state (e.g. <see cref="CreditRequestStatus.Pending"/>); <see langword="null"/> for all.</summary>
    public CreditRequestStatus? Status { get; init; }

    /// <summary>Items per page, 1 to 100; <see langword="null"/> for the default (50).</summary>
    public int? PageSize { get; init; }
}
