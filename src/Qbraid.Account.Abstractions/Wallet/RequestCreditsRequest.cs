namespace Qbraid.Account.Wallet;

/// <summary>A member's request for credits from the organization's pool (<c>POST /billing/credits/requests</c>, organization workspace only).</summary>
public sealed record RequestCreditsRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="amount">Credits to ask for, greater than zero (1 credit = $0.01).</param>
    /// <param name="reason">Why, shown to the admins; not blank when given.</param>
    public RequestCreditsRequest(decimal amount, string? reason = null)
    {
        Amount = amount;
        Reason = reason;
    }

    /// <summary>Credits to ask for, greater than zero (1 credit = $0.01).</summary>
    public decimal Amount { get; init; }

    /// <summary>Why, shown to the admins; <see langword="null"/> (not sent) for none.</summary>
    public string? Reason { get; init; }
}
