using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Qbraid.Account.Benchmarks.Clients;

/// <summary>
/// The SDK as a user gets it: through <c>services.AddQbraidAccount(...)</c> in a host with logging,
/// and through <c>new QbraidAccountClient(options, loggerFactory)</c>. Retries, timeouts, the attempt
/// log and the ActivitySource/Meter are all on with their defaults; the logger is enabled at
/// Information (like a host's console logger), which is what a production app runs with.
/// </summary>
public static class SdkClients
{
    public static (IQbraidAccountClient Client, IDisposable Owner) ViaDependencyInjection(Uri baseUrl, string apiKey)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new DiscardingLoggerProvider()));
        services.AddQbraidAccount(options =>
        {
            options.ApiKey = apiKey;
            options.BaseUrl = baseUrl;
            options.UseEnvironment = false;
        });
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IQbraidAccountClient>(), provider);
    }

    public static (IQbraidAccountClient Client, IDisposable Owner) ViaConstructor(Uri baseUrl, string apiKey)
    {
        var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new DiscardingLoggerProvider()));
        var client = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = apiKey, BaseUrl = baseUrl, UseEnvironment = false }, loggerFactory);
        return (client, new Both(client, loggerFactory));
    }

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }

    /// <summary>A provider enabled from Information up that writes nowhere: a console logger without the console I/O.</summary>
    private sealed class DiscardingLoggerProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => DiscardingLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class DiscardingLogger : ILogger
        {
            public static readonly DiscardingLogger Instance = new();

            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) _ = formatter(state, exception);
            }
        }
    }
}
