using Qbraid.Account.Testing.Http;

namespace Qbraid.Account.Testing.State;

/// <summary>
/// The whole in-memory world, guarded by one gate: a request holds <see cref="Gate"/> from
/// authentication to its last byte of state change, so every rule (and idempotent replay) sees a
/// consistent world without finer locking.
/// </summary>
internal sealed partial class SandboxState
{
    private long _sequence;

    public SandboxState(TimeProvider time, int randomSeed)
    {
        Time = time;
        Random = new Random(randomSeed);
    }

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public TimeProvider Time { get; }

    /// <summary>Seeded, so ids, keys and generated history are the same on every run.</summary>
    public Random Random { get; }

    /// <summary>
    /// The clock, to the millisecond: times are served with millisecond precision, so a time read
    /// from a response and sent back as a filter bound (e.g. transactions' <c>to</c>) must match
    /// the stored one exactly.
    /// </summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = Time.GetUtcNow();
            return new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        }
    }

    /// <summary>Origin of the running server (e.g. <c>http://127.0.0.1:5080</c>), for file URLs.</summary>
    public string Origin { get; set; } = "http://127.0.0.1";

    public List<UserRecord> Users { get; } = [];

    public List<OrganizationRecord> Organizations { get; } = [];

    public List<ApiKeyRecord> ApiKeys { get; } = [];

    public List<CheckoutRecord> Checkouts { get; } = [];

    public Dictionary<string, StoredFile> Files { get; } = new(StringComparer.Ordinal);

    public IdempotencyStore Idempotency { get; } = new();

    public long NextSequence() => ++_sequence;

    /// <summary>A 24-hex id shaped like a MongoDB ObjectId.</summary>
    public string NewId() => Hex(12);

    public string Hex(int bytes)
    {
        var buffer = new byte[bytes];
        Random.NextBytes(buffer);
        return Convert.ToHexString(buffer).ToLowerInvariant();
    }

    public string NewSecret() => "qbr_sbx_" + Hex(20);

    public UserRecord? FindUser(string id) => Users.FirstOrDefault(u => u.Id == id);

    public UserRecord? FindUserByEmail(string email) => Users.FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase));

    public OrganizationRecord? FindOrganization(string id) => Organizations.FirstOrDefault(o => o.Id == id);

    public OrganizationRecord RequireOrganization(string id)
        => FindOrganization(id) ?? throw ApiError.NotFound("Organization not found.");

    /// <summary>The user's membership (any status) in the organization.</summary>
    public static MemberRecord? MembershipOf(OrganizationRecord org, string userId) => org.Members.FirstOrDefault(m => m.UserId == userId);

    public ApiKeyRecord? FindKeyBySecret(string secret) => ApiKeys.FirstOrDefault(k => !k.Deleted && k.Secret == secret);

    public ApiKeyRecord AddKey(UserRecord user, string? organizationId, string name, IReadOnlyList<string> scopes, string? secret = null, DateTimeOffset? createdAt = null)
    {
        var key = new ApiKeyRecord
        {
            Id = NewId(),
            UserId = user.Id,
            OrganizationId = organizationId,
            Name = name,
            Scopes = scopes,
            Secret = secret ?? NewSecret(),
            CreatedAt = createdAt ?? Now,
        };
        ApiKeys.Add(key);
        return key;
    }

    public string MemberName(MemberRecord member) => member.UserId is { } id && FindUser(id) is { } user ? user.DisplayName : member.Email;

    public Actor ActorOf(UserRecord user) => new(user.Id, user.DisplayName, user.Email);

    public static decimal Round(decimal credits) => Math.Round(credits, 4, MidpointRounding.AwayFromZero);
}
