using System;

namespace Qbraid.Account;

/// <summary>
/// The root of every exception the SDK raises for a failed call (argument checks aside, which throw
/// <see cref="ArgumentException"/> before any request). Catch this to handle any qBraid failure.
/// </summary>
public class QbraidException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public QbraidException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the failure that caused it.</summary>
    public QbraidException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The server's <c>X-Request-Id</c> for the failed call, when a response arrived: quote it to qBraid support.</summary>
    public string? RequestId { get => _requestId; init => _requestId = value; }

    private string? _requestId;

    internal void SetRequestId(string? requestId) => _requestId = requestId;
}
