using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Usage;

/// <summary>What AI chat currently draws on. Extensible: values qBraid adds later read fine and keep their wire string.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct AiChatStatus
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public AiChatStatus(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string.</summary>
    public string Value { get; }

    /// <summary>Within the plan's included AI quota.</summary>
    public static AiChatStatus Quota { get; } = new("quota");

    /// <summary>Over the quota and paying with credits (auto-switch on): about 1 credit per chat prompt, 2 per agent query, 5 per agent execution.</summary>
    public static AiChatStatus Credits { get; } = new("credits");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator AiChatStatus(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<AiChatStatus>
    {
        protected override AiChatStatus Create(string value) => new(value);

        protected override string? ValueOf(AiChatStatus value) => value.Value;
    }
}
