using System;
using System.Collections.Generic;
using System.Text;

namespace Qbraid.Account.ApiKeys;

/// <summary>
/// A key just created or rotated, with its secret <see cref="Key"/>: the only time the API returns
/// it, so store it now. <see cref="ToString"/> redacts the secret.
/// </summary>
public sealed record CreatedApiKey
{
    // A backing field, not an auto-property initializer: the JSON source generator sets every init-only
    // property when it builds the record, passing null for a missing list (dotnet/runtime#84484).

    /// <summary>The key's 24-hex id.</summary>
    public required string Id { get; init; }

    /// <summary>The secret to send as <c>X-API-KEY</c>. Returned only on create and rotate; never logged by the SDK.</summary>
    public required string Key { get; init; }

    /// <summary>The name given at creation.</summary>
    public string? Name { get; init; }

    /// <summary>Active or inactive.</summary>
    public ApiKeyStatus Status { get; init; }

    /// <summary>The scopes granted; rotation keeps them.</summary>
    public IReadOnlyList<string> Scopes { get; init => field = value ?? []; } = [];

    /// <summary>The key with all but its last 3 characters masked.</summary>
    public string? MaskedKey { get; init; }

    /// <summary>When the key (or this secret) was issued (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the key last authenticated a request (UTC).</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>The organization the key is bound to; <see langword="null"/> for a personal-workspace key.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The same key without its secret, e.g. to keep in a list of <see cref="ApiKey"/>.</summary>
    public ApiKey ToApiKey() => new()
    {
        Id = Id,
        Name = Name,
        Status = Status,
        Scopes = Scopes,
        MaskedKey = MaskedKey,
        CreatedAt = CreatedAt,
        LastUsedAt = LastUsedAt,
        OrganizationId = OrganizationId,
    };

    // The record's generated ToString would print Key: keep the secret out of logs and debuggers' text.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id)
            .Append(", Key = [redacted]")
            .Append(", Name = ").Append(Name)
            .Append(", Status = ").Append(Status.ToString())
            .Append(", Scopes = [").Append(string.Join(", ", Scopes)).Append(']')
            .Append(", MaskedKey = ").Append(MaskedKey)
            .Append(", CreatedAt = ").Append(CreatedAt?.ToString("o", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", LastUsedAt = ").Append(LastUsedAt?.ToString("o", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", OrganizationId = ").Append(OrganizationId);
        return true;
    }
}
