using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing;

/// <summary>Configures one seeded organization: owner, members, invitations, team plan, credit pool, settings and history.</summary>
public sealed class SandboxOrganizationBuilder
{
    private readonly List<MemberSpec> _members = [];
    private readonly List<InvitationSpec> _invitations = [];
    private readonly List<CreditRequestSpec> _creditRequests = [];
    private readonly List<InviteCodeSpec> _inviteCodes = [];
    private string? _name;
    private string? _description;
    private string? _website;
    private string? _address;
    private decimal _pool;
    private (SandboxTier Tier, int Seats, SandboxInterval Interval, bool Canceling)? _subscription;
    private (SandboxRole DefaultRole, bool AutoAssignDefaultRole, bool AutoAssignSeats, decimal SeatAssignmentCredits)? _defaults;
    private int _transactions;
    private int _transactionDays = 180;

    internal SandboxOrganizationBuilder(string handle) => Handle = handle;

    internal string Handle { get; }

    /// <summary>The display name (default: the capitalized handle and "Lab").</summary>
    public SandboxOrganizationBuilder Name(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("name must not be empty.", nameof(name));
        _name = name;
        return this;
    }

    /// <summary>Description, website (an absolute http(s) URL) and postal address.</summary>
    public SandboxOrganizationBuilder Details(string? description = null, string? website = null, string? address = null)
    {
        if (website is not null && !Uri.TryCreate(website, UriKind.Absolute, out _)) throw new ArgumentException("website must be an absolute URL.", nameof(website));
        _description = description;
        _website = website;
        _address = address;
        return this;
    }

    /// <summary>The owner (required, exactly one): active, holding a seat when <paramref name="seat"/> and the plan allows.</summary>
    /// <param name="user">The user's handle.</param>
    /// <param name="credits">Org-allocated credits already in the owner's wallet.</param>
    /// <param name="seat">Whether the owner holds a seat (needs a <see cref="Subscription"/>).</param>
    public SandboxOrganizationBuilder Owner(string user, decimal credits = 0, bool seat = false)
    {
        if (_members.Any(m => m.Role == SandboxRole.Owner)) throw new InvalidOperationException($"Organization '{Handle}' already has an owner: there is exactly one.");
        return AddMember(user, SandboxRole.Owner, credits, seat, SandboxMemberStatus.Active, 0);
    }

    /// <summary>A joined member (use <see cref="Invitation"/> for a pending one).</summary>
    /// <param name="user">The user's handle.</param>
    /// <param name="role">Admin, manager or member (the owner is set with <see cref="Owner"/>).</param>
    /// <param name="credits">Org-allocated credits already in the member's wallet.</param>
    /// <param name="seat">Whether the member holds a seat (needs a <see cref="Subscription"/>).</param>
    /// <param name="status">Active or suspended.</param>
    /// <param name="sessions">Compute sessions to generate in this organization's workspace over the last 90 days.</param>
    public SandboxOrganizationBuilder Member(string user, SandboxRole role, decimal credits = 0, bool seat = false, SandboxMemberStatus status = SandboxMemberStatus.Active, int sessions = 0)
    {
        if (role == SandboxRole.Owner) throw new ArgumentException("Set the owner with Owner(...).", nameof(role));
        return AddMember(user, role, credits, seat, status, sessions);
    }

