namespace Qbraid.Account.Testing;

/// <summary>One request the sandbox received, as recorded in <see cref="QbraidSandbox.Requests"/>.</summary>
public sealed record SandboxRequest
{
    /// <summary>The HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>The path relative to the base URL, e.g. <c>/users/me</c> (the <c>/api/v1</c> prefix removed).</summary>
    public required string Path { get; init; }

    /// <summary>The query string including <c>?</c>, or empty.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>The status answered; 0 while the response has not started.</summary>
    public int StatusCode { get; init; }

    /// <summary>The <c>X-Request-Id</c> the sandbox answered with.</summary>
    public required string RequestId { get; init; }

    /// <summary>The <c>Idempotency-Key</c> header, if sent.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The <c>X-Organization-Id</c> header, if sent.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>Whether an <c>X-API-KEY</c> header was sent (the key itself is not recorded).</summary>
    public bool HadApiKey { get; init; }

    /// <summary>Answered by an injected fault (see <see cref="QbraidSandbox.Faults"/>).</summary>
    public bool Faulted { get; init; }

    /// <summary>Answered by replaying the first response for its <c>Idempotency-Key</c>.</summary>
    public bool Replayed { get; init; }

    /// <summary>When it arrived (the sandbox's clock).</summary>
    public DateTimeOffset Time { get; init; }
}
