using System.Globalization;
using System.Text;
using Qbraid.Account.Organizations.Transactions;
using Qbraid.Account.Tests.Infrastructure;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Organizations.Transactions;

public sealed class CsvExportTests : WireMockTestBase
{
    private const string Path = ListTests.Path;
    private const string CsvHeader = "id,created_at,type,amount,from_kind,from_id,from_name,to_kind,to_id,to_name,actor_email,description\r\n";

    /// <summary>
    /// Pages the generated-log stub has answered, in order. Counted in the stub itself, before the
    /// response goes out: WireMock adds its log entry only after sending, which can trail the client.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentQueue<int> _pagesServed = new();

    /// <summary>Which totals a generated page's <c>pagination</c> carries.</summary>
    private enum Totals { PagesAndCount, CountOnly, None }

    /// <summary>
    /// Serves <paramref name="rows"/> generated rows in pages of the requested <c>limit</c>, by the
    /// <c>page</c> query parameter; <paramref name="totalForPage"/> lets the log change size mid-export.
    /// </summary>
    private void GivenGeneratedLog(long rows, Totals totals = Totals.PagesAndCount, Func<int, long>? totalForPage = null)
        => Server.Given(Request("GET", Path)).RespondWith(Response.Create().WithCallback(request =>
        {
            var page = int.Parse(request.Query!["page"][0], CultureInfo.InvariantCulture);
            _pagesServed.Enqueue(page);
            var total = totalForPage?.Invoke(page) ?? rows;
            var limit = int.Parse(request.Query!["limit"][0], CultureInfo.InvariantCulture);
            var json = new StringBuilder(limit * 420);
            json.Append("{\"success\":true,\"data\":[");
            var first = (long)(page - 1) * limit;
            for (var n = first; n < Math.Min(first + limit, total); n++)
            {
                if (n > first) json.Append(',');
                TransactionJson.AppendGenerated(json, n);
            }
            var totalPages = (total + limit - 1) / limit;
            json.Append("],\"pagination\":{\"page\":").Append(page).Append(",\"limit\":").Append(limit);
            if (totals != Totals.None) json.Append(",\"total\":").Append(total);
            if (totals == Totals.PagesAndCount) json.Append(",\"totalPages\":").Append(totalPages);
            json.Append("}}");
            return new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData { BodyAsString = json.ToString(), DetectedBodyType = WireMock.Types.BodyType.String, Encoding = Encoding.UTF8 },
            };
        }));

    [Fact]
    public async Task Export_writes_rfc4180_utf8_csv_byte_for_byte_with_formula_safe_text()
    {
        var items = new[]
        {
            TransactionJson.Item("6561a0b1c2d3e4f5a6b7c8d1", fromName: "Quantum Lab, Inc.", toName: "Ada \"The Countess\" Lovelace",
                description: "Line 1\nLine 2"),
            TransactionJson.Item("6561a0b1c2d3e4f5a6b7c8d2", createdAt: "2026-11-25T14:49:52.5+01:00", type: "purchase", amount: "1234.5678",
                fromKind: "external", fromId: null, fromName: "Stripe", toKind: "organization", toId: OrgId, toName: "Zoë Ünïcødé 量子 lab",
                actorEmail: null, description: "Crédits achetés — merci"),
            TransactionJson.Item("6561a0b1c2d3e4f5a6b7c8d3", fromName: "+1 555 0100", toName: "=HYPERLINK(\"http://evil.example\",\"x\")",
                actorEmail: "@attacker", description: "-2+3"),
            TransactionJson.Item("6561a0b1c2d3e4f5a6b7c8d4", fromName: "\rCR first", toName: "\tTabbed", description: "Windows\r\nline ending"),
            """{"id":"6561a0b1c2d3e4f5a6b7c8d5","createdAt":null,"type":"adjustment","amount":0.5,"from":null,"to":null,"actor":null,"description":null}""",
        };
        Server.Given(Request("GET", Path)).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithBody(TransactionJson.Page(items, 1, 100, items.Length)));
        var destination = new MemoryStream();

        var rows = await Org.Transactions.ExportCsvAsync(destination);

        var expected =
            CsvHeader +
            "6561a0b1c2d3e4f5a6b7c8d1,2026-11-25T13:49:52Z,transfer,250,organization,507f1f77bcf86cd799439011,\"Quantum Lab, Inc.\",member,64b7f0c2a1d3e4f5a6b7c8d9,\"Ada \"\"The Countess\"\" Lovelace\",grace@example.com,\"Line 1\nLine 2\"\r\n" +
            "6561a0b1c2d3e4f5a6b7c8d2,2026-11-25T13:49:52.5Z,purchase,1234.5678,external,,Stripe,organization,507f1f77bcf86cd799439011,Zoë Ünïcødé 量子 lab,,Crédits achetés — merci\r\n" +
            "6561a0b1c2d3e4f5a6b7c8d3,2026-11-25T13:49:52Z,transfer,250,organization,507f1f77bcf86cd799439011,'+1 555 0100,member,64b7f0c2a1d3e4f5a6b7c8d9,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'@attacker,'-2+3\r\n" +
            "6561a0b1c2d3e4f5a6b7c8d4,2026-11-25T13:49:52Z,transfer,250,organization,507f1f77bcf86cd799439011,\"'\rCR first\",member,64b7f0c2a1d3e4f5a6b7c8d9,'\tTabbed,grace@example.com,\"Windows\r\nline ending\"\r\n" +
            "6561a0b1c2d3e4f5a6b7c8d5,,adjustment,0.5,,,,,,,,\r\n";
        Assert.Equal(5, rows);
        var bytes = destination.ToArray();
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "the CSV must not start with a BOM");
        Assert.Equal(new UTF8Encoding(false).GetBytes(expected), bytes);
        var request = SingleRequest();
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Equal("100", Query(request, "limit"));
    }

    [Fact]
    public async Task Export_of_50000_rows_streams_500_pages_of_100_and_ends_with_the_last_row()
    {
        const long Total = 50_000;
        GivenGeneratedLog(Total);
        var destination = new RecordingStream(() => _pagesServed.Count);

        var rows = await Org.Transactions.ExportCsvAsync(destination);

        Assert.Equal(Total, rows);
        Assert.Equal(Enumerable.Range(1, 500), _pagesServed.Order()); // exactly the 500 pages, none past the end
        Assert.All(Requests, e => Assert.Equal("100", Query(e, "limit")));
        // Streaming with a bounded read-ahead: the header before any request, then page n written
        // once the server had seen page n and at most the ReadAhead pages after it, so never more than ReadAhead + 1 are held.
        var seen = destination.RequestsSeenAtEachWrite;
        Assert.Equal(501, seen.Count);
        Assert.Equal(0, seen[0]);
        for (var n = 1; n <= 500; n++)
            Assert.InRange(seen[n], n, Math.Min(n + TransactionsClient.ReadAhead, 500));
        var text = Encoding.UTF8.GetString(destination.Content.ToArray());
        Assert.StartsWith(CsvHeader + TransactionJson.GeneratedCsvRow(0), text, StringComparison.Ordinal);
        Assert.EndsWith(TransactionJson.GeneratedCsvRow(Total - 1), text, StringComparison.Ordinal);
        Assert.Equal(Total + 1, text.Split("\r\n").Length - 1);
    }

    [Fact]
    public async Task Export_reports_rows_after_each_page_and_passes_the_filter()
    {
        GivenGeneratedLog(250);
        var progress = new RecordingProgress();

        var rows = await Org.Transactions.ExportCsvAsync(new MemoryStream(),
            new TransactionListOptions { Type = TransactionType.Transfer, MemberId = MemberId }, progress);

        Assert.Equal(250, rows);
        Assert.Equal([100L, 200L, 250L], progress.Values);
        Assert.Equal([1, 2, 3], _pagesServed.Order());
        Assert.All(Requests, e =>
        {
            Assert.Equal("transfer", Query(e, "type"));
            Assert.Equal(MemberId, Query(e, "memberId"));
            AssertWorkspaceHeaders(e, OrgId);
        });
    }

    [Fact]
    public async Task Export_of_an_empty_log_writes_only_the_header()
    {
        GivenGeneratedLog(0);
        var destination = new MemoryStream();

        var rows = await Org.Transactions.ExportCsvAsync(destination);

        Assert.Equal(0, rows);
        Assert.Equal(Encoding.UTF8.GetBytes(CsvHeader), destination.ToArray());
        Assert.Equal([1], _pagesServed);
    }

    [Fact]
    public async Task Export_fetches_the_next_page_while_it_writes_the_current_one()
    {
        GivenGeneratedLog(300);
        var pageTwoRequestedBeforePageOneWasReported = false;
        var progress = new RecordingProgress(rows =>
        {
            // The read-ahead is already on its way: wait for the server to see it (bounded), here,
            // before the export can move on to page 2 by itself.
            if (rows == 100) pageTwoRequestedBeforePageOneWasReported = SpinWait.SpinUntil(() => _pagesServed.Contains(2), TimeSpan.FromSeconds(10));
        });

        var rows = await Org.Transactions.ExportCsvAsync(new MemoryStream(), progress: progress);

        Assert.True(pageTwoRequestedBeforePageOneWasReported, "page 2 was not requested while page 1 was written");
        Assert.Equal(300, rows);
        Assert.Equal([1, 2, 3], _pagesServed.Order());
    }

    [Fact]
    public async Task Export_without_totals_reads_only_the_next_page_ahead()
    {
        GivenGeneratedLog(1000, Totals.None); // ten full pages, then an empty one says it is the end
        var destination = new RecordingStream(() => _pagesServed.Count);

        var rows = await Org.Transactions.ExportCsvAsync(destination);

        Assert.Equal(1000, rows);
        Assert.Equal(Enumerable.Range(1, 11), _pagesServed.Order());
        var seen = destination.RequestsSeenAtEachWrite;
        Assert.Equal(11, seen.Count); // the header and ten pages (the empty last page writes nothing)
        for (var n = 1; n <= 10; n++)
            Assert.InRange(seen[n], n, n + 1); // with no totals, only a full page promises another
    }

    [Fact]
    public async Task Export_with_only_a_row_count_reads_ahead_but_never_past_the_last_page()
    {
        GivenGeneratedLog(250, Totals.CountOnly);

        var rows = await Org.Transactions.ExportCsvAsync(new MemoryStream());

        Assert.Equal(250, rows);
        Assert.Equal([1, 2, 3], _pagesServed.Order());
    }

    [Fact]
    public async Task Export_of_a_log_that_shrinks_midway_stops_at_the_page_that_says_it_is_the_last()
    {
        // Page 1 promises five pages; from page 2 on the log holds 150 rows, so page 2 is the last.
        GivenGeneratedLog(500, totalForPage: page => page == 1 ? 500 : 150);
        var destination = new MemoryStream();

        var rows = await Org.Transactions.ExportCsvAsync(destination);

        Assert.Equal(150, rows);
        var text = Encoding.UTF8.GetString(destination.ToArray());
        Assert.EndsWith(TransactionJson.GeneratedCsvRow(149), text, StringComparison.Ordinal);
        Assert.All(_pagesServed, page => Assert.InRange(page, 1, 1 + TransactionsClient.ReadAhead));
    }

    [Fact]
    public async Task Export_cancelled_after_the_first_page_writes_no_more_and_abandons_the_read_ahead()
    {
        GivenGeneratedLog(1000);
        using var cts = new CancellationTokenSource();
        var destination = new MemoryStream();
        var progress = new RecordingProgress(_ => cts.Cancel());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Org.Transactions.ExportCsvAsync(destination, progress: progress, cancellationToken: cts.Token));

        Assert.Equal([100L], progress.Values);
        var text = Encoding.UTF8.GetString(destination.ToArray());
        Assert.EndsWith(TransactionJson.GeneratedCsvRow(99), text, StringComparison.Ordinal);
        Assert.Equal(101, text.Split("\r\n").Length - 1); // the header and page 1; the pages read ahead were dropped
        Assert.Equal(1, _pagesServed.First());
        Assert.All(_pagesServed, page => Assert.InRange(page, 1, 1 + TransactionsClient.ReadAhead)); // never past the read-ahead
    }

    [Fact]
    public async Task Export_whose_destination_fails_ends_with_that_error_and_abandons_the_read_ahead()
    {
        GivenGeneratedLog(1000);
        var destination = new RecordingStream(() => _pagesServed.Count) { FailAfterWrites = 1 }; // the header goes, page 1 fails

        var ex = await Assert.ThrowsAsync<IOException>(() => Org.Transactions.ExportCsvAsync(destination));

        Assert.Equal("disk full", ex.Message);
        Assert.All(_pagesServed, page => Assert.InRange(page, 1, 1 + TransactionsClient.ReadAhead));
    }

    [Fact]
    public async Task Export_to_a_path_replaces_the_file_only_when_complete_and_leaves_no_temp_file()
    {
        GivenGeneratedLog(150);
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "transactions.csv");
        await File.WriteAllTextAsync(path, "old export");

        var rows = await Org.Transactions.ExportCsvAsync(path);

        Assert.Equal(150, rows);
        var text = await File.ReadAllTextAsync(path);
        Assert.StartsWith(CsvHeader, text, StringComparison.Ordinal);
        Assert.EndsWith(TransactionJson.GeneratedCsvRow(149), text, StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Export_to_a_path_that_fails_midway_keeps_the_old_file_and_removes_the_temp_file()
    {
        // Page 1 answers; page 2 fails on every attempt.
        Server.Given(Request("GET", Path).WithParam("page", "1")).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody(TransactionJson.Page([TransactionJson.Item(TransactionJson.Id(0))], 1, 1, 2)));
        Server.Given(Request("GET", Path).WithParam("page", "2")).RespondWith(Response.Create().WithStatusCode(502));
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "transactions.csv");
        await File.WriteAllTextAsync(path, "old export");

        await Assert.ThrowsAsync<QbraidServerException>(() => Org.Transactions.ExportCsvAsync(path, new TransactionListOptions { PageSize = 1 }));

        Assert.Equal("old export", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Export_to_a_new_path_cancelled_midway_creates_no_file()
    {
        GivenGeneratedLog(300);
        using var folder = new TempFolder();
        var path = System.IO.Path.Combine(folder.Path, "new.csv");
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Org.Transactions.ExportCsvAsync(path, progress: new RecordingProgress(_ => cts.Cancel()), cancellationToken: cts.Token));

        Assert.Empty(Directory.GetFiles(folder.Path));
        Assert.All(_pagesServed, page => Assert.InRange(page, 1, 1 + TransactionsClient.ReadAhead)); // page 1 and at most its read-ahead
    }

    [Fact]
    public async Task Export_rejects_bad_arguments_before_sending()
    {
        var nullStream = await Assert.ThrowsAsync<ArgumentNullException>(() => Org.Transactions.ExportCsvAsync((Stream)null!));
        var readOnly = await Assert.ThrowsAsync<ArgumentException>(() => Org.Transactions.ExportCsvAsync(new MemoryStream([], writable: false)));
        var blankPath = await Assert.ThrowsAsync<ArgumentException>(() => Org.Transactions.ExportCsvAsync("  "));
        var badMember = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Transactions.ExportCsvAsync(new MemoryStream(), new TransactionListOptions { MemberId = "nope" }));
        var badPageSize = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Org.Transactions.ExportCsvAsync(new MemoryStream(), new TransactionListOptions { PageSize = 500 }));

        Assert.Equal("destination", nullStream.ParamName);
        Assert.Equal("destination", readOnly.ParamName);
        Assert.Equal("path", blankPath.ParamName);
        Assert.Equal("filter.MemberId", badMember.ParamName);
        Assert.Equal("filter.PageSize", badPageSize.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    /// <summary>Reports synchronously (unlike <see cref="Progress{T}"/>), so the values are in order when the export returns.</summary>
    private sealed class RecordingProgress(Action<long>? onReport = null) : IProgress<long>
    {
        public List<long> Values { get; } = [];

        public void Report(long value)
        {
            Values.Add(value);
            onReport?.Invoke(value);
        }
    }

    /// <summary>A write-only stream that notes how many requests the server had seen at each write.</summary>
    private sealed class RecordingStream(Func<int> requestsSeen) : Stream
    {
        public MemoryStream Content { get; } = new();

        public List<int> RequestsSeenAtEachWrite { get; } = [];

        /// <summary>Writes that succeed before every later one throws an <see cref="IOException"/>.</summary>
        public int FailAfterWrites { get; init; } = int.MaxValue;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        // Synchronous writes would fail on e.g. an ASP.NET Core response body: the export must not use them.
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (RequestsSeenAtEachWrite.Count >= FailAfterWrites) throw new IOException("disk full");
            RequestsSeenAtEachWrite.Add(requestsSeen());
            Content.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qbraid-csv-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
