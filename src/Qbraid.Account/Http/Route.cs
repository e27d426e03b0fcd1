using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;

namespace Qbraid.Account.Http;

/// <summary>
/// A path template such as <c>/organizations/{orgId}/members/{memberId}</c>, parsed once. The
/// template (never the filled path) is what logs and metrics show, so ids stay out of them.
/// Routes are static and live for the process, so they also cache what every call of theirs
/// would otherwise rebuild: the absolute URI of a parameterless route and the activity names.
/// </summary>
internal sealed class Route
{
    private static readonly string[] ActivityMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    private readonly string[] _literals;
    private readonly string?[] _activityNames = new string?[ActivityMethods.Length];
    private ResolvedUri? _uri;

    public Route(string template)
    {
        Template = template;
        var literals = new List<string>();
        var start = 0;
        while (true)
        {
            var open = template.IndexOf('{', start);
            if (open < 0)
            {
                literals.Add(template.Substring(start));
                break;
            }
            var close = template.IndexOf('}', open);
            literals.Add(template.Substring(start, open - start));
            start = close + 1;
        }
        _literals = literals.ToArray();
        ParameterCount = _literals.Length - 1;
    }

    public string Template { get; }

    public int ParameterCount { get; }

    /// <summary>The path of a route without placeholders.</summary>
    public string Format()
    {
        if (ParameterCount != 0) throw Mismatch(0);
        return _literals[0];
    }

    /// <summary>Fills the one placeholder, escaping the value as one path segment.</summary>
    public string Format(string value)
    {
        if (ParameterCount != 1) throw Mismatch(1);
        return string.Concat(_literals[0], Uri.EscapeDataString(value), _literals[1]);
    }

    /// <summary>Fills the placeholders in order, escaping each value as one path segment.</summary>
    public string Format(params string[] values)
    {
        if (values.Length != ParameterCount) throw Mismatch(values.Length);
        if (ParameterCount == 0) return _literals[0];
        var builder = new StringBuilder(Template.Length + 32);
        for (var i = 0; i < values.Length; i++)
        {
            builder.Append(_literals[i]);
            builder.Append(Uri.EscapeDataString(values[i]));
        }
        builder.Append(_literals[_literals.Length - 1]);
        return builder.ToString();
    }

    /// <summary>The absolute URI of this parameterless route under <paramref name="baseUrl"/>, built once per base URL.</summary>
    public Uri AbsoluteUri(Uri baseUrl)
    {
        var cached = _uri;
        if (cached is not null && ReferenceEquals(cached.BaseUrl, baseUrl)) return cached.Uri;
        var uri = new Uri(baseUrl, _literals[0].TrimStart('/'));
        _uri = new ResolvedUri(baseUrl, uri); // a race only builds it twice
        return uri;
    }

    /// <summary><c>qbraid GET /users/verify</c>: the activity name, built once per method.</summary>
    public string ActivityName(HttpMethod method)
    {
        var index = Array.IndexOf(ActivityMethods, method.Method);
        if (index < 0) return "qbraid " + method.Method + " " + Template;
        return _activityNames[index] ??= "qbraid " + method.Method + " " + Template;
    }

    public override string ToString() => Template;

    private InvalidOperationException Mismatch(int given)
        => new($"Route {Template} takes {ParameterCount} values, got {given}.");

    private sealed class ResolvedUri
    {
        public ResolvedUri(Uri baseUrl, Uri uri)
        {
            BaseUrl = baseUrl;
            Uri = uri;
        }

        public Uri BaseUrl { get; }

        public Uri Uri { get; }
    }
}
