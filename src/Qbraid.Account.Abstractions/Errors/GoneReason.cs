using System;
using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account;

/// <summary>
/// Why something answered 410 Gone (<see cref="QbraidGoneException.Reason"/>): an invite code that
/// expired, was used up or was revoked. Extensible: compares case-insensitively and converts from a
/// string implicitly.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly record struct GoneReason
{
    /// <summary>Creates a reason from its wire string (stored lower-case).</summary>
    public GoneReason(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string, e.g. <c>expired</c>.</summary>
    public string Value { get; }

    /// <summary>Its expiry time has passed: ask an admin for a new code.</summary>
    public static GoneReason Expired { get; } = new("expired");

    /// <summary>An invite code reached its maximum number of uses: ask an admin for a new code.</summary>
    public static GoneReason UsedUp { get; } = new("used_up");

    /// <summary>An admin revoked it: it will not work again.</summary>
    public static GoneReason Revoked { get; } = new("revoked");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator GoneReason(string value) => new(value);

    /// <summary>
    /// The reason named by a server error code, or <see langword="null"/> when it names none of the
    /// known ones. Tolerates case, separators and prefixes: <c>expired</c>, <c>USED_UP</c>,
    /// <c>used-up</c>, <c>INVITE_CODE_REVOKED</c> and <c>inviteCodeExpired</c> all match.
    /// </summary>
    internal static GoneReason? FromErrorCode(string? errorCode)
    {
        if (errorCode is null) return null;
        var letters = new char[errorCode.Length];
        var count = 0;
        foreach (var c in errorCode)
            if (char.IsLetterOrDigit(c)) letters[count++] = char.ToLowerInvariant(c);
        var squashed = new string(letters, 0, count);
        if (squashed.EndsWith("expired", StringComparison.Ordinal)) return Expired;
        if (squashed.EndsWith("usedup", StringComparison.Ordinal)) return UsedUp;
        if (squashed.EndsWith("revoked", StringComparison.Ordinal)) return Revoked;
        return null;
    }

    internal sealed class Converter : ExtensibleEnumConverter<GoneReason>
    {
        protected override GoneReason Create(string value) => new(value);

        protected override string? ValueOf(GoneReason value) => value.Value;
    }
}
