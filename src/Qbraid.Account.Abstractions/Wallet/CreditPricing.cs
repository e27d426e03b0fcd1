namespace Qbraid.Account.Wallet;

/// <summary>What credits cost (<c>GET /billing/credits/pricing</c>); documented as 1 credit = $0.01.</summary>
public sealed record CreditPricing
{
    /// <summary>US dollars per credit (0.01).</summary>
    public decimal UsdPerCredit { get; init; }

    /// <summary>Credits per US dollar (100).</summary>
    public decimal CreditsPerUsd { get; init; }
}
