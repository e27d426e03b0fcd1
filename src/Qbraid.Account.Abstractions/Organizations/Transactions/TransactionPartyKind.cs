using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Organizations.Transactions;

/// <summary>
/// Which side of a transaction a party is. Extensible: a kind qBraid adds later reads fine and
/// keeps its wire string.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly record struct TransactionPartyKind
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public TransactionPartyKind(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string, e.g. <c>member</c>.</summary>
    public string Value { get; }

    /// <summary>The organization's credit pool.</summary>
    public static TransactionPartyKind Organization { get; } = new("organization");

    /// <summary>A member's personal wallet.</summary>
    public static TransactionPartyKind Member { get; } = new("member");

    /// <summary>Outside qBraid: a payment, or spending on compute.</summary>
    public static TransactionPartyKind External { get; } = new("external");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator TransactionPartyKind(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<TransactionPartyKind>
    {
        protected override TransactionPartyKind Create(string value) => new(value);

        protected override string? ValueOf(TransactionPartyKind value) => value.Value;
    }
}
