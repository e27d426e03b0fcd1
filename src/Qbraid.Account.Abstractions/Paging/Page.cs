using System;
using System.Collections.Generic;

namespace Qbraid.Account;

/// <summary>One page of a qBraid list: its items and where it sits in the whole list.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
{
    private Page(IReadOnlyList<T> values, int pageNumber, int pageSize, long? totalCount, int? totalPages, string? continuationToken)
    {
        Values = values;
        PageNumber = pageNumber;
        PageSize = pageSize;
        TotalCount = totalCount;
        TotalPages = totalPages;
        ContinuationToken = continuationToken;
    }

    /// <summary>The items on this page, in the server's order.</summary>
    public IReadOnlyList<T> Values { get; }

    /// <summary>This page's 1-based number.</summary>
    public int PageNumber { get; }

    /// <summary>The page size asked for (the server's <c>limit</c>: 1 to 100).</summary>
    public int PageSize { get; }

    /// <summary>How many items the whole list holds, when the server says (<c>pagination.total</c>).</summary>
    public long? TotalCount { get; }

    /// <summary>How many pages the whole list holds, when the server says (<c>pagination.totalPages</c>).</summary>
    public int? TotalPages { get; }

    /// <summary>
    /// Pass to <see cref="AsyncPageable{T}.AsPagesAsync"/> to resume after this page;
    /// <see langword="null"/> on the last page.
    /// </summary>
    public string? ContinuationToken { get; }

    /// <summary>
    /// Builds a page, for tests and fakes of the SDK's interfaces.
    /// </summary>
    /// <param name="values">The items.</param>
    /// <param name="pageNumber">1-based page number.</param>
    /// <param name="pageSize">The page size; defaults to the item count.</param>
    /// <param name="totalCount">The list's total, if known.</param>
    /// <param name="totalPages">The list's page count, if known.</param>
    /// <param name="continuationToken">The token for the next page, or <see langword="null"/> on the last page.</param>
    public static Page<T> FromValues(IReadOnlyList<T> values, int pageNumber = 1, int? pageSize = null, long? totalCount = null, int? totalPages = null, string? continuationToken = null)
    {
        if (values is null) throw new ArgumentNullException(nameof(values));
        if (pageNumber < 1) throw new ArgumentOutOfRangeException(nameof(pageNumber), pageNumber, "pageNumber is 1-based: it must be at least 1.");
        return new Page<T>(values, pageNumber, pageSize ?? values.Count, totalCount, totalPages, continuationToken);
    }
}
