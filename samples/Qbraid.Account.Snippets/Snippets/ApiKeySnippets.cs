using Qbraid.Account.ApiKeys;

namespace Qbraid.Account.Snippets.Snippets;

internal static class ApiKeySnippets
{
    public static async Task ListCreateRotateRevoke(IQbraidAccountClient client)
    {
        // begin-snippet: api-keys-list
        foreach (ApiKey key in await client.Personal.ApiKeys.ListAsync())
        {
            var due = key.IsRotationDue(DateTimeOffset.UtcNow) ? "  rotate me (older than 90 days)" : string.Empty;
            Console.WriteLine($"{key.Name,-20} {key.MaskedKey} last used {key.LastUsedAt:d}{due}");
        }
        // end-snippet

        // begin-snippet: api-keys-create
        CreatedApiKey created = await client.Personal.ApiKeys.CreateAsync(new CreateApiKeyRequest("ci-pipeline"));
        // The secret is returned this once: store it now. ToString() and logs never show it.
        string secret = created.Key;
        Console.WriteLine(created); // CreatedApiKey { Id = ..., Name = ci-pipeline, Key = (redacted) ... }
        // end-snippet
        Check.That(secret.Length > 0, "no secret");

        // begin-snippet: api-keys-rotate-revoke
        // Rotation issues a new secret for the same key id; the old secret stops working.
        CreatedApiKey rotated = await client.Personal.ApiKeys.RotateAsync(created.Id);
        Console.WriteLine($"new secret for {rotated.Name}: store it now");

        await client.Personal.ApiKeys.RevokeAsync(created.Id);
        // end-snippet
    }
}
