using System.Diagnostics;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using Qbraid.Account.Benchmarks.Benchmarks;
using Qbraid.Account.Benchmarks.Infrastructure;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.Benchmarks;

/// <summary>
/// CI's quick check that the suite still works: every [Benchmark] method of every class, once,
/// through the real local server, with tiny sizes; the exports of all clients must be the same
/// bytes. Exits non-zero on any failure.
/// </summary>
public static class Smoke
{
    public static async Task<int> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        using var server = LocalServer.Start(TimeSpan.FromSeconds(60));
        Environment.SetEnvironmentVariable(BenchEnvironment.ServerUrlVariable, server.BaseUrl.ToString());
        Console.WriteLine($"smoke: server at {server.BaseUrl}");
        var failures = 0;

        var calls = new CallBenchmarks();
        failures += await RunAllAsync(calls, calls.Setup, calls.Cleanup, result => result switch
        {
            Identity.UserVerification verification => verification.Valid && verification.UserId.Length == 24,
            int count => count == CallBenchmarks.PageSize,
            _ => false,
        });

        var features = new FeatureCostBenchmarks();
        failures += await RunAllAsync(features, features.SetupTraced, features.Cleanup,
            result => result is Identity.UserVerification { Valid: true } verification && verification.UserId.Length == 24);

        var throughput = new ThroughputBenchmarks { Calls = 300, InFlight = 32 };
        failures += await RunAllAsync(throughput, throughput.Setup, throughput.Cleanup, _ => true);

        // 2,500 rows: three pages of 1,000, the last one short. Every client must write the same CSV.
        var outputs = new Dictionary<string, byte[]>();
        var export = new ExportBenchmarks { Rows = 2_500, Destination = static () => new MemoryStream() };
        failures += await RunAllAsync(export, export.Setup, export.Cleanup, result =>
        {
            if (result is not long rows || rows != 2_500) return false;
            return true;
        }, method => outputs[method] = ((MemoryStream)export.LastOutput!).ToArray());
        var flat = new ExportFlatBenchmarks { Rows = 1_001, Destination = static () => new CountingStream() };
        failures += await RunAllAsync(flat, flat.Setup, flat.Cleanup, result => result is 1_001L);

        var reference = outputs["Export_Baseline"];
        var text = Encoding.UTF8.GetString(reference);
        if (!text.StartsWith(TransactionCsvWriter.Header + "\r\n", StringComparison.Ordinal) || !text.Contains("\"Ada \"\"Countess\"\" Lovelace\"", StringComparison.Ordinal) || !text.Contains("Zoë", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("smoke: the baseline's CSV does not look like the expected export");
            failures++;
        }
        foreach (var (method, bytes) in outputs)
        {
            if (bytes.AsSpan().SequenceEqual(reference)) continue;
            Console.Error.WriteLine($"smoke: {method} wrote a different CSV than the baseline ({bytes.Length} vs {reference.Length} bytes)");
            failures++;
        }

        Console.WriteLine(failures == 0 ? $"smoke: all scenarios passed in {clock.Elapsed.TotalSeconds:F1} s" : $"smoke: {failures} failure(s)");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> RunAllAsync(object benchmarks, Action setup, Action cleanup, Func<object?, bool> check, Action<string>? after = null)
    {
        var failures = 0;
        var type = benchmarks.GetType();
        setup();
        try
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            {
                var name = $"{type.Name}.{method.Name}";
                try
                {
                    var task = (Task)method.Invoke(benchmarks, null)!;
                    await task.WaitAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
                    var result = task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
                    if (!check(result))
                    {
                        Console.Error.WriteLine($"smoke: {name} returned an unexpected result: {result}");
                        failures++;
                        continue;
                    }
                    after?.Invoke(method.Name);
                    Console.WriteLine($"smoke: {name} ok");
                }
                catch (Exception ex)
                {
                    Console.Error.WriteLine($"smoke: {name} failed: {(ex is TargetInvocationException { InnerException: { } inner } ? inner : ex)}");
                    failures++;
                }
            }
        }
        finally
        {
            cleanup();
        }
        return failures;
    }
}
