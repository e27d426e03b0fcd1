namespace Qbraid.Account.Usage;

/// <summary>Options for listing compute sessions.</summary>
public sealed record UsageSessionListOptions
{
    /// <summary>Items per page, 1 to 100; <see langword="null"/> for the default (50).</summary>
    public int? PageSize { get; init; }
}
