using System.Text.Json.Serialization;

namespace Qbraid.Account.Profile;

/// <summary>
/// Changes to the profile (<c>PATCH /users/me</c>). Only the fields you assign are sent; set at
/// least one. The e-mail address is read-only and can't be changed through the API.
/// </summary>
public sealed record UpdateProfileRequest
{
    /// <summary>A new user name: not blank, and unique across qBraid (a taken name fails with <see cref="QbraidConflictException"/>). Can't be cleared.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string> UserName { get; init; }

    /// <summary>A new given name; <see langword="null"/> clears it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> FirstName { get; init; }

    /// <summary>A new family name; <see langword="null"/> clears it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Optional<string?> LastName { get; init; }
}
