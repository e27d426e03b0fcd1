using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Billing;

/// <summary>A plan's state. Extensible: values qBraid adds later read fine and keep their wire string.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct SubscriptionStatus
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public SubscriptionStatus(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Active and renewing.</summary>
    public static SubscriptionStatus Active { get; } = new("active");

    /// <summary>Cancelled at period end: benefits last until then.</summary>
    public static SubscriptionStatus Canceling { get; } = new("canceling");

    /// <summary>Ended.</summary>
    public static SubscriptionStatus Canceled { get; } = new("canceled");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator SubscriptionStatus(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<SubscriptionStatus>
    {
        protected override SubscriptionStatus Create(string value) => new(value);

        protected override string? ValueOf(SubscriptionStatus value) => value.Value;
    }
}
