using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Billing;

/// <summary>How often a plan is billed. Extensible: values qBraid adds later read fine and keep their wire string.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct BillingInterval
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public BillingInterval(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Billed every month.</summary>
    public static BillingInterval Monthly { get; } = new("monthly");

    /// <summary>Billed once a year, at a lower monthly price.</summary>
    public static BillingInterval Annual { get; } = new("annual");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator BillingInterval(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<BillingInterval>
    {
        protected override BillingInterval Create(string value) => new(value);

        protected override string? ValueOf(BillingInterval value) => value.Value;
    }
}
