namespace Qbraid.Account.Wallet;

/// <summary>Options for listing payments.</summary>
public sealed record PaymentListOptions
{
    /// <summary>Items per page, 1 to 100; <see langword="null"/> for the default (50).</summary>
    public int? PageSize { get; init; }
}