    /// <summary>A pending invitation (and pending member) for an e-mail address; its credits move from the pool only when accepted.</summary>
    public SandboxOrganizationBuilder Invitation(string email, SandboxRole role = SandboxRole.Member, decimal credits = 0, string? message = null)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@')) throw new ArgumentException("email must be an e-mail address.", nameof(email));
        if (role == SandboxRole.Owner) throw new ArgumentException("An invitation can't make an owner.", nameof(role));
        ArgumentOutOfRangeException.ThrowIfNegative(credits);
        _invitations.Add(new InvitationSpec(email, role, credits, message));
        return this;
    }

    /// <summary>The organization's credit pool (1 credit = $0.01).</summary>
    public SandboxOrganizationBuilder Pool(decimal credits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(credits);
        _pool = credits;
        return this;
    }

    /// <summary>A team plan with <paramref name="seats"/> seats (at least 2).</summary>
    /// <param name="tier">Standard or Pro.</param>
    /// <param name="seats">Seats bought, 2 or more.</param>
    /// <param name="interval">Monthly or annual billing.</param>
    /// <param name="canceling">Already cancelled at period end.</param>
    public SandboxOrganizationBuilder Subscription(SandboxTier tier, int seats, SandboxInterval interval = SandboxInterval.Monthly, bool canceling = false)
    {
        if (tier == SandboxTier.Free) throw new ArgumentException("A team plan is Standard or Pro.", nameof(tier));
        ArgumentOutOfRangeException.ThrowIfLessThan(seats, 2);
        _subscription = (tier, seats, interval, canceling);
        return this;
    }

    /// <summary>Member defaults from the settings page.</summary>
    /// <param name="defaultRole">Role for bulk-invited rows without one: admin, manager or member.</param>
    /// <param name="autoAssignDefaultRole">Whether the default role is applied automatically.</param>
    /// <param name="autoAssignSeats">Whether joiners get a free seat on joining.</param>
    /// <param name="seatAssignmentCredits">Credits moved from the pool to a member when a seat is assigned, 0 to 100,000.</param>
    public SandboxOrganizationBuilder MemberDefaults(SandboxRole defaultRole = SandboxRole.Member, bool autoAssignDefaultRole = true, bool autoAssignSeats = false, decimal seatAssignmentCredits = 0)
    {
        if (defaultRole == SandboxRole.Owner) throw new ArgumentException("The default role is admin, manager or member.", nameof(defaultRole));
        ArgumentOutOfRangeException.ThrowIfNegative(seatAssignmentCredits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(seatAssignmentCredits, 100_000m);
        _defaults = (defaultRole, autoAssignDefaultRole, autoAssignSeats, seatAssignmentCredits);
        return this;
    }

    /// <summary>Generates <paramref name="count"/> past transactions (every type) over the last <paramref name="days"/> days. They are history only: balances are what the seed sets.</summary>
    public SandboxOrganizationBuilder Transactions(int count, int days = 180)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        _transactions = count;
        _transactionDays = days;
        return this;
    }

    /// <summary>A member's credit request; <paramref name="status"/> is <c>pending</c>, <c>approved</c> (in full) or <c>denied</c>.</summary>
    public SandboxOrganizationBuilder CreditRequest(string user, decimal amount, string? reason = null, string status = "pending")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        if (status is not ("pending" or "approved" or "denied")) throw new ArgumentException("status is pending, approved or denied.", nameof(status));
        _creditRequests.Add(new CreditRequestSpec(user, amount, reason, status));
        return this;
    }

    /// <summary>An invite code for joining with <c>POST /organizations/join</c>.</summary>
    /// <param name="code">8 to 32 characters, letters, digits or '-'.</param>
    /// <param name="role">Manager or member.</param>
    /// <param name="maxUses">Uses allowed (1 to 1,000); unlimited when null.</param>
    /// <param name="expiresIn">Time until it expires (negative: already expired); never when null.</param>
    /// <param name="uses">Uses already made.</param>
    /// <param name="revoked">Already revoked.</param>
    public SandboxOrganizationBuilder InviteCode(string code, SandboxRole role = SandboxRole.Member, int? maxUses = null, TimeSpan? expiresIn = null, int uses = 0, bool revoked = false)
    {
        if (code is null || code.Length is < 8 or > 32 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            throw new ArgumentException("code is 8 to 32 characters: letters, digits or '-'.", nameof(code));
        if (role is not (SandboxRole.Manager or SandboxRole.Member)) throw new ArgumentException("An invite code gives the manager or member role.", nameof(role));
        _inviteCodes.Add(new InviteCodeSpec(code, role, maxUses, expiresIn, uses, revoked));
        return this;
    }

    private SandboxOrganizationBuilder AddMember(string user, SandboxRole role, decimal credits, bool seat, SandboxMemberStatus status, int sessions)
    {
        SandboxUserBuilder.CheckHandle(user, nameof(user));
        if (_members.Any(m => m.User == user)) throw new InvalidOperationException($"'{user}' is already a member of '{Handle}'.");
        ArgumentOutOfRangeException.ThrowIfNegative(sessions);
        _members.Add(new MemberSpec(user, role, credits, seat, status, sessions));
        return this;
    }

    internal IEnumerable<string> ReferencedUsers()
        => _members.Select(m => m.User).Concat(_creditRequests.Select(r => r.User));

    internal SeededOrganization Build(SandboxState state, IReadOnlyDictionary<string, UserRecord> users)
    {
        var ownerSpec = _members.FirstOrDefault(m => m.Role == SandboxRole.Owner)
            ?? throw new InvalidOperationException($"Organization '{Handle}' needs an owner: call Owner(\"handle\").");
        var now = state.Now;
        var owner = users[ownerSpec.User];
        var org = new OrganizationRecord
        {
            Id = state.NewId(),
            Handle = Handle,
            Name = _name ?? SandboxState.Capitalize(Handle) + " Lab",
            Description = _description,
            Website = _website,
            Address = _address,
            OwnerUserId = owner.Id,
            CreatedAt = now.AddDays(-(_transactionDays + 30 + state.Random.Next(60))),
            Pool = _pool,
        };
        if (_subscription is { } plan)
        {
            org.Subscription = new OrgSubscriptionRecord
            {
                Tier = SandboxWire.Of(plan.Tier),
                Interval = SandboxWire.Of(plan.Interval),
                Seats = plan.Seats,
                Status = plan.Canceling ? "canceling" : "active",
                CancelAtPeriodEnd = plan.Canceling,
                CurrentPeriodEnd = now.AddDays(1 + state.Random.Next(plan.Interval == SandboxInterval.Annual ? 360 : 28)),
            };
        }
        if (_defaults is { } defaults)
        {
            org.Defaults.DefaultRole = SandboxWire.Of(defaults.DefaultRole);
            org.Defaults.AutoAssignDefaultRole = defaults.AutoAssignDefaultRole;
            org.Defaults.AutoAssignSeats = defaults.AutoAssignSeats;
            org.Defaults.SeatAssignmentCredits = defaults.SeatAssignmentCredits;
        }

        var seeded = new List<SeededMember>();
        foreach (var spec in _members.OrderBy(m => m.Role == SandboxRole.Owner ? 0 : 1))
        {
            var user = users[spec.User];
            var joined = spec.Role == SandboxRole.Owner ? org.CreatedAt : org.CreatedAt.AddDays(1 + state.Random.Next(30));
            var member = new MemberRecord
            {
                Id = state.NewId(),
                OrganizationId = org.Id,
                UserId = user.Id,
                Email = user.Email,
                Role = SandboxWire.Of(spec.Role),
                Status = SandboxWire.Of(spec.Status),
                Credits = spec.Credits,
                InvitedAt = spec.Role == SandboxRole.Owner ? null : joined.AddDays(-1),
                JoinedAt = joined,
            };
            if (spec.Seat)
            {
                if (org.Subscription is null) throw new InvalidOperationException($"'{spec.User}' holds a seat in '{Handle}', which has no Subscription(...).");
                member.Seat = new SeatRecord { Tier = org.Subscription.Tier, AssignedAt = joined };
            }
            History.Sessions(state, member.Usage, spec.Sessions, 90);
            org.Members.Add(member);
            var key = state.AddKey(user, org.Id, org.Name + " key", [], null, joined);
            seeded.Add(new SeededMember(spec.User, user.Id, member.Id, spec.Role, spec.Status, key.Secret));
        }
        if (org.Subscription is { } subscription && org.SeatsAssigned > subscription.Seats)
            throw new InvalidOperationException($"'{Handle}' assigns {org.SeatsAssigned} seats but its plan has {subscription.Seats}.");

        var invitations = new List<SeededInvitation>();
        foreach (var spec in _invitations)
        {
            if (org.Members.Any(m => string.Equals(m.Email, spec.Email, StringComparison.OrdinalIgnoreCase)))
                throw new InvalidOperationException($"'{spec.Email}' is already in '{Handle}'.");
            var at = now.AddDays(-1 - state.Random.Next(10)).AddMinutes(-state.Random.Next(1440));
            var member = new MemberRecord
            {
                Id = state.NewId(),
                OrganizationId = org.Id,
                UserId = state.FindUserByEmail(spec.Email)?.Id,
                Email = spec.Email,
                Role = SandboxWire.Of(spec.Role),
                Status = "pending",
                InvitedAt = at,
            };
            var invitation = new InvitationRecord
            {
                Id = state.NewId(),
                OrganizationId = org.Id,
                MemberId = member.Id,
                Email = spec.Email,
                Role = member.Role,
                Credits = spec.Credits,
                Message = spec.Message,
                InvitedByUserId = owner.Id,
                CreatedAt = at,
            };
            org.Members.Add(member);
            org.Invitations.Add(invitation);
            invitations.Add(new SeededInvitation(invitation.Id, member.Id, spec.Email, spec.Role, spec.Credits));
        }

        History.Transactions(state, org, owner, _transactions, _transactionDays);

        foreach (var spec in _creditRequests)
        {
            var member = org.Members.FirstOrDefault(m => m.UserId == users[spec.User].Id)
                ?? throw new InvalidOperationException($"'{spec.User}' asks '{Handle}' for credits but is not a member.");
            var at = now.AddDays(-state.Random.Next(1, 20)).AddMinutes(-state.Random.Next(1440));
            var request = new CreditRequestRecord
            {
                Id = state.NewId(),
                OrganizationId = org.Id,
                MemberId = member.Id,
                RequesterName = state.MemberName(member),
                RequesterEmail = member.Email,
                Amount = spec.Amount,
                Reason = spec.Reason,
                Status = spec.Status,
                CreatedAt = at,
            };
            if (spec.Status != "pending")
            {
                request.DecidedAt = at.AddHours(5);
                request.DecidedBy = owner.DisplayName;
                request.ApprovedAmount = spec.Status == "approved" ? spec.Amount : null;
                request.DecisionNote = spec.Status == "approved" ? "Approved." : "Not this quarter, sorry.";
            }
            org.CreditRequests.Add(request);
        }

        foreach (var spec in _inviteCodes)
        {
            if (state.Organizations.Concat([org]).Any(o => o.InviteCodes.Any(c => string.Equals(c.Code, spec.Code, StringComparison.OrdinalIgnoreCase))))
                throw new InvalidOperationException($"Invite code '{spec.Code}' is seeded twice.");
            org.InviteCodes.Add(new InviteCodeRecord
            {
                Id = state.NewId(),
                Code = spec.Code,
                Role = SandboxWire.Of(spec.Role),
                Uses = spec.Uses,
                MaxUses = spec.MaxUses,
                ExpiresAt = spec.ExpiresIn is { } expiresIn ? now + expiresIn : null,
                CreatedAt = now.AddDays(-state.Random.Next(1, 40)),
                Revoked = spec.Revoked,
            });
        }

        state.Organizations.Add(org);
        return new SeededOrganization(Handle, org.Id, org.Name, owner.Id, seeded, invitations, _inviteCodes.Select(c => c.Code).ToList());
    }

    private sealed record MemberSpec(string User, SandboxRole Role, decimal Credits, bool Seat, SandboxMemberStatus Status, int Sessions);

    private sealed record InvitationSpec(string Email, SandboxRole Role, decimal Credits, string? Message);

    private sealed record CreditRequestSpec(string User, decimal Amount, string? Reason, string Status);

    private sealed record InviteCodeSpec(string Code, SandboxRole Role, int? MaxUses, TimeSpan? ExpiresIn, int Uses, bool Revoked);
}
