namespace Qbraid.Account.Wallet;

/// <summary>Credits to buy for the personal wallet (<c>POST /billing/credits/checkout</c>).</summary>
public sealed record CreditCheckoutRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="amountUsd">US dollars to spend, greater than zero ($1 buys 100 credits).</param>
    /// <param name="promoCode">A promotion code, if any.</param>
    public CreditCheckoutRequest(decimal amountUsd, string? promoCode = null)
    {
        AmountUsd = amountUsd;
        PromoCode = promoCode;
    }

    /// <summary>US dollars to spend, greater than zero ($1 buys 100 credits).</summary>
    public decimal AmountUsd { get; init; }

    /// <summary>A promotion code, not blank when given; <see langword="null"/> (not sent) for none.</summary>
    public string? PromoCode { get; init; }
}
