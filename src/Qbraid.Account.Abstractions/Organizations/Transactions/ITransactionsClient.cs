using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Organizations.Transactions;

/// <summary>The organization's credit transaction log (organization workspace only): list, filter, export as CSV.</summary>
public interface ITransactionsClient
{
    /// <summary>The log, newest first, fetched lazily page by page.</summary>
    /// <param name="options">Filters and page size; <see langword="null"/> for everything.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="ArgumentException">An invalid member id, <c>To</c> before <c>From</c>, or a page size outside 1 to 100.</exception>
    AsyncPageable<Transaction> ListAsync(TransactionListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the (filtered) log to <paramref name="destination"/> as CSV, page by page, so memory
    /// does not grow with the log: up to two pages are fetched ahead while one is written, so at
    /// most three pages (of up to 100 transactions) are held at any time. RFC 4180: UTF-8 without
    /// BOM, CRLF line ends, a header row
    /// <c>id,created_at,type,amount,from_kind,from_id,from_name,to_kind,to_id,to_name,actor_email,description</c>,
    /// times in ISO 8601 UTC, amounts with '.' decimals. Text cells that begin with <c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return get a leading <c>'</c> so a
    /// spreadsheet never runs them as formulas. The stream is written and flushed, not closed.
    /// </summary>
    /// <param name="destination">A writable stream; left open.</param>
    /// <param name="filter">Filters; <see langword="null"/> for the whole log.</param>
    /// <param name="progress">Receives the number of rows written so far after each page.</param>
    /// <param name="cancellationToken">Stops the export between pages (and any request in flight); rows already written stay written.</param>
    /// <returns>The number of data rows written (the header not counted).</returns>
    Task<long> ExportCsvAsync(Stream destination, TransactionListOptions? filter = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the (filtered) log to the file at <paramref name="path"/> as CSV (see the stream
    /// overload for the format). The file is written under a temporary name in the same folder
    /// and moved into place only when the export succeeds: on failure or cancellation an existing
    /// file is left untouched and no partial file remains.
    /// </summary>
    /// <param name="path">The file to create or replace; its folder must exist.</param>
    /// <param name="filter">Filters; <see langword="null"/> for the whole log.</param>
    /// <param name="progress">Receives the number of rows written so far after each page.</param>
    /// <param name="cancellationToken">Stops the export between pages (and any request in flight).</param>
    /// <returns>The number of data rows written (the header not counted).</returns>
    Task<long> ExportCsvAsync(string path, TransactionListOptions? filter = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default);
}
