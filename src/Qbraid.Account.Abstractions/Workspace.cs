using System;
using Qbraid.Account.Common;

namespace Qbraid.Account;

/// <summary>
/// Which qBraid workspace a call acts in: the personal workspace ("qBraid Default") or one
/// organization. An immutable, equatable value; <c>default(Workspace)</c> is the personal workspace.
/// </summary>
/// <remarks>
/// An organization workspace sends <c>X-Organization-Id</c> on every request; the personal one sends none.
/// Text form: <c>personal</c> or <c>organization:&lt;24-hex id&gt;</c> (see <see cref="Parse"/>).
/// </remarks>
public readonly struct Workspace : IEquatable<Workspace>
{
    private const string PersonalText = "personal";
    private const string OrganizationPrefix = "organization:";

    private Workspace(string organizationId) => OrganizationId = organizationId;

    /// <summary>The personal workspace, "qBraid Default".</summary>
    public static Workspace Personal => default;

    /// <summary>The organization workspace for <paramref name="organizationId"/>.</summary>
    /// <param name="organizationId">The organization's id: 24 hexadecimal characters.</param>
    /// <exception cref="ArgumentException">The id is not 24 hexadecimal characters.</exception>
    public static Workspace Organization(string organizationId)
    {
        Guard.ObjectId(organizationId, nameof(organizationId));
        return new Workspace(organizationId.ToLowerInvariant());
    }

    /// <summary>The organization's id (lower-case 24-hex), or <see langword="null"/> for the personal workspace.</summary>
    public string? OrganizationId { get; }

    /// <summary>Whether this is the personal workspace or an organization.</summary>
    public WorkspaceKind Kind => OrganizationId is null ? WorkspaceKind.Personal : WorkspaceKind.Organization;

    /// <summary><see langword="true"/> for the personal workspace ("qBraid Default").</summary>
    public bool IsPersonal => OrganizationId is null;

    /// <summary>Reads the text form: <c>personal</c>, <c>organization:&lt;id&gt;</c>, or a bare 24-hex organization id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one of those forms.</exception>
    public static Workspace Parse(string text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        if (TryParse(text, out var workspace)) return workspace;
        throw new FormatException($"'{text}' is not a workspace: expected 'personal', 'organization:<24-hex id>' or a 24-hex organization id.");
    }

    /// <summary>Like <see cref="Parse"/>, but returns <see langword="false"/> instead of throwing.</summary>
    public static bool TryParse(string? text, out Workspace workspace)
    {
        workspace = default;
        if (text is null) return false;
        var trimmed = text.Trim();
        if (string.Equals(trimmed, PersonalText, StringComparison.OrdinalIgnoreCase))
            return true;
        if (trimmed.StartsWith(OrganizationPrefix, StringComparison.OrdinalIgnoreCase))
            trimmed = trimmed.Substring(OrganizationPrefix.Length);
        if (!Guard.IsObjectId(trimmed)) return false;
        workspace = new Workspace(trimmed.ToLowerInvariant());
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Workspace other) => string.Equals(OrganizationId, other.OrganizationId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Workspace other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => OrganizationId is null ? 0 : StringComparer.Ordinal.GetHashCode(OrganizationId);

    /// <summary><c>personal</c> or <c>organization:&lt;id&gt;</c>; round-trips through <see cref="Parse"/>.</summary>
    public override string ToString() => OrganizationId is null ? PersonalText : OrganizationPrefix + OrganizationId;

    /// <summary>Compares two workspaces by kind and organization id.</summary>
    public static bool operator ==(Workspace left, Workspace right) => left.Equals(right);

    /// <summary>Compares two workspaces by kind and organization id.</summary>
    public static bool operator !=(Workspace left, Workspace right) => !left.Equals(right);
}
