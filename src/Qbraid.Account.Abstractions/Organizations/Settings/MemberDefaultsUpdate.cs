using System.Text.Json.Serialization;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Organizations.Settings;

/// <summary>
/// Changes to <see cref="MemberDefaults"/> inside an <see cref="UpdateOrganizationSettingsRequest"/>:
/// only the fields you assign are sent; set at least one.
/// </summary>
public sealed record MemberDefaultsUpdate
{
    /// <summary>Whether new members get the default role automatically.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> AutoAssignDefaultRole { get; init; }

    /// <summary>The role for new members: <see cref="MemberRole.Member"/>, <see cref="MemberRole.Manager"/> or <see cref="MemberRole.Admin"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<MemberRole> DefaultRole { get; init; }

    /// <summary>Whether a free seat is assigned automatically on joining.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<bool> AutoAssignSeats { get; init; }

    /// <summary>Credits moved from the pool to a member when a seat is assigned: 0 to 100,000.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<decimal> SeatAssignmentCredits { get; init; }
}
