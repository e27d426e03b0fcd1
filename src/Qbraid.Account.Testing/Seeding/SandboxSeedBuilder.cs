using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing;

/// <summary>
/// States the sandbox's world in a few lines: users (each with a personal key) and organizations
/// with an owner, members of each role, a team plan with seats, a credit pool and history. Users
/// are named by a short handle ("ada"); a handle used in an organization but never declared gets a
/// default user (user name = handle, e-mail handle@example.com).
/// </summary>
/// <example>
/// <code>
/// seed => seed
///     .User("ada", u => u.Credits(500).Plan(SandboxTier.Standard))
///     .Organization("lab", o => o
///         .Owner("grace")
///         .Member("ada", SandboxRole.Admin, credits: 100, seat: true)
///         .Subscription(SandboxTier.Standard, seats: 3)
///         .Pool(10_000))
/// </code>
/// </example>
public sealed class SandboxSeedBuilder
{
    private readonly List<SandboxUserBuilder> _users = [];
    private readonly List<SandboxOrganizationBuilder> _organizations = [];

    internal SandboxSeedBuilder()
    {
    }

    /// <summary>Declares a user (or configures one declared before). The first user declared is the world's primary user.</summary>
    /// <param name="handle">Short unique name used to refer to the user in the seed and in <see cref="SeededWorld"/>; letters, digits, '.', '_' or '-'.</param>
    /// <param name="configure">Sets names, balances, plan and generated history.</param>
    public SandboxSeedBuilder User(string handle, Action<SandboxUserBuilder>? configure = null)
    {
        var user = UserFor(handle);
        configure?.Invoke(user);
        return this;
    }

    /// <summary>Declares an organization. The first one declared is the world's primary organization.</summary>
    /// <param name="handle">Short unique name used in <see cref="SeededWorld"/>.</param>
    /// <param name="configure">Sets the owner (required), members, plan, pool and history.</param>
    public SandboxSeedBuilder Organization(string handle, Action<SandboxOrganizationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        SandboxUserBuilder.CheckHandle(handle, nameof(handle));
        if (_organizations.Any(o => o.Handle == handle))
            throw new ArgumentException($"An organization '{handle}' is already declared.", nameof(handle));
        var organization = new SandboxOrganizationBuilder(handle);
        configure(organization);
        _organizations.Add(organization);
        return this;
    }

    private SandboxUserBuilder UserFor(string handle)
    {
        SandboxUserBuilder.CheckHandle(handle, nameof(handle));
        var user = _users.FirstOrDefault(u => u.Handle == handle);
        if (user is null)
        {
            user = new SandboxUserBuilder(handle);
            _users.Add(user);
        }
        return user;
    }

    internal SeededWorld Build(SandboxState state)
    {
        foreach (var handle in _organizations.SelectMany(o => o.ReferencedUsers()))
            UserFor(handle);

        var users = new List<SeededUser>();
        var records = new Dictionary<string, UserRecord>(StringComparer.Ordinal);
        foreach (var user in _users)
        {
            var (record, seeded) = user.Build(state);
            records[user.Handle] = record;
            users.Add(seeded);
        }

        var organizations = _organizations.Select(o => o.Build(state, records)).ToList();
        return new SeededWorld(users, organizations);
    }
}
