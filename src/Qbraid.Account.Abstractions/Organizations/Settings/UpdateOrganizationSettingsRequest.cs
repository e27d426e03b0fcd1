using System.Text.Json.Serialization;

namespace Qbraid.Account.Organizations.Settings;

/// <summary>
/// Changes to the settings (PATCH): only the fields you assign are sent; set at least one.
/// <c>new UpdateOrganizationSettingsRequest { Description = null, MemberDefaults = new MemberDefaultsUpdate { AutoAssignSeats = true } }</c>
/// clears the description and turns on automatic seats, leaving everything else as it is.
/// </summary>
public sealed record UpdateOrganizationSettingsRequest
{
    /// <summary>Display name; can't be cleared (null or blank is rejected).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> Name { get; init; }

    /// <summary>Free-text description; <see langword="null"/> clears it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> Description { get; init; }

    /// <summary>Website: an absolute http(s) URL; can't be cleared.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> Website { get; init; }

    /// <summary>Postal address; <see langword="null"/> clears it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> Address { get; init; }

    /// <summary>Changes to what new members get; only its assigned fields are sent.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<MemberDefaultsUpdate> MemberDefaults { get; init; }
}
