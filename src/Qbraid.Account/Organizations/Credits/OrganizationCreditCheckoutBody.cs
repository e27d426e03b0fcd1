namespace Qbraid.Account.Organizations.Credits;

/// <summary>Body of <c>POST .../credits/checkout</c>.</summary>
internal sealed record OrganizationCreditCheckoutBody(decimal AmountUsd, string? PromoCode);
