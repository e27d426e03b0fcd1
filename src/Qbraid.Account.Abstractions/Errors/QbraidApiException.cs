using System;

namespace Qbraid.Account;

/// <summary>
/// The qBraid API answered with an error status (or a 2xx whose envelope said <c>success: false</c>).
/// Subclasses mark the statuses a caller handles differently.
/// </summary>
public class QbraidApiException : QbraidException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="message">The message, built from the server's error body.</param>
    /// <param name="innerException">The cause, if any.</param>
    public QbraidApiException(int statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status code, e.g. 404.</summary>
    public int StatusCode { get; }

    private string? _errorCode;
    private TimeSpan? _retryAfter;
    private string? _responseBodyExcerpt;

    /// <summary>The server's machine-readable error code (<c>error.code</c> or a string <c>error</c>), when it sent one.</summary>
    public string? ErrorCode { get => _errorCode; init => _errorCode = value; }

    /// <summary>How long the server asked the caller to wait (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get => _retryAfter; init => _retryAfter = value; }

    /// <summary>The start of the response body (at most 1,024 characters, the API key redacted), for diagnostics.</summary>
    public string? ResponseBodyExcerpt { get => _responseBodyExcerpt; init => _responseBodyExcerpt = value; }

    /// <summary>Lets the SDK's single error mapper fill the details whatever the subclass.</summary>
    internal void SetDetails(string? requestId, string? errorCode, TimeSpan? retryAfter, string? excerpt)
    {
        SetRequestId(requestId);
        _errorCode = errorCode;
        _retryAfter = retryAfter;
        _responseBodyExcerpt = excerpt;
    }
}

/// <summary>401: the API key is missing, wrong, rotated away or revoked.</summary>
public sealed class QbraidAuthenticationException : QbraidApiException
{
    /// <summary>Creates the exception.</summary>
    public QbraidAuthenticationException(string message, Exception? innerException = null)
        : base(401, message, innerException)
    {
    }
}

/// <summary>403: the key is valid but may not do this here: a role without the right (e.g. a member managing seats), the owner leaving or being removed, or a personal-only action in an organization.</summary>
public sealed class QbraidPermissionException : QbraidApiException
{
    /// <summary>Creates the exception.</summary>
    public QbraidPermissionException(string message, Exception? innerException = null)
        : base(403, message, innerException)
    {
    }
}

/// <summary>404: the resource does not exist, or the caller is not a member of the organization.</summary>
public sealed class QbraidNotFoundException : QbraidApiException
{
    /// <summary>Creates the exception.</summary>
    public QbraidNotFoundException(string message, Exception? innerException = null)
        : base(404, message, innerException)
    {
    }
}

/// <summary>409: the request clashes with the current state: a taken user name, no free seat, a credit pool too small for a transfer, a request no longer pending.</summary>
public sealed class QbraidConflictException : QbraidApiException
{
    /// <summary>Creates the exception.</summary>
    public QbraidConflictException(string message, Exception? innerException = null)
        : base(409, message, innerException)
    {
    }
}

/// <summary>
/// 410: the thing existed but is no longer usable, e.g. an invite code that expired, was used up or
/// was revoked. <see cref="Reason"/> says which, so the caller can tell the user what to do.
/// </summary>
public sealed class QbraidGoneException : QbraidApiException
{
    /// <summary>Creates the exception.</summary>
    public QbraidGoneException(string message, Exception? innerException = null)
        : base(410, message, innerException)
    {
    }

    /// <summary>
    /// Why it is gone (<see cref="GoneReason.Expired"/>, <see cref="GoneReason.UsedUp"/> or
    /// <see cref="GoneReason.Revoked"/>), read from the server's error code;
    /// <see langword="null"/> when the server named no known reason (see <see cref="QbraidApiException.ErrorCode"/>).
    /// </summary>
    public GoneReason? Reason { get; init; }
}

/// <summary>5xx: qBraid failed. Safe calls were already retried before this surfaced.</summary>
public sealed class QbraidServerException : QbraidApiException
{
    /// <summary>Creates the exception.</summary>
    public QbraidServerException(int statusCode, string message, Exception? innerException = null)
        : base(statusCode, message, innerException)
    {
    }
}
