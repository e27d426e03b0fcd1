using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Http;

/// <summary>
/// The one paging implementation every list uses: <c>page</c> (1-based) and <c>limit</c> query
/// parameters, stopping at <c>pagination.totalPages</c>, or after a short or empty page when the
/// server gives no totals, or after the first page when the response has no <c>pagination</c>.
/// </summary>
internal sealed class QbraidPageable<T> : AsyncPageable<T>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 100;

    private readonly WorkspaceContext _context;
    private readonly ApiRequest _request;
    private readonly JsonTypeInfo<T> _elementInfo;
    private readonly int? _pageSize;
    private readonly int _maxPageSize;
    private readonly CancellationToken _cancellationToken;

    public QbraidPageable(WorkspaceContext context, ApiRequest request, JsonTypeInfo<T> elementInfo, int? pageSize, CancellationToken cancellationToken, int maxPageSize = MaxPageSize)
    {
        if (pageSize is { } size) Common.Guard.InRange(size, 1, maxPageSize, "options.PageSize"); // every list takes it as options.PageSize
        _maxPageSize = maxPageSize;
        _context = context;
        _request = request;
        _elementInfo = elementInfo;
        _pageSize = pageSize;
        _cancellationToken = cancellationToken;
    }

    public override IAsyncEnumerable<Page<T>> AsPagesAsync(string? continuationToken = null, int? pageSizeHint = null)
    {
        var start = 1;
        if (continuationToken is not null && (!int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out start) || start < 1))
            throw new ArgumentException("continuationToken must be a token from Page<T>.ContinuationToken (a page number).", nameof(continuationToken));
        if (pageSizeHint is { } hint) Common.Guard.InRange(hint, 1, _maxPageSize, nameof(pageSizeHint));
        return EnumeratePages(start, pageSizeHint ?? _pageSize ?? DefaultPageSize, default);
    }

    public override async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in EnumeratePages(1, _pageSize ?? DefaultPageSize, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Values)
                yield return item;
        }
    }

    private async IAsyncEnumerable<Page<T>> EnumeratePages(int start, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Link the two tokens only when both can fire; otherwise the one that can is enough.
        using var linked = _cancellationToken.CanBeCanceled && cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, cancellationToken)
            : null;
        var token = linked?.Token ?? (cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken);
        for (var page = start; ; page++)
        {
            var result = await FetchPageAsync(page, limit, token).ConfigureAwait(false);
            yield return result;
            if (result.ContinuationToken is null) yield break;
        }
    }

    /// <summary>
    /// One page on its own; <see cref="Page{T}.ContinuationToken"/> is <see langword="null"/> on
    /// the last. For callers that overlap fetching with their own work (the CSV export's read-ahead).
    /// </summary>
    public async Task<Page<T>> FetchPageAsync(int page, int limit, CancellationToken cancellationToken)
    {
        var (items, pagination) = await _context.Pipeline.SendPageAsync(_request.ForPage(page, limit), _context.Scope, _elementInfo, cancellationToken).ConfigureAwait(false);
        var next = IsLast(page, limit, items.Count, pagination) ? null : (page + 1).ToString(CultureInfo.InvariantCulture);
        return Page<T>.FromValues(items, page, limit, pagination?.Total, pagination?.TotalPages, next);
    }

    /// <summary>
    /// The last page the server's totals promise: <c>totalPages</c>, else the row total over the
    /// page size; <see langword="null"/> when it gave neither. Also how far the export may read ahead.
    /// </summary>
    public static long? PromisedLastPage(long? total, int? totalPages, int limit)
        => totalPages is { } pages ? pages : total is { } rows ? (rows + limit - 1) / limit : null;

    private static bool IsLast(int page, int limit, int count, Pagination? pagination)
    {
        if (pagination is null || count == 0) return true;
        return PromisedLastPage(pagination.Total, pagination.TotalPages, limit) is { } last ? page >= last : count < limit;
    }
}
