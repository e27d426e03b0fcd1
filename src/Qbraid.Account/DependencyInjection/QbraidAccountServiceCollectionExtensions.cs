using System;
using System.Linq;
using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qbraid.Account.Http;

namespace Qbraid.Account;

/// <summary>Registers <see cref="IQbraidAccountClient"/> in an ASP.NET Core or generic host.</summary>
public static class QbraidAccountServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the SDK uses; configure it further through the returned builder.</summary>
    public const string HttpClientName = "Qbraid.Account";

    /// <summary>
    /// Registers the client with options bound from a configuration section (e.g.
    /// <c>builder.Configuration.GetSection("Qbraid")</c>: <c>ApiKey</c>, <c>BaseUrl</c>, <c>Retry:MaxRetries</c>...).
    /// Options are validated when the host starts: a missing key or a bad base URL stops it with a clear message.
    /// </summary>
    /// <returns>The HTTP client builder, to add handlers or tune the connection handler.</returns>
    public static IHttpClientBuilder AddQbraidAccount(this IServiceCollection services, IConfiguration configuration)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configuration is null) throw new ArgumentNullException(nameof(configuration));
        return AddCore(services, builder => builder.Bind(configuration));
    }

    /// <summary>Registers the client with options set in code; unset values fall back to the environment and qbraidrc.</summary>
    /// <returns>The HTTP client builder, to add handlers or tune the connection handler.</returns>
    public static IHttpClientBuilder AddQbraidAccount(this IServiceCollection services, Action<QbraidAccountOptions> configure)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        return AddCore(services, builder => builder.Configure(configure));
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, Action<OptionsBuilder<QbraidAccountOptions>> configure)
    {
        var options = services.AddOptions<QbraidAccountOptions>();
        configure(options);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QbraidAccountOptions>, QbraidAccountOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        var http = services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(QbraidAccountClient.CreatePrimaryHandler)
            // The client is a singleton holding one HttpClient; the primary handler recycles its own connections.
            .SetHandlerLifetime(System.Threading.Timeout.InfiniteTimeSpan)
            .ConfigureHttpClient(client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan)
            // HttpClientFactory's default loggers put raw header values (the key) in their structured
            // state even when the message is redacted; the SDK's own attempt log replaces them.
            .RemoveAllLoggers()
            // If a host adds a logger back, headers outside the allow-list stay redacted in its messages.
            .RedactLoggedHeaders(name => !HeaderNames.Loggable.Contains(name, StringComparer.OrdinalIgnoreCase));

        // Outermost: one budget permit per call, waits outside the retry timeouts.
        http.AddHttpMessageHandler(sp => new QbraidRateLimitHandler(
            sp.GetRequiredService<IOptions<QbraidAccountOptions>>().Value.RateLimit, sp.GetRequiredService<TimeProvider>()));
        // Inside it: retries (Microsoft.Extensions.Http.Resilience strategies, with Polly's telemetry
        // going to the host's loggers), the attempt log and each attempt's body read.
        http.AddHttpMessageHandler(sp =>
        {
            var current = sp.GetRequiredService<IOptionsMonitor<QbraidAccountOptions>>().Get(Options.DefaultName);
            var loggerFactory = sp.GetService<ILoggerFactory>();
            return new QbraidCallHandler(
                current.Retry,
                sp.GetRequiredService<TimeProvider>(),
                loggerFactory?.CreateLogger("Qbraid.Account") ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
                loggerFactory);
        });

        // The key goes on each request just above the connection handler, whatever handler the host
        // configures there: below every logger and handler, HttpClientFactory's own included.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Http.IHttpMessageHandlerBuilderFilter, QbraidKeyHandlerFilter>());

        services.TryAddSingleton(sp => new QbraidAccountClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<QbraidAccountOptions>>().Value,
            sp.GetService<ILoggerFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            ownsHttpClient: true,
            keyHandlerBelow: true));
        services.TryAddSingleton<IQbraidAccountClient>(sp => sp.GetRequiredService<QbraidAccountClient>());
        return http;
    }
}
