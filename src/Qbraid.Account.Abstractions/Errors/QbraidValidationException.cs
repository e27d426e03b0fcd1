using System;
using System.Collections.Generic;

namespace Qbraid.Account;

/// <summary>400 or 422: the server rejected the request's content. <see cref="FieldErrors"/> says which fields, when the server listed them.</summary>
public sealed class QbraidValidationException : QbraidApiException
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoErrors = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Creates the exception.</summary>
    public QbraidValidationException(int statusCode, string message, IReadOnlyDictionary<string, IReadOnlyList<string>>? fieldErrors = null, Exception? innerException = null)
        : base(statusCode, message, innerException)
    {
        FieldErrors = fieldErrors ?? NoErrors;
    }

    /// <summary>Messages per field (the body's <c>errors</c> object); empty when the server gave none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; }
}
