using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Organizations.Members;

/// <summary>A member's status. Extensible: unknown statuses read fine.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct MemberStatus
{
    /// <summary>Creates a status from its wire string (stored lower-case).</summary>
    public MemberStatus(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string, e.g. <c>active</c>.</summary>
    public string Value { get; }

    /// <summary>A member with access.</summary>
    public static MemberStatus Active { get; } = new("active");

    /// <summary>Invited, not yet accepted.</summary>
    public static MemberStatus Pending { get; } = new("pending");

    /// <summary>Access suspended by an admin.</summary>
    public static MemberStatus Suspended { get; } = new("suspended");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator MemberStatus(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<MemberStatus>
    {
        protected override MemberStatus Create(string value) => new(value);

        protected override string? ValueOf(MemberStatus value) => value.Value;
    }
}
