namespace Qbraid.Account.Testing.State;

// The sandbox's in-memory world. Plain mutable classes: every read and write happens under
// SandboxState's lock, so none of them needs to be thread-safe on its own.

internal sealed class UserRecord
{
    public required string Id { get; init; }
    public required string Handle { get; init; }
    public required string UserName { get; set; }
    public required string Email { get; init; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? AvatarUrl { get; set; }
    public bool EmailVerified { get; set; } = true;
    public string Status { get; set; } = "active";
    public DateTimeOffset CreatedAt { get; init; }
    public NotificationPreferences Notifications { get; } = new();
    public DeletionRequestRecord? DeletionRequest { get; set; }
    public decimal QbraidCredits { get; set; }
    public decimal AwsCredits { get; set; }
    public bool AutoRecharge { get; set; }
    public PlanRecord Plan { get; set; } = new();
    public List<PaymentRecord> Payments { get; } = [];
    public UsageProfile Usage { get; } = new();

    public string DisplayName => string.Join(' ', new[] { FirstName, LastName }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } name ? name : UserName;
}

internal sealed class NotificationPreferences
{
    public bool ProductUpdates { get; set; } = true;
    public bool Billing { get; set; } = true;
    public bool Jobs { get; set; } = true;
    public bool Organization { get; set; } = true;
    public bool Security { get; set; } = true;
}

internal sealed class DeletionRequestRecord
{
    public required string Id { get; init; }
    public string Status { get; set; } = "pending";
    public string? Reason { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

internal sealed class PlanRecord
{
    public string Tier { get; set; } = "free";
    public string? Interval { get; set; }
    public string Status { get; set; } = "active";
    public DateTimeOffset? CurrentPeriodEnd { get; set; }
    public bool CancelAtPeriodEnd { get; set; }
}

internal sealed class PaymentRecord
{
    public required string Id { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string Description { get; init; }
    public decimal AmountUsd { get; init; }
    public decimal? Credits { get; init; }
    public string Status { get; set; } = "succeeded";
    public string? ReceiptUrl { get; init; }
}

/// <summary>Usage in one workspace: the personal one (on the user) or one organization (on the member).</summary>
internal sealed class UsageProfile
{
    public List<SessionRecord> Sessions { get; } = [];
    public List<UsageCharge> Charges { get; } = [];
    public bool AutoSwitchToCredits { get; set; }
    public decimal StorageUsedGB { get; set; }
    public int AiChatPercentUsed { get; set; }
}

internal sealed class SessionRecord
{
    public required string Id { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset EndedAt { get; init; }
    public required string InstanceType { get; init; }
    public int VCpus { get; init; }
    public bool Gpu { get; init; }
    public decimal Credits { get; init; }
    public long DurationSeconds => (long)(EndedAt - StartedAt).TotalSeconds;

    /// <summary>The documented rule: vCPU count × hours.</summary>
    public decimal ComputeHours => Math.Round(VCpus * DurationSeconds / 3600m, 4);
}

/// <summary>Credits charged outside sessions (jobs, AI) so the usage breakdown has every category.</summary>
internal sealed class UsageCharge
{
    public DateTimeOffset At { get; init; }
    public required string Category { get; init; }
    public decimal Credits { get; init; }
}

internal sealed class ApiKeyRecord
{
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public string? OrganizationId { get; init; }
    public required string Name { get; set; }
    public IReadOnlyList<string> Scopes { get; set; } = [];
    public required string Secret { get; set; }
    public string Status { get; set; } = "active";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public bool Deleted { get; set; }
    public string MaskedKey => "*****" + Secret[^3..];
}

internal sealed class OrganizationRecord
{
    public required string Id { get; init; }
    public required string Handle { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? Address { get; set; }
    public string? LogoLightUrl { get; set; }
    public string? LogoDarkUrl { get; set; }
    public required string OwnerUserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public decimal Pool { get; set; }
    public OrgSubscriptionRecord? Subscription { get; set; }
    public MemberDefaults Defaults { get; } = new();
    public List<MemberRecord> Members { get; } = [];
    public List<InvitationRecord> Invitations { get; } = [];
    public List<CreditRequestRecord> CreditRequests { get; } = [];
    public List<TransactionRecord> Transactions { get; } = [];
    public List<InviteCodeRecord> InviteCodes { get; } = [];

    /// <summary>The plan's tier while it gives benefits; <c>free</c> without one.</summary>
    public string EffectiveTier => Subscription is { Status: not "canceled" } s ? s.Tier : "free";

    public int SeatsAssigned => Members.Count(m => m.Seat is not null);
}

internal sealed class OrgSubscriptionRecord
{
    public required string Tier { get; set; }
    public required string Interval { get; set; }
    public int Seats { get; set; }
    public string Status { get; set; } = "active";
    public DateTimeOffset CurrentPeriodEnd { get; set; }
    public bool CancelAtPeriodEnd { get; set; }
}

internal sealed class MemberDefaults
{
    public bool AutoAssignDefaultRole { get; set; } = true;
    public string DefaultRole { get; set; } = "member";
    public bool AutoAssignSeats { get; set; }
    public decimal SeatAssignmentCredits { get; set; }
}

internal sealed class MemberRecord
{
    public required string Id { get; init; }
    public required string OrganizationId { get; init; }
    public string? UserId { get; set; }
    public required string Email { get; init; }
    public required string Role { get; set; }
    public required string Status { get; set; }
    public decimal Credits { get; set; }
    public SeatRecord? Seat { get; set; }
    public DateTimeOffset? InvitedAt { get; init; }
    public DateTimeOffset? JoinedAt { get; set; }
    public UsageProfile Usage { get; } = new();
}

internal sealed class SeatRecord
{
    public required string Tier { get; init; }
    public DateTimeOffset AssignedAt { get; init; }
}

internal sealed class InvitationRecord
{
    public required string Id { get; init; }
    public required string OrganizationId { get; init; }
    public required string MemberId { get; init; }
    public required string Email { get; init; }
    public required string Role { get; set; }
    public decimal Credits { get; init; }
    public string? Message { get; init; }
    public string Status { get; set; } = "pending";
    public required string InvitedByUserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RespondedAt { get; set; }
}

internal sealed class CreditRequestRecord
{
    public required string Id { get; init; }
    public required string OrganizationId { get; init; }
    public required string MemberId { get; init; }
    public required string RequesterName { get; init; }
    public required string RequesterEmail { get; init; }
    public decimal Amount { get; init; }
    public string? Reason { get; init; }
    public string Status { get; set; } = "pending";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public decimal? ApprovedAmount { get; set; }
    public string? DecisionNote { get; set; }
}

internal sealed record Party(string Kind, string? Id, string? Name)
{
    public static readonly Party Stripe = new("external", null, "Stripe");
    public static readonly Party Usage = new("external", null, "qBraid usage");
}

internal sealed record Actor(string Id, string Name, string Email);

internal sealed class TransactionRecord
{
    public required string Id { get; init; }
    public long Sequence { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string Type { get; init; }
    public decimal Amount { get; init; }
    public required Party From { get; init; }
    public required Party To { get; init; }
    public Actor? Actor { get; init; }
    public string? Description { get; init; }
}

internal sealed class InviteCodeRecord
{
    public required string Id { get; init; }
    public required string Code { get; init; }
    public required string Role { get; init; }
    public int Uses { get; set; }
    public int? MaxUses { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public bool Revoked { get; set; }
}

/// <summary>A Stripe checkout the sandbox pretends to open; <c>CompleteCheckoutAsync</c> pays it.</summary>
internal sealed class CheckoutRecord
{
    public required string SessionId { get; init; }
    public required string Kind { get; init; }
    public required string UserId { get; init; }
    public string? OrganizationId { get; init; }
    public decimal AmountUsd { get; init; }
    public decimal Credits { get; init; }
    public string? Tier { get; init; }
    public string? Interval { get; init; }
    public int Seats { get; init; }
    public bool Completed { get; set; }
}

internal sealed record StoredFile(string ContentType, byte[] Bytes);
