using System.Text.Json.Serialization;
using Qbraid.Account.Billing;

namespace Qbraid.Account.Organizations.Subscription;

/// <summary>
/// Changes to the team plan (PATCH): only the fields you assign are sent; set at least one.
/// <c>new UpdateSubscriptionRequest { Seats = 12 }</c>.
/// </summary>
public sealed record UpdateSubscriptionRequest
{
    /// <summary><see cref="SubscriptionTier.Standard"/> or <see cref="SubscriptionTier.Pro"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<SubscriptionTier> Tier { get; init; }

    /// <summary>Monthly or annual billing.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<BillingInterval> Interval { get; init; }

    /// <summary>
    /// Seats to pay for: at least 2, and never fewer than are assigned (the server refuses that).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<int> Seats { get; init; }
}
