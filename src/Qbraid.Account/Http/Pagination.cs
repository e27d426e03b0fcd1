namespace Qbraid.Account.Http;

/// <summary>The <c>pagination</c> object of a paged list response.</summary>
internal sealed record Pagination
{
    public int Page { get; init; }

    public int Limit { get; init; }

    public long? Total { get; init; }

    public int? TotalPages { get; init; }
}
