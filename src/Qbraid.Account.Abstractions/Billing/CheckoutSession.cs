namespace Qbraid.Account.Billing;

/// <summary>A Stripe checkout to send the user to; credits or the plan arrive after payment.</summary>
public sealed record CheckoutSession
{
    /// <summary>The Stripe checkout page to open in a browser.</summary>
    public required string CheckoutUrl { get; init; }

    /// <summary>Stripe's checkout session id.</summary>
    public required string SessionId { get; init; }

    /// <summary>Credits the payment will buy (1 credit = $0.01); <see langword="null"/> for plan checkouts.</summary>
    public decimal? Credits { get; init; }
}
