using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Wallet;

/// <summary>The state of a payment. Extensible: values qBraid adds later read fine and keep their wire string.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct PaymentStatus
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public PaymentStatus(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Paid; the credits or plan were delivered.</summary>
    public static PaymentStatus Succeeded { get; } = new("succeeded");

    /// <summary>Waiting for the payment provider.</summary>
    public static PaymentStatus Pending { get; } = new("pending");

    /// <summary>The payment did not go through; nothing was charged.</summary>
    public static PaymentStatus Failed { get; } = new("failed");

    /// <summary>Paid, then refunded.</summary>
    public static PaymentStatus Refunded { get; } = new("refunded");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator PaymentStatus(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<PaymentStatus>
    {
        protected override PaymentStatus Create(string value) => new(value);

        protected override string? ValueOf(PaymentStatus value) => value.Value;
    }
}
