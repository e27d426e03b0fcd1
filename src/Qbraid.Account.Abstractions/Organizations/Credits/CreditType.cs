using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Organizations.Credits;

/// <summary>
/// How transferred credits are labelled in members' wallets. Extensible: a type qBraid adds later
/// can be sent as its wire string. Compares case-insensitively; converts from a string implicitly.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly record struct CreditType
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public CreditType(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string, e.g. <c>org_allocated</c>.</summary>
    public string Value { get; }

    /// <summary>Credits allocated by the organization from its pool (the usual choice).</summary>
    public static CreditType OrgAllocated { get; } = new("org_allocated");

    /// <summary>Promotional credits.</summary>
    public static CreditType Promo { get; } = new("promo");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator CreditType(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<CreditType>
    {
        protected override CreditType Create(string value) => new(value);

        protected override string? ValueOf(CreditType value) => value.Value;
    }
}
