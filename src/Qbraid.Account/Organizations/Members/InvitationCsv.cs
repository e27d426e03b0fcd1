using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Common;

namespace Qbraid.Account.Organizations.Members;

/// <summary>
/// The bulk-invitation CSV: reads a caller's file (RFC 4180 quoting, CRLF or LF, a byte order
/// mark, any header case and column order, trailing blank lines), checks every row, and writes the
/// canonical body the server takes (<c>email,role</c>, CRLF, quoted where needed). A bad file
/// fails here, with every bad row listed, so the server never sees half of it.
/// </summary>
internal static class InvitationCsv
{
    public const int MaxRows = 100;

    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>100 rows fit in far less; the cap only stops a wrong stream from being read whole.</summary>
    public const int MaxChars = 1024 * 1024;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads and checks a CSV stream from its current position; the stream is left open.</summary>
    public static async Task<IReadOnlyList<BulkInvitationEntry>> ReadAsync(Stream csv, string paramName, CancellationToken cancellationToken)
    {
        if (csv is null) throw new ArgumentNullException(paramName, $"{paramName} is required: a CSV stream with the header 'email,role'.");
        if (!csv.CanRead) throw new ArgumentException($"{paramName} must be a readable stream.", paramName);
        var text = await ReadTextAsync(csv, paramName, cancellationToken).ConfigureAwait(false);
        return Parse(text, paramName);
    }

    /// <summary>Parses and checks CSV text.</summary>
    public static IReadOnlyList<BulkInvitationEntry> Parse(string text, string paramName)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
        var records = ParseRecords(text, paramName);

        // Editors and spreadsheets leave empty lines (or ",,") at the end: they are not rows.
        var count = records.Count;
        while (count > 0 && IsBlank(records[count - 1].Fields)) count--;
        if (count == 0)
            throw new ArgumentException($"{paramName} is empty: it must start with the header 'email,role' followed by 1 to {MaxRows} rows.", paramName);

