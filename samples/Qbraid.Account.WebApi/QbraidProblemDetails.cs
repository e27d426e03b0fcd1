using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Qbraid.Account.WebApi;

/// <summary>
/// Turns the SDK's exceptions into RFC 9457 problem details: qBraid's status passes through
/// (401, 403, 404, 409, 410, 400/422 with the field errors, 429 with <c>Retry-After</c>), failures
/// to reach qBraid become 502 or 504, and bad input from the caller (an ArgumentException, e.g. a
/// malformed organization id) 400. qBraid's request id is kept for support.
/// </summary>
public sealed class QbraidProblemDetails(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Map(exception);
        if (problem is null) return false;

        if (exception is QbraidApiException { RetryAfter: { } retryAfter })
        {
            var seconds = (long)Math.Ceiling(Math.Max(0, retryAfter.TotalSeconds));
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails? Map(Exception exception)
    {
        // begin-snippet: webapi-problem-details
        ProblemDetails? problem = exception switch
        {
            QbraidValidationException e => new HttpValidationProblemDetails(e.FieldErrors.ToDictionary(p => p.Key, p => p.Value.ToArray()))
            {
                Status = e.StatusCode,
                Title = "qBraid rejected the request.",
            },
            QbraidAuthenticationException => Problem(StatusCodes.Status401Unauthorized, "qBraid rejected the API key."),
            QbraidPermissionException => Problem(StatusCodes.Status403Forbidden, "Not allowed in this workspace."),
            QbraidNotFoundException => Problem(StatusCodes.Status404NotFound, "Not found."),
            QbraidConflictException => Problem(StatusCodes.Status409Conflict, "Conflict with the current state."),
            QbraidGoneException => Problem(StatusCodes.Status410Gone, "No longer available."),
            QbraidRateLimitException => Problem(StatusCodes.Status429TooManyRequests, "Too many requests to qBraid."),
            QbraidTransportException { IsTimeout: true } => Problem(StatusCodes.Status504GatewayTimeout, "qBraid did not answer in time."),
            QbraidTransportException or QbraidResponseException or QbraidServerException => Problem(StatusCodes.Status502BadGateway, "qBraid failed."),
            QbraidApiException e => Problem(e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status502BadGateway, "qBraid refused the request."),
            ArgumentException => Problem(StatusCodes.Status400BadRequest, "Invalid request."),
            _ => null,
        };
        // end-snippet
        if (problem is null) return null;

        problem.Detail = exception.Message;
        if (exception is QbraidApiException api && api.ErrorCode is { } code) problem.Extensions["errorCode"] = code;
        if (exception is QbraidException { RequestId: { } requestId }) problem.Extensions["qbraidRequestId"] = requestId;
        if (exception is ArgumentException { ParamName: { } parameter }) problem.Extensions["parameter"] = parameter;
        return problem;
    }

    private static ProblemDetails Problem(int status, string title) => new() { Status = status, Title = title };
}
