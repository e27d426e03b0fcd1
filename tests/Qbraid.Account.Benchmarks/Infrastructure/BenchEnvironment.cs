using System.Globalization;

namespace Qbraid.Account.Benchmarks.Infrastructure;

/// <summary>What the host passes to every benchmark process (through environment variables, which BenchmarkDotNet's child processes inherit).</summary>
public static class BenchEnvironment
{
    public const string ServerUrlVariable = "QBRAID_BENCH_SERVER_URL";
    public const string PeakDirectoryVariable = "QBRAID_BENCH_PEAK_DIR";

    public const string ApiKey = "qbr_bench_key_0123456789abcdef";

    public static Uri ServerUrl => new(Environment.GetEnvironmentVariable(ServerUrlVariable)
        ?? throw new InvalidOperationException($"{ServerUrlVariable} is not set: run the benchmarks through Program (it starts the local server)."));

    /// <summary>The lean server reads an organization id as the length of its transaction log.</summary>
    public static string OrganizationWithRows(long rows) => rows.ToString("D24", CultureInfo.InvariantCulture);

    public static string? PeakDirectory => Environment.GetEnvironmentVariable(PeakDirectoryVariable);
}
