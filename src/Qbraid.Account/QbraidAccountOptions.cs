using System;

namespace Qbraid.Account;

/// <summary>
/// Settings for <see cref="QbraidAccountClient"/>. Bind them from configuration (section
/// <c>Qbraid</c>: <c>ApiKey</c>, <c>BaseUrl</c>, <c>Retry:MaxRetries</c>...) or set them in code.
/// Anything left unset falls back to <c>QBRAID_API_KEY</c> / <c>QBRAID_API_URL</c>, then to
/// <c>~/.qbraid/qbraidrc</c>, like qBraid's Python client.
/// </summary>
public sealed class QbraidAccountOptions
{
    /// <summary>The documented production endpoint.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api-v2.qbraid.com/api/v1/");

    /// <summary>
    /// The API key sent as <c>X-API-KEY</c>. Never logged and never shown by <see cref="ToString"/>.
    /// When unset: env <c>QBRAID_API_KEY</c>, then <c>api-key</c> in <c>[default]</c> of the qbraidrc file.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The API root, e.g. <c>https://api-v2.qbraid.com/api/v1</c>. Must be absolute and HTTPS
    /// (plain HTTP only for loopback, such as the sandbox). When unset: env <c>QBRAID_API_URL</c>,
    /// then <c>url</c> in the qbraidrc file, then <see cref="DefaultBaseUrl"/>.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// The qbraidrc file to read when the key or URL is not set: default env <c>QBRAID_CONFIG_FILE</c>,
    /// else <c>~/.qbraid/qbraidrc</c>.
    /// </summary>
    public string? ConfigFilePath { get; set; }

    /// <summary>Whether to look at environment variables and the qbraidrc file at all. Default <see langword="true"/>.</summary>
    public bool UseEnvironment { get; set; } = true;

    /// <summary>Retries and timeouts.</summary>
    public QbraidRetryOptions Retry { get; set; } = new();

    /// <summary>An opt-in client-side request budget per API key (off by default).</summary>
    public QbraidRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Appended to the <c>User-Agent</c> header, e.g. <c>my-app/1.2</c>.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Shows the endpoint and whether a key is set; never the key.</summary>
    public override string ToString()
        => $"QbraidAccountOptions {{ BaseUrl = {BaseUrl?.ToString() ?? "(default)"}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(unset)" : "(set, redacted)")} }}";
}

/// <summary>
/// How calls are retried. GET, PUT and DELETE retry on 408, 429, 5xx and network errors; POST and
/// PATCH only when they carry an <c>Idempotency-Key</c> (every call that creates something or moves
/// credits or money does), so nothing happens twice.
/// </summary>
public sealed class QbraidRetryOptions
{
    /// <summary>Retries after the first attempt, 0 to 10. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base of the exponential back-off (with jitter) when the server gives no <c>Retry-After</c>, 0 to 1 day. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> the SDK waits out; a longer one fails at once with <see cref="QbraidRateLimitException"/>. Default 30 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one attempt, 10 ms to 1 day. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of a whole call, retries and waits included (not time queued for the rate budget), 10 ms to 1 day. Default 2 min.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>
/// A client-side budget that keeps calls under qBraid's documented limit of 1,000 requests per
/// rolling 15 minutes per key: calls over budget wait in a queue instead of getting 429s. Off by default.
/// </summary>
public sealed class QbraidRateLimitOptions
{
    /// <summary>Turns the budget on. Default <see langword="false"/>.</summary>
    public bool Enabled { get; set; }

    /// <summary>Calls allowed per <see cref="Window"/> per API key. Default 1,000.</summary>
    public int PermitLimit { get; set; } = 1000;

    /// <summary>The rolling window (15 segments). Default 15 minutes.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Calls that may wait for budget; one more fails at once with <see cref="QbraidRateLimitException"/>. Default 10,000.</summary>
    public int QueueLimit { get; set; } = 10_000;
}
