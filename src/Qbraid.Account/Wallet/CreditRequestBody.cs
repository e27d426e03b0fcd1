namespace Qbraid.Account.Wallet;

/// <summary>The body of <c>POST /billing/credits/requests</c>; a null reason is left out.</summary>
internal sealed record CreditRequestBody
{
    public decimal Amount { get; init; }

    public string? Reason { get; init; }
}
