namespace Qbraid.Account.Wallet;

/// <summary>Credit spending over the last 30 days.</summary>
public sealed record WalletUsage
{
    /// <summary>Credits used in the last 30 days.</summary>
    public decimal CreditsUsed { get; init; }

    /// <summary>Average credits used per day: <see cref="CreditsUsed"/> / 30.</summary>
    public decimal BurnRatePerDay { get; init; }
}
