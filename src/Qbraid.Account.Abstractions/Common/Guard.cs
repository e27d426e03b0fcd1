using System;
using System.Collections.Generic;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Common;

/// <summary>
/// Argument checks shared by every client, so each rule has one wording. They run before any
/// request is built: a failing check means the server sees nothing.
/// </summary>
internal static class Guard
{
    public static bool IsObjectId(string? value)
    {
        if (value is null || value.Length != 24) return false;
        foreach (var c in value)
        {
            var hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex) return false;
        }
        return true;
    }

    /// <summary>A 24-hex MongoDB ObjectId, as qBraid uses for every id.</summary>
    public static string ObjectId(string? value, string paramName)
    {
        if (value is null) throw new ArgumentNullException(paramName, $"{paramName} is required: a 24-character hexadecimal id.");
        if (!IsObjectId(value))
            throw new ArgumentException($"{paramName} must be a 24-character hexadecimal id (got {Describe(value)}).", paramName);
        return value;
    }

    public static string NotBlank(string? value, string paramName, int maxLength = int.MaxValue)
    {
        if (value is null) throw new ArgumentNullException(paramName, $"{paramName} is required and must not be empty.");
        if (value.Trim().Length == 0) throw new ArgumentException($"{paramName} must not be empty or whitespace.", paramName);
        if (value.Length > maxLength) throw new ArgumentException($"{paramName} must be at most {maxLength} characters (got {value.Length}).", paramName);
        return value;
    }

    /// <summary>
    /// Optional free text (a message, note, reason, promo code): leaving it out is fine, but a
    /// value that is given must say something; an empty form field is refused, not sent.
    /// </summary>
    public static string? OptionalText(string? value, string paramName)
        => value is null ? null : NotBlank(value, paramName);

    public static T NotNull<T>(T? value, string paramName) where T : class
        => value ?? throw new ArgumentNullException(paramName, $"{paramName} is required.");

    public static decimal Positive(decimal value, string paramName)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be greater than zero.");
        return value;
    }

    public static decimal InRange(decimal value, decimal min, decimal max, string paramName)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be between {min} and {max}.");
        return value;
    }

    public static int InRange(int value, int min, int max, string paramName)
    {
        if (value < min || value > max)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be between {min} and {max}.");
        return value;
    }

    public static int AtLeast(int value, int min, string paramName)
    {
        if (value < min) throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be at least {min}.");
        return value;
    }

    /// <summary>A plausible e-mail address: one '@', a non-empty local part, a dotted domain, no spaces.</summary>
    public static bool IsEmail(string? value)
    {
        if (value is null || value.Length > 254) return false;
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1) return false;
        foreach (var c in value)
            if (char.IsWhiteSpace(c) || c == ',' || c == ';' || c == '<' || c == '>' || c == '"') return false;
        var domain = value.Substring(at + 1);
        var dot = domain.IndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && !domain.Contains("..");
    }

    public static string Email(string? value, string paramName)
    {
        if (value is null) throw new ArgumentNullException(paramName, $"{paramName} is required: an e-mail address.");
        if (!IsEmail(value)) throw new ArgumentException($"{paramName} must be an e-mail address like name@example.com (got {Describe(value)}).", paramName);
        return value;
    }

    public static IReadOnlyList<T> NotEmpty<T>(IReadOnlyList<T>? values, string paramName)
    {
        if (values is null) throw new ArgumentNullException(paramName, $"{paramName} is required.");
        if (values.Count == 0) throw new ArgumentException($"{paramName} must contain at least one item.", paramName);
        return values;
    }

    public static decimal NotNegative(decimal value, string paramName)
    {
        if (value < 0) throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be zero or more.");
        return value;
    }

    /// <summary>
    /// Why <paramref name="role"/> can't be given to a member by an admin (invite, role change), or
    /// <see langword="null"/> when it can: only admin, manager and member. The owner is fixed at creation.
    /// </summary>
    public static string? WhyNotAssignableRole(MemberRole role)
    {
        if (role.Value is null || role.Value.Length == 0) return "a role is required (admin, manager or member)";
        if (role == MemberRole.Admin || role == MemberRole.Manager || role == MemberRole.Member) return null;
        if (role == MemberRole.Owner) return "the owner role can't be given (there is exactly one owner, set at creation); use admin, manager or member";
        return $"unknown role {Describe(role.Value)}; use admin, manager or member";
    }

    /// <summary>A role an admin may give: admin, manager or member.</summary>
    public static MemberRole AssignableRole(MemberRole role, string paramName)
    {
        if (WhyNotAssignableRole(role) is { } reason) throw new ArgumentException($"{paramName} is invalid: {reason}.", paramName);
        return role;
    }

    /// <summary>
    /// An extensible wire enum (e.g. <c>MemberRole</c>) that was actually set: <c>default</c> has no
    /// wire string to send. Returns the wire string.
    /// </summary>
    public static string WireValue(string? wireValue, string paramName)
    {
        if (string.IsNullOrEmpty(wireValue))
            throw new ArgumentException($"{paramName} must be set to a value, e.g. one of its static members (default is not a value).", paramName);
        return wireValue!;
    }

    /// <summary>One of the values a request may carry, e.g. a tier that can be bought.</summary>
    public static T OneOf<T>(T value, string paramName, params T[] allowed)
    {
        foreach (var candidate in allowed)
            if (EqualityComparer<T>.Default.Equals(value, candidate)) return value;
        throw new ArgumentException($"{paramName} must be one of {string.Join(", ", allowed)} (got '{value}').", paramName);
    }

    /// <summary>An absolute http or https URL.</summary>
    public static string HttpUrl(string? value, string paramName)
    {
        if (value is null) throw new ArgumentNullException(paramName, $"{paramName} is required: an absolute http(s) URL.");
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https") || uri.Host.Length == 0)
            throw new ArgumentException($"{paramName} must be an absolute http(s) URL like https://example.com (got {Describe(value)}).", paramName);
        return value;
    }

    /// <summary>A PATCH request must set at least one field: an empty update is almost always a caller's mistake.</summary>
    public static void AnyFieldSet(bool anySet, string paramName)
    {
        if (!anySet) throw new ArgumentException($"{paramName} sets no field: set at least one property to change.", paramName);
    }

    /// <summary>One of the usage ranges the API accepts (7, 14, 30 or 90 days); returns the day count.</summary>
    public static int UsageRange(Usage.UsageRange value, string paramName)
    {
        switch (value)
        {
            case Usage.UsageRange.Last7Days:
            case Usage.UsageRange.Last14Days:
            case Usage.UsageRange.Last30Days:
            case Usage.UsageRange.Last90Days:
                return (int)value;
            default:
                throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be Last7Days, Last14Days, Last30Days or Last90Days (the API accepts only 7, 14, 30 or 90 days).");
        }
    }

    /// <summary>Shortest invite code the API issues.</summary>
    public const int InviteCodeMinLength = 8;

    /// <summary>Longest invite code the API issues.</summary>
    public const int InviteCodeMaxLength = 32;

    /// <summary>
    /// An invite code as the API issues them: 8 to 32 characters, each a letter A-Z or a-z, a digit
    /// or '-'. Whitespace around it (a pasted code) is dropped; returns the trimmed code, case kept.
    /// </summary>
    public static string InviteCode(string? value, string paramName)
    {
        if (value is null) throw new ArgumentNullException(paramName, $"{paramName} is required: an invite code.");
        var code = value.Trim();
        if (code.Length == 0) throw new ArgumentException($"{paramName} must not be empty or whitespace.", paramName);
        var valid = code.Length >= InviteCodeMinLength && code.Length <= InviteCodeMaxLength;
        for (var i = 0; valid && i < code.Length; i++)
        {
            var c = code[i];
            valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        }
        if (!valid)
            throw new ArgumentException($"{paramName} must be an invite code of {InviteCodeMinLength} to {InviteCodeMaxLength} letters, digits or '-' (got {Describe(code)}).", paramName);
        return code;
    }

    /// <summary>A role an invite code may give: manager or member. Admins and the owner are never made by a shareable code.</summary>
    public static MemberRole InviteCodeRole(MemberRole role, string paramName)
    {
        if (role == MemberRole.Manager || role == MemberRole.Member) return role;
        var reason = string.IsNullOrEmpty(role.Value) ? "a role is required"
            : role == MemberRole.Owner ? "an invite code can't make an owner"
            : role == MemberRole.Admin ? "an invite code can't make an admin (invite admins by e-mail instead)"
            : $"unknown role {Describe(role.Value)}";
        throw new ArgumentException($"{paramName} is invalid: {reason}; use manager or member.", paramName);
    }

    /// <summary>A time strictly after <paramref name="now"/>, e.g. an expiry.</summary>
    public static DateTimeOffset InFuture(DateTimeOffset value, DateTimeOffset now, string paramName)
    {
        if (value <= now)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be in the future (got {Utc(value)}, now {Utc(now)}).");
        return value;
    }

    private static string Utc(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// An API key as it can travel in the <c>X-API-KEY</c> header: visible ASCII only (no spaces,
    /// line breaks or accents, which would break or inject headers). The message never repeats the key.
    /// </summary>
    public static string ApiKey(string? value, string paramName)
    {
        if (value is null) throw new ArgumentNullException(paramName, $"{paramName} is required: the API key.");
        if (value.Trim().Length == 0) throw new ArgumentException($"{paramName} must not be empty or whitespace.", paramName);
        if (!IsVisibleAscii(value))
            throw new ArgumentException($"{paramName} must contain only visible ASCII characters (no spaces, line breaks or accents): an API key never does.", paramName);
        return value;
    }

    /// <summary>
    /// A caller's <c>Idempotency-Key</c>: 1 to 255 printable ASCII characters, without leading or
    /// trailing spaces, so it reaches the server byte for byte and can't break or inject headers.
    /// </summary>
    public static string IdempotencyKey(string value, string paramName)
    {
        if (value.Trim().Length == 0 || value.Length > 255)
            throw new ArgumentException($"{paramName} must be 1 to 255 non-blank characters (or null for a generated UUID).", paramName);
        foreach (var c in value)
        {
            if (c < 0x20 || c > 0x7E)
                throw new ArgumentException($"{paramName} must contain only printable ASCII characters (no line breaks, tabs or accents): it travels as an HTTP header.", paramName);
        }
        if (value.Trim().Length != value.Length)
            throw new ArgumentException($"{paramName} must not start or end with a space: HTTP would drop it and the server would see a different key.", paramName);
        return value;
    }

    /// <summary>Only characters 0x21 to 0x7E: what a token-like header value may hold.</summary>
    public static bool IsVisibleAscii(string value)
    {
        foreach (var c in value)
            if (c < 0x21 || c > 0x7E) return false;
        return value.Length > 0;
    }

    /// <summary>Quotes a bad value for an error message, cut short so a pasted secret or blob stays out of logs.</summary>
    public static string Describe(string value)
        => value.Length == 0 ? "an empty string" : value.Length <= 40 ? $"'{value}'" : $"'{value.Substring(0, 12)}…' ({value.Length} characters)";
}
