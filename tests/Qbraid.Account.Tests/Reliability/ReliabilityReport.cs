using System.Text;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// Where the reliability tests put their figures for <c>docs/reliability.md</c>. Each test writes
/// one section file when <c>QBRAID_WRITE_RELIABILITY_DOC=1</c>; <c>scripts/reliability-report.sh</c>
/// runs the tests with it set and joins the sections, so the document is never typed by hand.
/// </summary>
public static class ReliabilityReport
{
    public const string Variable = "QBRAID_WRITE_RELIABILITY_DOC";

    public static bool Enabled => Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Writes <c>artifacts/reliability/&lt;order&gt;-&lt;name&gt;.md</c> under the repository root.</summary>
    public static void Write(string order, string name, string markdown)
    {
        if (!Enabled) return;
        var directory = Path.Combine(RepositoryRoot(), "artifacts", "reliability");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, $"{order}-{name}.md"), markdown.TrimEnd() + "\n", new UTF8Encoding(false));
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Qbraid.Account.sln"))) return dir.FullName;
        throw new InvalidOperationException("Qbraid.Account.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A markdown table; pipes in cells are escaped.</summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", header.Select(Cell))).Append(" |\n");
        text.Append('|').Append(string.Concat(header.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows) text.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
