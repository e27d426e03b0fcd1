namespace Qbraid.Account.Profile;

/// <summary>Which e-mail notifications the user receives (<c>/users/me/notifications</c>).</summary>
public sealed record NotificationPreferences
{
    /// <summary>News about qBraid features.</summary>
    public bool ProductUpdates { get; init; }

    /// <summary>Payments, plan changes and low balances.</summary>
    public bool Billing { get; init; }

    /// <summary>Quantum job status.</summary>
    public bool Jobs { get; init; }

    /// <summary>Invitations and changes in the user's organizations.</summary>
    public bool Organization { get; init; }

    /// <summary>Sign-ins, API keys and other security events.</summary>
    public bool Security { get; init; }
}
