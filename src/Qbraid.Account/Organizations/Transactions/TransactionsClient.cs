using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Common;
using Qbraid.Account.Http;

namespace Qbraid.Account.Organizations.Transactions;

internal sealed class TransactionsClient : ITransactionsClient
{
    /// <summary>The export asks for the largest page the API serves: fewest round trips.</summary>
    internal const int ExportPageSize = QbraidPageable<Transaction>.MaxPageSize;

    /// <summary>
    /// The largest page size accepted: the contract's 100. Only the benchmarks raise it (to compare
    /// exports in pages of 1,000 with clients that have no cap); the SDK never changes it.
    /// </summary>
    internal static int MaxPageSize { get; set; } = QbraidPageable<Transaction>.MaxPageSize;

    /// <summary>
    /// Pages the export asks for ahead of the one it writes. Two made a 2-core loopback export about
    /// 1.5× the rows/s of a sequential reader (docs/performance.md); three was no faster and held
    /// one more page.
    /// </summary>
    internal const int ReadAhead = 2;

    private readonly WorkspaceContext _context;

    public TransactionsClient(WorkspaceContext context) => _context = context;

    public AsyncPageable<Transaction> ListAsync(TransactionListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = BuildListRequest(options, nameof(options));
        var maxPageSize = MaxPageSize;
        if (options?.PageSize is { } size) Guard.InRange(size, 1, maxPageSize, "options.PageSize");
        return _context.List(request, QbraidJsonContext.Default.Transaction, options?.PageSize, cancellationToken, maxPageSize);
    }

    public Task<long> ExportCsvAsync(Stream destination, TransactionListOptions? filter = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(destination, nameof(destination));
        if (!destination.CanWrite) throw new ArgumentException("destination must be a writable stream.", nameof(destination));
        var (pages, pageSize) = ExportPages(filter);
        return ExportCoreAsync(destination, pages, pageSize, progress, cancellationToken);
    }

    public Task<long> ExportCsvAsync(string path, TransactionListOptions? filter = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(path, nameof(path));
        var fullPath = Path.GetFullPath(path);
        var fileName = Path.GetFileName(fullPath);
        if (fileName.Length == 0) throw new ArgumentException($"path must name a file, not a folder (got {Guard.Describe(path)}).", nameof(path));
        var (pages, pageSize) = ExportPages(filter);
        return ExportToFileAsync(fullPath, fileName, pages, pageSize, progress, cancellationToken);
    }

    private (QbraidPageable<Transaction> Pages, int PageSize) ExportPages(TransactionListOptions? filter)
    {
        var request = BuildListRequest(filter, nameof(filter));
        var pageSize = filter?.PageSize ?? ExportPageSize;
        var maxPageSize = MaxPageSize;
        Guard.InRange(pageSize, 1, maxPageSize, "filter.PageSize");
        // No token here: the export passes its own to each page it fetches.
        return (_context.List(request, QbraidJsonContext.Default.Transaction, pageSize, CancellationToken.None, maxPageSize), pageSize);
    }

    private static async Task<long> ExportToFileAsync(string fullPath, string fileName, QbraidPageable<Transaction> pages, int pageSize, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        // Same folder as the target, so the final move is a rename on one volume.
        var directory = Path.GetDirectoryName(fullPath)!;
        var temp = Path.Combine(directory, "." + fileName + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            long rows;
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                rows = await ExportCoreAsync(file, pages, pageSize, progress, cancellationToken).ConfigureAwait(false);
            }
#if NETCOREAPP3_0_OR_GREATER
            File.Move(temp, fullPath, overwrite: true);
#else
            if (File.Exists(fullPath)) File.Replace(temp, fullPath, destinationBackupFileName: null);
            else File.Move(temp, fullPath);
#endif
            return rows;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static async Task<long> ExportCoreAsync(Stream destination, QbraidPageable<Transaction> pages, int pageSize, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var writer = new TransactionCsvWriter(destination);
        await writer.WriteHeaderAsync(cancellationToken).ConfigureAwait(false);
        // Read-ahead: while a page is written, the next ones are already on their way, so the
        // server's work and the transfer overlap parsing and CSV formatting. Pages beyond the next
        // are asked for only when the server's totals say they exist. At most ReadAhead + 1 pages
        // are held, however long the log. Reads are safe to abandon: a failed or cancelled export
        // cancels the read-ahead and waits for it, so nothing is left running when this returns.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ahead = new Queue<Task<Page<Transaction>>>(ReadAhead);
        var requested = 1;
        ahead.Enqueue(pages.FetchPageAsync(requested, pageSize, stop.Token));
        try
        {
            while (ahead.Count > 0)
            {
                var page = await ahead.Dequeue().ConfigureAwait(false);
                if (page.ContinuationToken is null)
                {
                    await AbandonAsync(ahead, stop).ConfigureAwait(false); // the log ended sooner than its totals said
                }
                else
                {
                    var promised = QbraidPageable<Transaction>.PromisedLastPage(page.TotalCount, page.TotalPages, page.PageSize) ?? 0;
                    var known = (int)Math.Min(int.MaxValue, Math.Max(page.PageNumber + 1L, promised));
                    while (ahead.Count < ReadAhead && requested < known)
                        ahead.Enqueue(pages.FetchPageAsync(++requested, pageSize, stop.Token));
                }
                await writer.WritePageAsync(page.Values, cancellationToken).ConfigureAwait(false);
                progress?.Report(writer.RowCount);
                cancellationToken.ThrowIfCancellationRequested();
            }
            return writer.RowCount;
        }
        finally
        {
            await AbandonAsync(ahead, stop).ConfigureAwait(false);
        }
    }

    private static async Task AbandonAsync(Queue<Task<Page<Transaction>>> ahead, CancellationTokenSource stop)
    {
        if (ahead.Count == 0) return;
        stop.Cancel();
        while (ahead.Count > 0)
        {
            try
            {
                await ahead.Dequeue().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or QbraidException or ObjectDisposedException)
            {
                // The export already failed or was cancelled (or ended); that is what the caller sees.
            }
        }
    }

    private ApiRequest BuildListRequest(TransactionListOptions? options, string paramName)
    {
        var request = ApiRequest.Get(Routes.OrgTransactions, _context.OrganizationId);
        if (options is null) return request;
        if (options.Type is { } type) request.WithQuery("type", Guard.WireValue(type.Value, paramName + ".Type"));
        if (options.From is { } from && options.To is { } to && to < from)
            throw new ArgumentException($"{paramName}.To must not be before {paramName}.From.", paramName + ".To");
        if (options.From is { } start) request.WithQuery("from", TransactionCsvWriter.FormatTime(start));
        if (options.To is { } end) request.WithQuery("to", TransactionCsvWriter.FormatTime(end));
        if (options.MemberId is { } memberId) request.WithQuery("memberId", Guard.ObjectId(memberId, paramName + ".MemberId"));
        return request;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The export's own failure is what the caller needs to see; a stray temp file is secondary.
        }
    }
}
