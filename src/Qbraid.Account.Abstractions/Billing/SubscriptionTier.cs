using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Billing;

/// <summary>A plan tier. Extensible: values qBraid adds later read fine and keep their wire string.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct SubscriptionTier
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public SubscriptionTier(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>No paid plan (25 CPU hours, 15 GB).</summary>
    public static SubscriptionTier Free { get; } = new("free");

    /// <summary>Standard: $20/month or $16/month billed annually, per seat (400 CPU hours, 50 GB).</summary>
    public static SubscriptionTier Standard { get; } = new("standard");

    /// <summary>Pro: $100/month or $80/month billed annually, per seat (2,000 CPU hours, 150 GB).</summary>
    public static SubscriptionTier Pro { get; } = new("pro");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator SubscriptionTier(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<SubscriptionTier>
    {
        protected override SubscriptionTier Create(string value) => new(value);

        protected override string? ValueOf(SubscriptionTier value) => value.Value;
    }
}
