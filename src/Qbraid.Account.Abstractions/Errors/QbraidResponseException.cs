using System;

namespace Qbraid.Account;

/// <summary>
/// A response arrived but could not be read as the contract says: not JSON, truncated, the wrong
/// shape, or missing <c>data</c>. The call may or may not have taken effect on the server.
/// </summary>
public sealed class QbraidResponseException : QbraidException
{
    /// <summary>Creates the exception.</summary>
    public QbraidResponseException(int statusCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status code of the unreadable response.</summary>
    public int StatusCode { get; }

    /// <summary>The start of the response body (at most 1,024 characters), for diagnostics.</summary>
    public string? ResponseBodyExcerpt { get; init; }
}
