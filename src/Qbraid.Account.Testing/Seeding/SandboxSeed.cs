namespace Qbraid.Account.Testing;

/// <summary>Ready-made worlds for <see cref="QbraidSandboxOptions.Seed"/>.</summary>
public static class SandboxSeed
{
    /// <summary>Handle of the default world's primary user, Ada Lovelace (admin of <see cref="Lab"/>).</summary>
    public const string Ada = "ada";

    /// <summary>Handle of Grace Hopper, the owner of <see cref="Lab"/>.</summary>
    public const string Grace = "grace";

    /// <summary>Handle of Alan Turing, a manager of <see cref="Lab"/>.</summary>
    public const string Alan = "alan";

    /// <summary>Handle of Katherine Johnson, an active member of <see cref="Lab"/> with a pending credit request.</summary>
    public const string Katherine = "katherine";

    /// <summary>Handle of Edsger Dijkstra, a suspended member of <see cref="Lab"/>.</summary>
    public const string Edsger = "edsger";

    /// <summary>Handle of the default world's organization, "Lovelace Quantum Lab".</summary>
    public const string Lab = "lab";

    /// <summary>The e-mail address with a pending invitation to <see cref="Lab"/> (no account yet).</summary>
    public const string InviteeEmail = "barbara@example.com";

    /// <summary>A valid invite code of <see cref="Lab"/> (member role, 25 uses, 3 used).</summary>
    public const string InviteCode = "LAB-JOIN-2026";

    /// <summary>An expired invite code of <see cref="Lab"/> (joining with it answers 410).</summary>
    public const string ExpiredInviteCode = "LAB-OLD-2025";

    /// <summary>
    /// The realistic demo: Ada with a personal wallet (2,350.50 credits), a Standard monthly plan,
    /// payments and 40 usage sessions; "Lovelace Quantum Lab" owned by Grace where Ada is admin,
    /// with five members (owner, admin, manager, member, suspended member) plus a pending
    /// invitation, a Standard plan with 5 seats (4 assigned), a 12,500-credit pool, 100 credits
    /// per seat assignment with auto-assign on, three credit requests (one pending), two invite
    /// codes and 300 past transactions.
    /// </summary>
    public static Action<SandboxSeedBuilder> Default { get; } = seed => seed
        .User(Ada, u => u
            .Name("Ada", "Lovelace").Email("ada@example.com")
            .Credits(2_350.50m).Plan(SandboxTier.Standard)
            .Sessions(40).Payments(8).Storage(12.4m).AiChat(35))
        .User(Grace, u => u.Name("Grace", "Hopper").Credits(500m).Plan(SandboxTier.Pro, SandboxInterval.Annual))
        .User(Alan, u => u.Name("Alan", "Turing").Credits(75m))
        .User(Katherine, u => u.Name("Katherine", "Johnson").Credits(20m))
        .User(Edsger, u => u.Name("Edsger", "Dijkstra"))
        .Organization(Lab, o => o
            .Name("Lovelace Quantum Lab")
            .Details("Quantum algorithms research group.", "https://lab.example.com", "12 Analytical Engine Way, London")
            .Owner(Grace, seat: true)
            .Member(Ada, SandboxRole.Admin, credits: 1_200m, seat: true, sessions: 30)
            .Member(Alan, SandboxRole.Manager, credits: 800m, seat: true, sessions: 15)
            .Member(Katherine, SandboxRole.Member, credits: 300m, seat: true, sessions: 10)
            .Member(Edsger, SandboxRole.Member, credits: 150m, status: SandboxMemberStatus.Suspended)
            .Invitation(InviteeEmail, SandboxRole.Member, credits: 250m, message: "Welcome to the lab!")
            .Subscription(SandboxTier.Standard, seats: 5)
            .Pool(12_500m)
            .MemberDefaults(SandboxRole.Member, autoAssignDefaultRole: true, autoAssignSeats: true, seatAssignmentCredits: 100m)
            .Transactions(300)
            .CreditRequest(Katherine, 500m, "GPU time for the VQE benchmark")
            .CreditRequest(Alan, 200m, "Workshop demo", status: "approved")
            .CreditRequest(Edsger, 1_000m, "Exhaustive search", status: "denied")
            .InviteCode(InviteCode, SandboxRole.Member, maxUses: 25, expiresIn: TimeSpan.FromDays(30), uses: 3)
            .InviteCode(ExpiredInviteCode, SandboxRole.Member, expiresIn: TimeSpan.FromDays(-10)));

    /// <summary>An empty world: no users, no organizations (add them with the seed builder).</summary>
    public static Action<SandboxSeedBuilder> Empty { get; } = _ => { };
}
