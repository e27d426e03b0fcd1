// The documentation's code, compiled and run.
//   dotnet run --project samples/Qbraid.Account.Snippets                 run every snippet against the sandbox
//   dotnet run --project samples/Qbraid.Account.Snippets -- check-docs   fail if a docs/ block differs from its snippet
//   dotnet run --project samples/Qbraid.Account.Snippets -- update-docs  rewrite the docs/ blocks from the snippets
using System.Diagnostics;
using Qbraid.Account.Snippets;

var mode = args.Length > 0 ? args[0] : "run";
switch (mode)
{
    case "check-docs" or "update-docs":
    {
        var root = args.Length > 1 ? args[1] : FindRepositoryRoot();
        var errors = new List<string>();
        var snippets = DocSnippets.Read(Path.Combine(root, "samples"), errors);
        var blocks = DocSnippets.Check(Path.Combine(root, "docs"), snippets, update: mode == "update-docs", errors);
        foreach (var error in errors) Console.Error.WriteLine(error);
        Console.WriteLine($"{blocks} marked blocks in docs/, {snippets.Count} snippets under samples/, {errors.Count} problems{(mode == "update-docs" ? " (blocks rewritten)" : string.Empty)}.");
        return errors.Count == 0 && blocks > 0 ? 0 : 1;
    }
    case "run":
    {
        var failures = 0;
        var total = Stopwatch.StartNew();
        foreach (var (name, snippet) in SnippetCatalog.All)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await SnippetEnvironment.RunAsync(snippet);
                Console.WriteLine($"ok    {name} ({watch.ElapsedMilliseconds} ms)");
            }
            catch (Exception e)
            {
                failures++;
                Console.Error.WriteLine($"FAIL  {name}: {e}");
            }
        }
        Console.WriteLine($"{SnippetCatalog.All.Count - failures} snippets ran, {failures} failed, in {total.Elapsed.TotalSeconds:F1} s.");
        return failures == 0 ? 0 : 1;
    }
    default:
        Console.Error.WriteLine("Usage: Qbraid.Account.Snippets [run | check-docs [repo] | update-docs [repo]]");
        return 2;
}

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Qbraid.Account.sln"))) return dir.FullName;
    }
    throw new InvalidOperationException("Run from inside the repository, or pass its path.");
}
