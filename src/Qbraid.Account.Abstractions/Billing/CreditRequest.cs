using System;

namespace Qbraid.Account.Billing;

/// <summary>A member's request for credits from the organization's pool.</summary>
public sealed record CreditRequest
{
    /// <summary>The request's 24-hex id.</summary>
    public required string Id { get; init; }

    /// <summary>Credits asked for (1 credit = $0.01).</summary>
    public decimal Amount { get; init; }

    /// <summary>The member's reason, if given.</summary>
    public string? Reason { get; init; }

    /// <summary>Pending, approved or denied.</summary>
    public CreditRequestStatus Status { get; init; }

    /// <summary>Who asked.</summary>
    public CreditRequester? RequestedBy { get; init; }

    /// <summary>When it was asked (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When an admin decided (UTC); <see langword="null"/> while pending.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>The admin who decided (user id or name, as the server gives it).</summary>
    public string? DecidedBy { get; init; }

    /// <summary>Credits granted (at most <see cref="Amount"/>); <see langword="null"/> unless approved.</summary>
    public decimal? ApprovedAmount { get; init; }

    /// <summary>The admin's note on the decision.</summary>
    public string? DecisionNote { get; init; }
}
