namespace Qbraid.Account.Organizations.Credits;

/// <summary>Body of <c>POST .../credit-requests/{id}/approve</c>; a null amount (left out) means "all of it".</summary>
internal sealed record ApproveCreditRequestBody(decimal? Amount, string? Note);
