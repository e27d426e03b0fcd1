using System;
using System.Collections.Generic;
using System.Text;

namespace Qbraid.Account.Http;

/// <summary>
/// A path template such as <c>/organizations/{orgId}/members/{memberId}</c>, parsed once. The
/// template (never the filled path) is what logs and metrics show, so ids stay out of them.
/// </summary>
internal sealed class Route
{
    private readonly string[] _literals;

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

    /// <summary>Fills the placeholders in order, escaping each value as one path segment.</summary>
    public string Format(params string[] values)
    {
        if (values.Length != ParameterCount)
            throw new InvalidOperationException($"Route {Template} takes {ParameterCount} values, got {values.Length}.");
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

    public override string ToString() => Template;
}
