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
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new DiscardingLoggerProvider(LogLevel.Information)));
        services.AddQbraidAccount(options =>
        {
            options.ApiKey = apiKey;
            options.BaseUrl = baseUrl;
            options.UseEnvironment = false;
        });
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<IQbraidAccountClient>(), provider);
    }

    /// <param name="logLevel">The least level logged; <see cref="LogLevel.None"/> for no logger at all.</param>
    /// <param name="configure">Changes to the default options (the feature-cost benchmarks turn features off or on).</param>
    public static (IQbraidAccountClient Client, IDisposable Owner) ViaConstructor(Uri baseUrl, string apiKey, LogLevel logLevel = LogLevel.Information, Action<QbraidAccountOptions>? configure = null)
    {
        var options = new QbraidAccountOptions { ApiKey = apiKey, BaseUrl = baseUrl, UseEnvironment = false };
        configure?.Invoke(options);
        if (logLevel == LogLevel.None)
        {
            var quiet = new QbraidAccountClient(options);
            return (quiet, quiet);
        }
        var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(logLevel).AddProvider(new DiscardingLoggerProvider(logLevel)));
        var client = new QbraidAccountClient(options, loggerFactory);
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

    /// <summary>A provider enabled from a level up that writes nowhere: a console logger without the console I/O.</summary>
    private sealed class DiscardingLoggerProvider(LogLevel minimum) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new DiscardingLogger(minimum);

        public void Dispose()
        {
        }

        private sealed class DiscardingLogger(LogLevel minimum) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) _ = formatter(state, exception);
            }
        }
    }
}
