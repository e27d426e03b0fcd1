using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Profile;

/// <summary>Where a request to delete the account stands. Extensible: values qBraid adds later read fine and keep their wire string.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct AccountDeletionStatus
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public AccountDeletionStatus(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Requested and not yet carried out; it can still be cancelled.</summary>
    public static AccountDeletionStatus Pending { get; } = new("pending");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator AccountDeletionStatus(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<AccountDeletionStatus>
    {
        protected override AccountDeletionStatus Create(string value) => new(value);

        protected override string? ValueOf(AccountDeletionStatus value) => value.Value;
    }
}
