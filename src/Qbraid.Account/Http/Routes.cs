namespace Qbraid.Account.Http;

/// <summary>
/// Every path the SDK calls, in one table. Most are modeled (see the API contract), so a path qBraid
/// later publishes differently is a one-line change here.
/// </summary>
internal static class Routes
{
    // Identity and workspaces
    public static readonly Route UsersVerify = new("/users/verify");
    public static readonly Route UsersContext = new("/users/context");

    // Profile
    public static readonly Route Me = new("/users/me");
    public static readonly Route MeAvatar = new("/users/me/avatar");
    public static readonly Route MeNotifications = new("/users/me/notifications");
    public static readonly Route MeDeletionRequest = new("/users/me/deletion-request");
    public static readonly Route OrganizationLeave = new("/organizations/{orgId}/leave");

    // API keys
    public static readonly Route ApiKeys = new("/api-keys");
    public static readonly Route ApiKeyRotate = new("/api-keys/{id}/rotate");
    public static readonly Route ApiKey = new("/api-keys/{id}");

    // Wallet
    public static readonly Route CreditsBalance = new("/billing/credits/balance");
    public static readonly Route CreditsPricing = new("/billing/credits/pricing");
    public static readonly Route Wallet = new("/billing/wallet");
    public static readonly Route Payments = new("/billing/payments");
    public static readonly Route CreditsCheckout = new("/billing/credits/checkout");
    public static readonly Route Subscription = new("/billing/subscription");
    public static readonly Route SubscriptionCheckout = new("/billing/subscription/checkout");
    public static readonly Route BillingPortal = new("/billing/portal");
    public static readonly Route CreditRequests = new("/billing/credits/requests");

    // Usage
    public static readonly Route UsageSummary = new("/usage/summary");
    public static readonly Route UsageCredits = new("/usage/credits");
    public static readonly Route UsageComputeHours = new("/usage/compute-hours");
    public static readonly Route UsageSessions = new("/usage/sessions");
    public static readonly Route UsageSettings = new("/usage/settings");
    public static readonly Route AiQuota = new("/ai/quota");

    // Organizations
    public static readonly Route Organization = new("/organizations/{orgId}");
    public static readonly Route Members = new("/organizations/{orgId}/members");
    public static readonly Route Member = new("/organizations/{orgId}/members/{memberId}");
    public static readonly Route MemberSuspend = new("/organizations/{orgId}/members/{memberId}/suspend");
    public static readonly Route MemberReactivate = new("/organizations/{orgId}/members/{memberId}/reactivate");
    public static readonly Route Invitations = new("/organizations/{orgId}/invitations");
    public static readonly Route InvitationsBulk = new("/organizations/{orgId}/invitations/bulk");
    public static readonly Route Invitation = new("/organizations/{orgId}/invitations/{id}");
    public static readonly Route Seats = new("/organizations/{orgId}/seats");
    public static readonly Route SeatAssignments = new("/organizations/{orgId}/seats/assignments");
    public static readonly Route SeatAssignment = new("/organizations/{orgId}/seats/assignments/{memberId}");
    public static readonly Route OrgCredits = new("/organizations/{orgId}/credits");
    public static readonly Route OrgCreditsCheckout = new("/organizations/{orgId}/credits/checkout");
    public static readonly Route OrgCreditTransfers = new("/organizations/{orgId}/credits/transfers");
    public static readonly Route OrgCreditRequests = new("/organizations/{orgId}/credit-requests");
    public static readonly Route OrgCreditRequestApprove = new("/organizations/{orgId}/credit-requests/{id}/approve");
    public static readonly Route OrgCreditRequestDeny = new("/organizations/{orgId}/credit-requests/{id}/deny");
    public static readonly Route OrgSubscription = new("/organizations/{orgId}/subscription");
    public static readonly Route OrgSubscriptionCheckout = new("/organizations/{orgId}/subscription/checkout");
    public static readonly Route OrgSubscriptionCancel = new("/organizations/{orgId}/subscription/cancel");
    public static readonly Route OrgTransactions = new("/organizations/{orgId}/transactions");
    public static readonly Route OrgSettings = new("/organizations/{orgId}/settings");
    public static readonly Route OrgSettingsLogo = new("/organizations/{orgId}/settings/logo");

    // Joining
    public static readonly Route MyInvitations = new("/users/me/invitations");
    public static readonly Route InvitationAccept = new("/invitations/{id}/accept");
    public static readonly Route InvitationDecline = new("/invitations/{id}/decline");
    public static readonly Route InviteCodes = new("/organizations/{orgId}/invite-codes");
    public static readonly Route InviteCode = new("/organizations/{orgId}/invite-codes/{id}");
    public static readonly Route OrganizationsJoin = new("/organizations/join");
}
