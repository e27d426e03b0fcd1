using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Profile;

/// <summary>Whether a user account is active. Extensible: values qBraid adds later read fine and keep their wire string.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct UserStatus
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public UserStatus(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>The account can sign in and use qBraid.</summary>
    public static UserStatus Active { get; } = new("active");

    /// <summary>The account is deactivated.</summary>
    public static UserStatus Inactive { get; } = new("inactive");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator UserStatus(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<UserStatus>
    {
        protected override UserStatus Create(string value) => new(value);

        protected override string? ValueOf(UserStatus value) => value.Value;
    }
}
