namespace Qbraid.Account.Testing.Http;

/// <summary>
/// A path as tests write it: relative to the base URL (<c>/users/me</c>), with or without the
/// <c>/api/v1</c> prefix, concrete or a template where <c>{name}</c> or <c>*</c> matches any one segment.
/// </summary>
internal sealed class PathPattern
{
    public const string ApiPrefix = "/api/v1";

    private readonly string[] _segments;

    public PathPattern(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        Text = pattern;
        _segments = Split(Normalize(pattern));
    }

    public string Text { get; }

    /// <summary>The path relative to the API base: <c>/api/v1/users/me</c> → <c>/users/me</c>.</summary>
    public static string Normalize(string path)
    {
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
            path = absolute.AbsolutePath;
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        if (!path.StartsWith('/')) path = "/" + path;
        if (path.StartsWith(ApiPrefix + "/", StringComparison.OrdinalIgnoreCase) || path.Equals(ApiPrefix, StringComparison.OrdinalIgnoreCase))
            path = path[ApiPrefix.Length..];
        path = path.TrimEnd('/');
        return path.Length == 0 ? "/" : path;
    }

    public bool Matches(string relativePath)
    {
        var segments = Split(relativePath);
        if (segments.Length != _segments.Length) return false;
        for (var i = 0; i < segments.Length; i++)
        {
            var expected = _segments[i];
            if (expected == "*" || (expected.StartsWith('{') && expected.EndsWith('}'))) continue;
            if (!string.Equals(expected, segments[i], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    public static bool MethodMatches(string expected, string actual)
        => expected == "*" || string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase);

    private static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
