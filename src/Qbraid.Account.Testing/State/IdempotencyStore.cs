namespace Qbraid.Account.Testing.State;

/// <summary>
/// First responses by (user, path, Idempotency-Key), kept 24 hours. Only touched under the state
/// gate, so a retry racing the first attempt waits for it and then replays it.
/// </summary>
internal sealed class IdempotencyStore
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly Dictionary<string, StoredResponse> _responses = new(StringComparer.Ordinal);

    public static string Scope(string userId, string path, string key) => userId + "\n" + path + "\n" + key;

    public StoredResponse? Find(string scope, DateTimeOffset now)
    {
        if (!_responses.TryGetValue(scope, out var stored)) return null;
        if (now - stored.At < Window) return stored;
        _responses.Remove(scope);
        return null;
    }

    public void Store(string scope, StoredResponse response) => _responses[scope] = response;
}

internal sealed record StoredResponse(int Status, string? ContentType, byte[] Body, DateTimeOffset At);
