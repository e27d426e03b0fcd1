using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Organizations.Transactions;

/// <summary>
/// Writes transactions as RFC 4180 CSV, one page at a time: each page is formatted into a reused
/// buffer, encoded as UTF-8 (no BOM) and written to the stream with async I/O only (so it works
/// on streams that forbid synchronous writes, e.g. an ASP.NET Core response). Nothing is kept
/// between pages, so memory stays flat however long the log is. Used by
/// <see cref="TransactionsClient"/> and by the benchmarks.
/// </summary>
/// <remarks>
/// Cells: every text cell (ids, type, kinds, names, e-mail, description) that begins with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading <c>'</c>
/// (formula-injection defence, per OWASP), then is quoted if it holds a comma, quote, CR or LF,
/// with quotes doubled. <c>amount</c> is a number the SDK formats itself (invariant culture,
/// '.' decimals, never an exponent) and is never prefixed: the contract says amounts are
/// positive, and even a negative one is a plain number to a spreadsheet, not a formula.
/// <c>created_at</c> is ISO 8601 UTC (<c>2026-11-25T13:49:52Z</c>, fractional seconds only when
/// non-zero). Missing values are empty cells. Every row, the last included, ends with CRLF.
/// </remarks>
internal sealed class TransactionCsvWriter : IDisposable
{
    /// <summary>The header row, without its line end.</summary>
    public const string Header = "id,created_at,type,amount,from_kind,from_id,from_name,to_kind,to_id,to_name,actor_email,description";

    private const string LineEnd = "\r\n";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly char[] QuoteTriggers = [',', '"', '\r', '\n'];

    private readonly Stream _destination;
    private readonly StringBuilder _text = new(16 * 1024);
    private char[] _chars = [];
    private byte[] _bytes = [];

    public TransactionCsvWriter(Stream destination) => _destination = destination ?? throw new ArgumentNullException(nameof(destination));

    /// <summary>Data rows written so far (the header not counted).</summary>
    public long RowCount { get; private set; }

    /// <summary>Writes the header row.</summary>
    public Task WriteHeaderAsync(CancellationToken cancellationToken = default)
    {
        _text.Clear();
        _text.Append(Header).Append(LineEnd);
        return FlushTextAsync(cancellationToken);
    }

    /// <summary>Writes one page of rows and flushes the stream, so the rows are out before the next page is fetched.</summary>
    public async Task WritePageAsync(IReadOnlyList<Transaction> transactions, CancellationToken cancellationToken = default)
    {
        _text.Clear();
        foreach (var transaction in transactions)
            AppendRow(_text, transaction);
        await FlushTextAsync(cancellationToken).ConfigureAwait(false);
        RowCount += transactions.Count;
    }

    /// <summary>Appends one row, with its CRLF.</summary>
    public static void AppendRow(StringBuilder text, Transaction transaction)
    {
        AppendText(text, transaction.Id);
        text.Append(',');
        if (transaction.CreatedAt is { } createdAt) text.Append(FormatTime(createdAt));
        text.Append(',');
        AppendText(text, transaction.Type.Value);
        text.Append(',');
        text.Append(transaction.Amount.ToString(CultureInfo.InvariantCulture));
        text.Append(',');
        AppendParty(text, transaction.From);
        text.Append(',');
        AppendParty(text, transaction.To);
        text.Append(',');
        AppendText(text, transaction.Actor?.Email);
        text.Append(',');
        AppendText(text, transaction.Description);
        text.Append(LineEnd);
    }

    /// <summary>Appends one text cell: formula-safe, then quoted when needed.</summary>
    public static void AppendText(StringBuilder text, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        var formula = value![0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        var quote = value.IndexOfAny(QuoteTriggers) >= 0;
        if (quote) text.Append('"');
        if (formula) text.Append('\'');
        if (quote)
        {
            var start = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] != '"') continue;
                text.Append(value, start, i - start + 1).Append('"');
                start = i + 1;
            }
            text.Append(value, start, value.Length - start).Append('"');
        }
        else
        {
            text.Append(value);
        }
    }

    /// <summary>ISO 8601 in UTC with a <c>Z</c>; fractional seconds (up to 7 digits, trailing zeros dropped) only when non-zero.</summary>
    public static string FormatTime(DateTimeOffset value)
    {
        var utc = value.UtcDateTime;
        var format = utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFFF'Z'";
        return utc.ToString(format, CultureInfo.InvariantCulture);
    }

    private static void AppendParty(StringBuilder text, TransactionParty? party)
    {
        AppendText(text, party?.Kind.Value);
        text.Append(',');
        AppendText(text, party?.Id);
        text.Append(',');
        AppendText(text, party?.Name);
    }

    private async Task FlushTextAsync(CancellationToken cancellationToken)
    {
        var length = _text.Length;
        if (length == 0) return;
        if (_chars.Length < length)
        {
            if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars);
            _chars = ArrayPool<char>.Shared.Rent(length);
        }
        _text.CopyTo(0, _chars, 0, length);
        var maxBytes = Utf8.GetMaxByteCount(length);
        if (_bytes.Length < maxBytes)
        {
            if (_bytes.Length > 0) ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = ArrayPool<byte>.Shared.Rent(maxBytes);
        }
        var count = Utf8.GetBytes(_chars, 0, length, _bytes, 0);
#if NET5_0_OR_GREATER
        await _destination.WriteAsync(_bytes.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
#else
        await _destination.WriteAsync(_bytes, 0, count, cancellationToken).ConfigureAwait(false);
#endif
        await _destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (_chars.Length > 0) ArrayPool<char>.Shared.Return(_chars);
        if (_bytes.Length > 0) ArrayPool<byte>.Shared.Return(_bytes);
        _chars = [];
        _bytes = [];
    }
}
