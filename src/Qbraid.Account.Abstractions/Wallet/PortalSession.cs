namespace Qbraid.Account.Wallet;

/// <summary>A link to the Stripe customer portal ("Manage Plan") for the personal plan and payment methods.</summary>
public sealed record PortalSession
{
    /// <summary>The portal page to open in a browser; short-lived.</summary>
    public required string Url { get; init; }
}
