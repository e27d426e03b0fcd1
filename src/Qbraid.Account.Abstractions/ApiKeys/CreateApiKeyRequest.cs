using System.Collections.Generic;

namespace Qbraid.Account.ApiKeys;

/// <summary>A new API key for the current workspace (<c>POST /api-keys</c>).</summary>
public sealed record CreateApiKeyRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="name">A label, 1 to 100 characters, not blank.</param>
    /// <param name="scopes">Scopes to grant; <see langword="null"/> for the server's default.</param>
    public CreateApiKeyRequest(string name, IReadOnlyList<string>? scopes = null)
    {
        Name = name;
        Scopes = scopes;
    }

    /// <summary>A label, 1 to 100 characters, not blank.</summary>
    public string Name { get; init; }

    /// <summary>Scopes to grant, each not blank; <see langword="null"/> (not sent) for the server's default.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }
}
