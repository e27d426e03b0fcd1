namespace Qbraid.Account.Wallet;

/// <summary>The body of <c>POST /billing/portal</c>; a null return URL is left out.</summary>
internal sealed record PortalSessionBody
{
    public string? ReturnUrl { get; init; }
}
