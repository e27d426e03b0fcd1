namespace Qbraid.Account.Http;

internal static class HeaderNames
{
    public const string ApiKey = "X-API-KEY";
    public const string OrganizationId = "X-Organization-Id";
    public const string IdempotencyKey = "Idempotency-Key";
    public const string RequestId = "X-Request-Id";
    public const string RetryAfter = "Retry-After";
    public const string RateLimitLimit = "X-RateLimit-Limit";
    public const string RateLimitRemaining = "X-RateLimit-Remaining";
    public const string RateLimitReset = "X-RateLimit-Reset";

    /// <summary>The only headers HTTP logging may show; everything else (the key first) is redacted.</summary>
    public static readonly string[] Loggable =
    [
        "Content-Type", "Content-Length", RequestId, RetryAfter, RateLimitLimit, RateLimitRemaining, RateLimitReset, "User-Agent",
    ];
}
