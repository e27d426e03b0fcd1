using System.Text.Json.Serialization;
using Qbraid.Account.Identity;
using Qbraid.Account.Organizations;

namespace Qbraid.Account.Http;

/// <summary>
/// The one source-generated JSON context for every wire type (AOT- and trim-safe). Add each new
/// model in its area's block. Lists are read element by element, so register the element type.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = true,
    RespectNullableAnnotations = true,
    Converters =
    [
        typeof(OptionalConverter<string>),
        typeof(OptionalConverter<bool>),
        typeof(OptionalConverter<int>),
        typeof(OptionalConverter<decimal>),
        typeof(OptionalConverter<Qbraid.Account.Organizations.Members.MemberRole>),
        typeof(OptionalConverter<Qbraid.Account.Billing.SubscriptionTier>),
        typeof(OptionalConverter<Qbraid.Account.Billing.BillingInterval>),
        typeof(OptionalConverter<Qbraid.Account.Organizations.Settings.MemberDefaultsUpdate>),
        // Every list or string-keyed dictionary property of a model: a null item or value makes the
        // response unreadable instead of reaching the caller (the element types are registered below).
        typeof(NonNullListConverter<string>),
        typeof(NonNullListConverter<Qbraid.Account.Organizations.Credits.CreditTransferRecipient>),
        typeof(NonNullListConverter<Qbraid.Account.Usage.DailyCreditUsage>),
        typeof(NonNullListConverter<Qbraid.Account.Usage.DailyComputeHours>),
        typeof(NonNullListConverter<Qbraid.Account.Wallet.DailyCredits>),
        typeof(NonNullListConverter<Qbraid.Account.Organizations.Members.Invitation>),
        typeof(NonNullListConverter<Qbraid.Account.Organizations.Members.BulkInvitationRejection>),
        typeof(NonNullListConverter<Qbraid.Account.Organizations.Seats.SeatAssignment>),
        typeof(NonNullDictionaryConverter<Qbraid.Account.Identity.OrganizationContext>),
    ])]
// Plumbing
[JsonSerializable(typeof(Pagination))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
// Element types of the non-null collection converters above (a converted property hides its
// element type from the generator, so each is listed here).
[JsonSerializable(typeof(Qbraid.Account.Organizations.Credits.CreditTransferRecipient))]
[JsonSerializable(typeof(Qbraid.Account.Usage.DailyCreditUsage))]
[JsonSerializable(typeof(Qbraid.Account.Usage.DailyComputeHours))]
[JsonSerializable(typeof(Qbraid.Account.Wallet.DailyCredits))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Members.BulkInvitationRejection))]
[JsonSerializable(typeof(Qbraid.Account.Identity.OrganizationContext))]
// Identity and workspaces
[JsonSerializable(typeof(UserVerification))]
[JsonSerializable(typeof(UserContext))]
// Billing (shared by the personal wallet, the member wallet and the organization area)
[JsonSerializable(typeof(Qbraid.Account.Billing.CheckoutSession))]
[JsonSerializable(typeof(Qbraid.Account.Billing.CreditRequest))]
// Profile
[JsonSerializable(typeof(Qbraid.Account.Profile.UserProfile))]
[JsonSerializable(typeof(Qbraid.Account.Profile.UpdateProfileRequest))]
[JsonSerializable(typeof(Qbraid.Account.Profile.ProfileAvatar))]
[JsonSerializable(typeof(Qbraid.Account.Profile.NotificationPreferences))]
[JsonSerializable(typeof(Qbraid.Account.Profile.UpdateNotificationPreferencesRequest))]
[JsonSerializable(typeof(Qbraid.Account.Profile.DeletionRequestBody))]
[JsonSerializable(typeof(Qbraid.Account.Profile.AccountDeletionRequest))]

// API keys
[JsonSerializable(typeof(Qbraid.Account.ApiKeys.ApiKey))]
[JsonSerializable(typeof(Qbraid.Account.ApiKeys.CreatedApiKey))]
[JsonSerializable(typeof(Qbraid.Account.ApiKeys.CreateApiKeyRequest))]

// Wallet
[JsonSerializable(typeof(Qbraid.Account.Wallet.CreditBalance))]
[JsonSerializable(typeof(Qbraid.Account.Wallet.CreditPricing))]
[JsonSerializable(typeof(Qbraid.Account.Wallet.WalletOverview))]
[JsonSerializable(typeof(Qbraid.Account.Wallet.Payment))]
[JsonSerializable(typeof(Qbraid.Account.Wallet.CreditCheckoutRequest))]
[JsonSerializable(typeof(Qbraid.Account.Wallet.PersonalSubscription))]
[JsonSerializable(typeof(Qbraid.Account.Wallet.SubscriptionCheckoutRequest))]
[JsonSerializable(typeof(Qbraid.Account.Wallet.PortalSessionBody))]
[JsonSerializable(typeof(Qbraid.Account.Wallet.PortalSession))]
[JsonSerializable(typeof(Qbraid.Account.Wallet.RequestCreditsRequest))]

// Usage
[JsonSerializable(typeof(Qbraid.Account.Usage.UsageSummary))]
[JsonSerializable(typeof(Qbraid.Account.Usage.CreditUsage))]
[JsonSerializable(typeof(Qbraid.Account.Usage.ComputeHoursUsage))]
[JsonSerializable(typeof(Qbraid.Account.Usage.UsageSession))]
[JsonSerializable(typeof(Qbraid.Account.Usage.UsageSettings))]
[JsonSerializable(typeof(Qbraid.Account.Usage.AiQuota))]

// Organizations
[JsonSerializable(typeof(OrganizationDetails))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Members.MemberRole))]
// Organizations/Members
[JsonSerializable(typeof(Qbraid.Account.Organizations.Members.OrganizationMember))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Members.Invitation))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Members.InviteMemberRequest))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Members.BulkInvitationResult))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Members.ChangeMemberRoleBody))]

// Organizations/Seats
[JsonSerializable(typeof(Qbraid.Account.Organizations.Seats.SeatSummary))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Seats.SeatAssignment))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Seats.SeatAssignmentBody))]

// Organizations/Credits
[JsonSerializable(typeof(Qbraid.Account.Organizations.Credits.OrganizationCreditBalance))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Credits.TransferCreditsRequest))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Credits.CreditTransfer))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Credits.ApproveCreditRequestBody))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Credits.DenyCreditRequestBody))]

// Organizations/Subscription
[JsonSerializable(typeof(Qbraid.Account.Organizations.Subscription.OrganizationSubscription))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Subscription.OrganizationSubscriptionCheckoutBody))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Subscription.UpdateSubscriptionRequest))]

// Organizations/Transactions
[JsonSerializable(typeof(Qbraid.Account.Organizations.Transactions.Transaction))]

// Organizations/Settings
[JsonSerializable(typeof(Qbraid.Account.Organizations.Settings.OrganizationSettings))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Settings.UpdateOrganizationSettingsRequest))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Settings.MemberDefaultsUpdate))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.Settings.OrganizationLogo))]

// Joining
[JsonSerializable(typeof(Qbraid.Account.Invitations.ReceivedInvitation))]
[JsonSerializable(typeof(Qbraid.Account.Invitations.Membership))]
[JsonSerializable(typeof(Qbraid.Account.Invitations.JoinOrganizationBody))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.InviteCodes.InviteCode))]
[JsonSerializable(typeof(Qbraid.Account.Organizations.InviteCodes.CreateInviteCodeBody))]

internal sealed partial class QbraidJsonContext : JsonSerializerContext
{
}
