using Microsoft.Extensions.Logging;

namespace Qbraid.Account.Http;

/// <summary>Every log event of the SDK, source-generated: one event id each, no headers, no bodies, no key.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "QbraidAttemptCompleted", Level = LogLevel.Debug,
        Message = "qBraid {Method} {Route} answered {StatusCode} in {ElapsedMs:0.0} ms (request id {RequestId}, attempt {Attempt})")]
    public static partial void AttemptCompleted(ILogger logger, string method, string route, int statusCode, double elapsedMs, string? requestId, int attempt);

    [LoggerMessage(EventId = 2, EventName = "QbraidAttemptFailed", Level = LogLevel.Debug,
        Message = "qBraid {Method} {Route} failed after {ElapsedMs:0.0} ms (attempt {Attempt}): {Failure}")]
    public static partial void AttemptFailed(ILogger logger, string method, string route, double elapsedMs, int attempt, string failure);
}
