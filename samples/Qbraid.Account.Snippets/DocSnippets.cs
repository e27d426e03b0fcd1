using System.Text;
using System.Text.RegularExpressions;

namespace Qbraid.Account.Snippets;

/// <summary>
/// Keeps docs/ in step with compiled code. In a .cs file under samples/, a snippet is the lines
/// between <c>// begin-snippet: name</c> and <c>// end-snippet</c>, less their common indentation.
/// In a Markdown file under docs/, <c>&lt;!-- snippet: name --&gt;</c> on its own line is followed by
/// a <c>```csharp</c> fence whose content must be that snippet, byte for byte.
/// </summary>
internal static partial class DocSnippets
{
    private const string Fence = "```";

    [GeneratedRegex(@"^\s*// begin-snippet: ([a-z0-9][a-z0-9-]*)\s*$")]
    private static partial Regex BeginPattern();

    [GeneratedRegex(@"^\s*// end-snippet\s*$")]
    private static partial Regex EndPattern();

    [GeneratedRegex(@"^<!-- snippet: ([a-z0-9][a-z0-9-]*) -->\s*$")]
    private static partial Regex MarkerPattern();

    /// <summary>Every snippet under <paramref name="samplesRoot"/>, by name.</summary>
    public static Dictionary<string, string> Read(string samplesRoot, List<string> errors)
    {
        var snippets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(samplesRoot, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (IsBuildOutput(file)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var begin = BeginPattern().Match(lines[i]);
                if (!begin.Success) continue;
                var name = begin.Groups[1].Value;
                var end = i + 1;
                while (end < lines.Length && !EndPattern().IsMatch(lines[end]) && !BeginPattern().IsMatch(lines[end])) end++;
                if (end == lines.Length || !EndPattern().IsMatch(lines[end]))
                {
                    errors.Add($"{Relative(file)}:{i + 1}: snippet '{name}' has no '// end-snippet' before the next snippet or the end of the file.");
                    continue;
                }
                if (!snippets.TryAdd(name, Dedent(lines[(i + 1)..end])))
                    errors.Add($"{Relative(file)}:{i + 1}: snippet '{name}' is defined twice.");
                i = end;
            }
        }
        return snippets;
    }

    /// <summary>Compares (or, with <paramref name="update"/>, rewrites) every marked block under <paramref name="docsRoot"/>.</summary>
    /// <returns>How many marked blocks were checked.</returns>
    public static int Check(string docsRoot, IReadOnlyDictionary<string, string> snippets, bool update, List<string> errors)
    {
        var checkedBlocks = 0;
        foreach (var file in Directory.EnumerateFiles(docsRoot, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            var lines = text.Split(newline).ToList();
            var changed = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var marker = MarkerPattern().Match(lines[i]);
                if (!marker.Success) continue;
                var name = marker.Groups[1].Value;
                var where = $"{Relative(file)}:{i + 1}";
                if (i + 1 >= lines.Count || lines[i + 1] != Fence + "csharp")
                {
                    errors.Add($"{where}: snippet marker '{name}' must be followed by a ```csharp line.");
                    continue;
                }
                var close = i + 2;
                while (close < lines.Count && lines[close] != Fence) close++;
                if (close == lines.Count)
                {
                    errors.Add($"{where}: the ```csharp block of '{name}' is not closed.");
                    continue;
                }
                checkedBlocks++;
                if (!snippets.TryGetValue(name, out var code))
                {
                    errors.Add($"{where}: no '// begin-snippet: {name}' under samples/.");
                    continue;
                }
                var shown = string.Join("\n", lines.GetRange(i + 2, close - i - 2));
                if (shown == code) continue;
                if (update)
                {
                    lines.RemoveRange(i + 2, close - i - 2);
                    lines.InsertRange(i + 2, code.Split('\n'));
                    changed = true;
                }
                else
                {
                    errors.Add($"{where}: the block differs from snippet '{name}' ({FirstDifference(shown, code)}); run .ci/checks/docs-snippets.sh --update.");
                }
            }
            if (changed) File.WriteAllText(file, string.Join(newline, lines), new UTF8Encoding(false));
        }
        return checkedBlocks;
    }

    private static string Dedent(string[] lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", lines.Select(l => l.Trim().Length == 0 ? string.Empty : l[indent..].TrimEnd()));
    }

    private static string FirstDifference(string shown, string code)
    {
        var a = shown.Split('\n');
        var b = code.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < b.Length ? b[i] : "(end)";
            if (left != right) return $"line {i + 1} of the block: docs have \"{left}\", code has \"{right}\"";
        }
        return "whitespace";
    }

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        return parts.Contains("bin") || parts.Contains("obj");
    }

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