        var header = records[0];
        int emailColumn = -1, roleColumn = -1;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (string.Equals(name, "email", StringComparison.OrdinalIgnoreCase) && emailColumn < 0) emailColumn = i;
            else if (string.Equals(name, "role", StringComparison.OrdinalIgnoreCase) && roleColumn < 0) roleColumn = i;
        }
        if (emailColumn < 0 || roleColumn < 0)
            throw new ArgumentException(
                $"{paramName} must start with the header 'email,role' (got {Guard.Describe(string.Join(",", header.Fields))}).", paramName);

        var rows = count - 1;
        CheckRowCount(rows, paramName);

        var entries = new List<(string? Email, MemberRole Role, string? Problem)>(rows);
        for (var r = 1; r <= rows; r++)
        {
            var fields = records[r].Fields;
            if (IsBlank(fields))
            {
                entries.Add((null, default, "the row is empty"));
                continue;
            }
            var email = emailColumn < fields.Count ? fields[emailColumn].Trim() : null;
            var roleText = roleColumn < fields.Count ? fields[roleColumn].Trim() : null;
            var role = string.IsNullOrEmpty(roleText) ? default : new MemberRole(roleText!);
            entries.Add((email, role, null));
        }
        return Check(entries, paramName, fromFile: true);
    }

    /// <summary>Checks entries given in code.</summary>
    public static IReadOnlyList<BulkInvitationEntry> Check(IEnumerable<BulkInvitationEntry?> entries, string paramName)
    {
        if (entries is null) throw new ArgumentNullException(paramName, $"{paramName} is required: 1 to {MaxRows} invitees.");
        // Take one more than allowed, so a huge (or endless) sequence is not walked to say it's too long.
        var list = entries.Take(MaxRows + 1).ToList();
        CheckRowCount(list.Count, paramName);
        var rows = new List<(string? Email, MemberRole Role, string? Problem)>(list.Count);
        foreach (var entry in list)
            rows.Add(entry is null ? (null, default(MemberRole), "the entry is null") : (entry.Email, entry.Role, null));
        return Check(rows, paramName, fromFile: false);
    }

    private static void CheckRowCount(int rows, string paramName)
    {
        if (rows == 0)
            throw new ArgumentException($"{paramName} has no invitees: a bulk invitation takes 1 to {MaxRows} rows.", paramName);
        if (rows > MaxRows)
            throw new ArgumentException($"{paramName} has more than {MaxRows} rows: a bulk invitation takes 1 to {MaxRows}; split it into several.", paramName);
    }

    private static IReadOnlyList<BulkInvitationEntry> Check(List<(string? Email, MemberRole Role, string? Problem)> rows, string paramName, bool fromFile)
    {
        var problems = new List<string>();
        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var result = new List<BulkInvitationEntry>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = i + 1;
            var (email, role, problem) = rows[i];
            if (problem is not null)
            {
                problems.Add($"row {row}: {problem}");
                continue;
            }
            var reasons = new List<string>(2);
            if (string.IsNullOrWhiteSpace(email)) reasons.Add("the e-mail address is missing");
            else if (!Guard.IsEmail(email)) reasons.Add($"{Guard.Describe(email!)} is not an e-mail address");
            else if (firstRowOf.TryGetValue(email!, out var first)) reasons.Add($"{Guard.Describe(email!)} is already on row {first}");
            else firstRowOf[email!] = row;
            if (Guard.WhyNotAssignableRole(role) is { } roleProblem) reasons.Add(roleProblem);
            if (reasons.Count > 0) problems.Add($"row {row}: {string.Join("; ", reasons)}");
            else result.Add(new BulkInvitationEntry(email!, role));
        }
        if (problems.Count == 0) return result;

        var message = new StringBuilder();
        message.Append(paramName).Append(" has ").Append(problems.Count.ToString(CultureInfo.InvariantCulture))
               .Append(problems.Count == 1 ? " invalid row" : " invalid rows")
               .Append(fromFile ? " (row 1 is the first line after the header)" : " (rows are numbered from 1)")
               .Append("; nothing was sent:");
        foreach (var p in problems) message.Append('\n').Append("  ").Append(p);
        throw new ArgumentException(message.ToString(), paramName);
    }

    /// <summary>The request body: UTF-8 without a byte order mark, header <c>email,role</c>, CRLF after every row.</summary>
    public static byte[] Write(IReadOnlyList<BulkInvitationEntry> entries)
    {
        var builder = new StringBuilder(16 + entries.Count * 40);
        builder.Append("email,role\r\n");
        foreach (var entry in entries)
        {
            AppendField(builder, entry.Email);
            builder.Append(',');
            AppendField(builder, entry.Role.Value);
            builder.Append("\r\n");
        }
        return Utf8NoBom.GetBytes(builder.ToString());
    }

    private static void AppendField(StringBuilder builder, string value)
    {
        if (value.IndexOfAny([',', '"', '\r', '\n']) < 0)
        {
            builder.Append(value);
            return;
        }
        builder.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
    }

    internal readonly struct Record
    {
        public Record(List<string> fields, int line)
        {
            Fields = fields;
            Line = line;
        }

        public List<string> Fields { get; }

        /// <summary>The 1-based line the record starts on (a quoted field may span lines).</summary>
        public int Line { get; }
    }

    /// <summary>RFC 4180 records; also takes bare LF line ends. Malformed quoting is an <see cref="ArgumentException"/> naming the line.</summary>
    internal static List<Record> ParseRecords(string text, string paramName)
    {
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var n = text.Length;
        var pending = false; // a record has started and not yet been ended by a line break

        while (i < n)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                // A quoted field: runs to the next lone quote; "" is a literal quote; line breaks are kept.
                var openedOn = line;
                i++;
                while (true)
                {
                    if (i >= n)
                        throw new ArgumentException($"{paramName} is not valid CSV: the quoted field opened on line {openedOn} is never closed.", paramName);
                    var q = text[i];
                    if (q == '"')
                    {
                        if (i + 1 < n && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n' || (q == '\r' && (i + 1 >= n || text[i + 1] != '\n'))) line++;
                    field.Append(q);
                    i++;
                }
                if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                    throw new ArgumentException($"{paramName} is not valid CSV: unexpected text after a closing quote on line {line}.", paramName);
                pending = true;
                continue;
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                pending = true;
                i++;
                continue;
            }

            if (c == '\r' || c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(new Record(fields, recordLine));
                fields = new List<string>();
                pending = false;
                i += c == '\r' && i + 1 < n && text[i + 1] == '\n' ? 2 : 1;
                line++;
                recordLine = line;
                continue;
            }

            field.Append(c);
            pending = true;
            i++;
        }

        if (pending || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add(new Record(fields, recordLine));
        }
        return records;
    }

    private static bool IsBlank(List<string> fields)
    {
        foreach (var f in fields)
            if (f.Trim().Length > 0) return false;
        return true;
    }

    private static async Task<string> ReadTextAsync(Stream csv, string paramName, CancellationToken cancellationToken)
    {
        // Detects a UTF-8 (or UTF-16) byte order mark and drops it; UTF-8 otherwise.
        using var reader = new StreamReader(csv, Utf8NoBom, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        var builder = new StringBuilder();
        var buffer = new char[4096];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
#if NET8_0_OR_GREATER
            var read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
#else
            var read = await reader.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false);
#endif
            if (read == 0) break;
            if (builder.Length + read > MaxChars)
                throw new ArgumentException($"{paramName} is larger than {MaxChars / 1024} KB of text: far more than {MaxRows} invitation rows.", paramName);
            builder.Append(buffer, 0, read);
        }
        return builder.ToString();
    }
}
