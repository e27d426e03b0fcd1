using System;
using System.Collections.Generic;

namespace Qbraid.Account.ApiKeys;

/// <summary>An API key of a workspace, without its secret (<c>GET /api-keys</c>).</summary>
public sealed record ApiKey
{
    // A backing field, not an auto-property initializer: the JSON source generator sets every init-only
    // property when it builds the record, passing null for a missing list (dotnet/runtime#84484).

    /// <summary>How often qBraid's documentation advises rotating a key: every 90 days.</summary>
    public static TimeSpan RecommendedRotationInterval { get; } = TimeSpan.FromDays(90);

    /// <summary>The key's 24-hex id.</summary>
    public required string Id { get; init; }

    /// <summary>The name given at creation.</summary>
    public string? Name { get; init; }

    /// <summary>Active or inactive.</summary>
    public ApiKeyStatus Status { get; init; }

    /// <summary>The scopes granted at creation; empty when the key has none listed.</summary>
    public IReadOnlyList<string> Scopes { get; init => field = value ?? []; } = [];

    /// <summary>The key with all but its last 3 characters masked, e.g. <c>*****456</c>.</summary>
    public string? MaskedKey { get; init; }

    /// <summary>When the key (or its current secret) was issued (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the key last authenticated a request (UTC); <see langword="null"/> if never.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>The organization the key is bound to; <see langword="null"/> for a personal-workspace key.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>
    /// <see langword="true"/> when <see cref="CreatedAt"/> is at least <see cref="RecommendedRotationInterval"/>
    /// (90 days) before <paramref name="now"/>, qBraid's advice for rotating keys; <see langword="false"/>
    /// when the creation time is unknown. Pass <c>TimeProvider.GetUtcNow()</c> or <c>DateTimeOffset.UtcNow</c>.
    /// </summary>
    /// <param name="now">The current time.</param>
    public bool IsRotationDue(DateTimeOffset now)
        => CreatedAt is { } created && now - created >= RecommendedRotationInterval;
}
