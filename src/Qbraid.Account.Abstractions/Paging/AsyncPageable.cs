using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account;

/// <summary>
/// A lazy qBraid list: nothing is fetched until you enumerate it. <c>await foreach</c> walks the
/// items across pages; <see cref="AsPagesAsync"/> walks whole pages with their totals. Each
/// enumeration starts again from the first page.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public abstract class AsyncPageable<T> : IAsyncEnumerable<T>
{
    /// <summary>For subclasses.</summary>
    protected AsyncPageable()
    {
    }

    /// <summary>
    /// Walks the list page by page.
    /// </summary>
    /// <param name="continuationToken">A <see cref="Page{T}.ContinuationToken"/> to resume from, or <see langword="null"/> for the first page.</param>
    /// <param name="pageSizeHint">Items per page, 1 to 100; <see langword="null"/> for the default (50).</param>
    public abstract IAsyncEnumerable<Page<T>> AsPagesAsync(string? continuationToken = null, int? pageSizeHint = null);

    /// <summary>Walks every item across all pages, fetching each page when the previous one is used up.</summary>
    /// <param name="cancellationToken">Cancels the enumeration and any request in flight.</param>
    public virtual async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPagesAsync().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var value in page.Values)
                yield return value;
        }
    }

    /// <summary>Reads the whole list into memory. Prefer <c>await foreach</c> for long lists.</summary>
    /// <param name="cancellationToken">Cancels the enumeration and any request in flight.</param>
    public async System.Threading.Tasks.Task<IReadOnlyList<T>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<T>();
        await foreach (var item in this.WithCancellation(cancellationToken).ConfigureAwait(false))
            list.Add(item);
        return list;
    }

    /// <summary>A pageable over fixed pages, for tests and fakes of the SDK's interfaces.</summary>
    /// <param name="pages">The pages, in order.</param>
    public static AsyncPageable<T> FromPages(IEnumerable<Page<T>> pages)
    {
        if (pages is null) throw new ArgumentNullException(nameof(pages));
        return new StaticPageable(pages.ToArray());
    }

    /// <summary>A pageable that serves <paramref name="items"/> in pages of <paramref name="pageSize"/>, for tests and fakes.</summary>
    /// <param name="items">Every item of the list.</param>
    /// <param name="pageSize">Items per page, at least 1.</param>
    public static AsyncPageable<T> FromItems(IEnumerable<T> items, int pageSize = 50)
    {
        if (items is null) throw new ArgumentNullException(nameof(items));
        if (pageSize < 1) throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "pageSize must be at least 1.");
        var all = items.ToArray();
        var totalPages = Math.Max(1, (all.Length + pageSize - 1) / pageSize);
        var pages = new Page<T>[totalPages];
        for (var i = 0; i < totalPages; i++)
        {
            var slice = all.Skip(i * pageSize).Take(pageSize).ToArray();
            var next = i + 1 < totalPages ? (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            pages[i] = Page<T>.FromValues(slice, i + 1, pageSize, all.Length, totalPages, next);
        }
        return new StaticPageable(pages);
    }

    private sealed class StaticPageable : AsyncPageable<T>
    {
        private readonly Page<T>[] _pages;

        public StaticPageable(Page<T>[] pages) => _pages = pages;

        public override async IAsyncEnumerable<Page<T>> AsPagesAsync(string? continuationToken = null, int? pageSizeHint = null)
        {
            var start = 0;
            if (continuationToken is not null)
            {
                start = Array.FindIndex(_pages, p => p.PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) == continuationToken);
                if (start < 0) yield break;
            }
            for (var i = start; i < _pages.Length; i++)
            {
                await System.Threading.Tasks.Task.Yield();
                yield return _pages[i];
            }
        }
    }
}
