using System.Diagnostics;
using System.Reflection;

namespace Qbraid.Account.Benchmarks.Infrastructure;

/// <summary>
/// Starts the lean server (tests/Qbraid.Account.Benchmarks.Server) as a separate process on
/// 127.0.0.1 with a free port, and stops it on dispose (it also stops by itself when our end of
/// its standard input closes, so it can't outlive this process).
/// </summary>
public sealed class LocalServer : IDisposable
{
    private readonly Process _process;

    private LocalServer(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static LocalServer Start(TimeSpan timeout)
    {
        var assembly = Environment.GetEnvironmentVariable("QBRAID_BENCH_SERVER_DLL")
            ?? typeof(LocalServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "ServerAssembly").Value!;
        if (!File.Exists(assembly))
            throw new FileNotFoundException($"The benchmark server is not built: {assembly}. Build tests/Qbraid.Account.Benchmarks in the same configuration first.", assembly);

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the benchmark server.");

        var ready = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith("LISTENING ", StringComparison.Ordinal)) return line.Substring("LISTENING ".Length).Trim();
            }
            return null;
        });
        if (!ready.Wait(timeout) || ready.Result is null)
        {
            TryKill(process);
            throw new InvalidOperationException("The benchmark server did not report its address in time.");
        }
        // Keep draining its output so it never blocks on a full pipe.
        _ = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is not null) { }
        });
        return new LocalServer(process, new Uri(ready.Result));
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(10_000)) TryKill(_process);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }

    private static void TryKill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
