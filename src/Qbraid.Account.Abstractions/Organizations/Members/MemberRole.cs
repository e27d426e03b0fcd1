using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Organizations.Members;

/// <summary>
/// A member's role in an organization. Extensible: a role qBraid adds later reads fine and keeps
/// its wire string. Compares case-insensitively; converts from a string implicitly.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly record struct MemberRole
{
    /// <summary>Creates a role from its wire string (stored lower-case).</summary>
    public MemberRole(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string, e.g. <c>admin</c>.</summary>
    public string Value { get; }

    /// <summary>Exactly one per organization, set at creation: can't be reassigned, removed, suspended or leave.</summary>
    public static MemberRole Owner { get; } = new("owner");

    /// <summary>Can do everything.</summary>
    public static MemberRole Admin { get; } = new("admin");

    /// <summary>Manages devices, jobs, projects and members' resource access; can view billing; can't change settings or assign seats.</summary>
    public static MemberRole Manager { get; } = new("manager");

    /// <summary>Uses resources only.</summary>
    public static MemberRole Member { get; } = new("member");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator MemberRole(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<MemberRole>
    {
        protected override MemberRole Create(string value) => new(value);

        protected override string? ValueOf(MemberRole value) => value.Value;
    }
}
