using System;

namespace Qbraid.Account;

/// <summary>
/// No usable response arrived: the connection failed or was closed, or every attempt timed out,
/// after the SDK's retries. Your own cancellation is reported as <see cref="OperationCanceledException"/> instead.
/// </summary>
public sealed class QbraidTransportException : QbraidException
{
    /// <summary>Creates the exception.</summary>
    public QbraidTransportException(string message, bool isTimeout, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTimeout = isTimeout;
    }

    /// <summary><see langword="true"/> when the attempt or total timeout ran out, <see langword="false"/> for a network failure.</summary>
    public bool IsTimeout { get; }
}
