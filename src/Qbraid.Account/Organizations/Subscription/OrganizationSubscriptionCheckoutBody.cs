using Qbraid.Account.Billing;

namespace Qbraid.Account.Organizations.Subscription;

/// <summary>Body of <c>POST .../subscription/checkout</c>.</summary>
internal sealed record OrganizationSubscriptionCheckoutBody(SubscriptionTier Tier, BillingInterval Interval, int Seats);
