using System.Text.Json.Serialization;

namespace Qbraid.Account.Profile;

/// <summary>Changes to notification preferences (<c>PATCH /users/me/notifications</c>). Only the fields you assign are sent; set at least one.</summary>
public sealed record UpdateNotificationPreferencesRequest
{
    /// <summary>News about qBraid features.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> ProductUpdates { get; init; }

    /// <summary>Payments, plan changes and low balances.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> Billing { get; init; }

    /// <summary>Quantum job status.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> Jobs { get; init; }

    /// <summary>Invitations and changes in the user's organizations.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> Organization { get; init; }

    /// <summary>Sign-ins, API keys and other security events.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> Security { get; init; }
}
