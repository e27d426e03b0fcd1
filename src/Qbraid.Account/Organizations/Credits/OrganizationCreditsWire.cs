namespace Qbraid.Account.Organizations.Credits;

/// <summary>Body of <c>POST .../credits/checkout</c>.</summary>
internal sealed record OrganizationCreditCheckoutBody(decimal AmountUsd, string? PromoCode);

/// <summary>Body of <c>POST .../credit-requests/{id}/approve</c>; a null amount means "all of it".</summary>
internal sealed record ApproveCreditRequestBody(decimal? Amount, string? Note);

/// <summary>Body of <c>POST .../credit-requests/{id}/deny</c>.</summary>
internal sealed record DenyCreditRequestBody(string? Note);
