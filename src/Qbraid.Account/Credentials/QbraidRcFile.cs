using System;
using System.Collections.Generic;
using System.IO;

namespace Qbraid.Account.Credentials;

/// <summary>Reads qbraid-core's INI-style <c>qbraidrc</c>; only section <c>[default]</c> matters here.</summary>
internal static class QbraidRcFile
{
    /// <summary>The <c>[default]</c> section's keys (case-insensitive), or <see langword="null"/> when the file or section is missing or unreadable.</summary>
    public static IReadOnlyDictionary<string, string>? ReadDefaultSection(string path)
    {
        string[] lines;
        try
        {
            if (!File.Exists(path)) return null;
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // An unreadable config file is treated like a missing one; the "no key" error names the path.
            return null;
        }

        Dictionary<string, string>? section = null;
        var inDefault = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                inDefault = string.Equals(line.Substring(1, line.Length - 2).Trim(), "default", StringComparison.OrdinalIgnoreCase);
                if (inDefault) section ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                continue;
            }
            if (!inDefault) continue;
            var separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0) continue;
            section![line.Substring(0, separator).Trim()] = line.Substring(separator + 1).Trim();
        }
        return section;
    }
}
