using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.ApiKeys;

/// <summary>Whether an API key works. Extensible: values qBraid adds later read fine and keep their wire string.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct ApiKeyStatus
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public ApiKeyStatus(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>The key authenticates requests.</summary>
    public static ApiKeyStatus Active { get; } = new("active");

    /// <summary>The key no longer authenticates requests.</summary>
    public static ApiKeyStatus Inactive { get; } = new("inactive");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator ApiKeyStatus(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<ApiKeyStatus>
    {
        protected override ApiKeyStatus Create(string value) => new(value);

        protected override string? ValueOf(ApiKeyStatus value) => value.Value;
    }
}
