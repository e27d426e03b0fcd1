namespace Qbraid.Account.Organizations.Credits;

/// <summary>Body of <c>POST .../credit-requests/{id}/deny</c>.</summary>
internal sealed record DenyCreditRequestBody(string? Note);
