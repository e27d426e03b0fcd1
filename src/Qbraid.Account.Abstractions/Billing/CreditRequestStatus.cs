using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Billing;

/// <summary>Where a member's credit request stands. Extensible: values qBraid adds later read fine and keep their wire string.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct CreditRequestStatus
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public CreditRequestStatus(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Waiting for an admin.</summary>
    public static CreditRequestStatus Pending { get; } = new("pending");

    /// <summary>Approved, in full or in part: see ApprovedAmount.</summary>
    public static CreditRequestStatus Approved { get; } = new("approved");

    /// <summary>Denied by an admin.</summary>
    public static CreditRequestStatus Denied { get; } = new("denied");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator CreditRequestStatus(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<CreditRequestStatus>
    {
        protected override CreditRequestStatus Create(string value) => new(value);

        protected override string? ValueOf(CreditRequestStatus value) => value.Value;
    }
}
