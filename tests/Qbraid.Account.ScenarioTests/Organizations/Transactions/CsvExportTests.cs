using System.Text;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.ScenarioTests.Organizations.Transactions;

public class CsvExportTests(SharedWorld shared) : ReadOnlyScenarioTest(shared)
{
    private const string Header = "id,created_at,type,amount,from_kind,from_id,from_name,to_kind,to_id,to_name,actor_email,description";

    [Fact]
    public async Task The_export_has_the_exact_header_and_one_row_per_listed_transaction()
    {
        var listed = await InOrg(Ada).Transactions.ListAsync().ToListAsync();
        using var stream = new MemoryStream();
        var progress = new RecordingProgress();

        var rows = await InOrg(Ada).Transactions.ExportCsvAsync(stream, progress: progress);

        var lines = Lines(stream);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(listed.Count, rows);
        Assert.Equal(listed.Count, lines.Count - 1);
        Assert.Equal(listed.Select(t => t.Id), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(rows, progress.Last);
    }

    [Fact]
    public async Task Rows_are_rfc_4180_with_utc_times()
    {
        using var stream = new MemoryStream();

        await InOrg(Ada).Transactions.ExportCsvAsync(stream);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        var withoutLineBreaks = text.Replace("\r\n", string.Empty);
        Assert.DoesNotContain('\r', withoutLineBreaks); // CRLF line ends only
        Assert.DoesNotContain('\n', withoutLineBreaks);
        var listed = await InOrg(Ada).Transactions.ListAsync().ToListAsync();
        var first = Lines(stream)[1].Split(',');
        Assert.Equal(listed[0].Id, first[0]);
        Assert.EndsWith("Z", first[1]);
        Assert.Equal(listed[0].CreatedAt!.Value.UtcDateTime, DateTimeOffset.Parse(first[1], System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        Assert.Equal(listed[0].Type.Value, first[2]);
    }

    [Fact]
    public async Task A_filtered_export_matches_the_filtered_list()
    {
        var filter = new TransactionListOptions { Type = TransactionType.Transfer };
        var listed = await InOrg(Ada).Transactions.ListAsync(filter).ToListAsync();
        using var stream = new MemoryStream();

        var rows = await InOrg(Ada).Transactions.ExportCsvAsync(stream, filter);

        Assert.Equal(listed.Count, rows);
        Assert.All(Lines(stream).Skip(1), line => Assert.Equal("transfer", line.Split(',')[2]));
    }

    [Fact]
    public async Task The_export_writes_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qbraid-scenario-{Guid.NewGuid():N}.csv");
        try
        {
            var rows = await InOrg(Ada).Transactions.ExportCsvAsync(path);

            var lines = File.ReadAllLines(path);
            Assert.Equal(Header, lines[0]);
            Assert.Equal(rows, lines.Length - 1);
            Assert.Equal(300, rows);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_member_cannot_export()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Katherine).Transactions.ExportCsvAsync(stream));
    }

    private static List<string> Lines(MemoryStream stream)
    {
        var text = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF');
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private sealed class RecordingProgress : IProgress<long>
    {
        public long Last { get; private set; } = -1;

        public void Report(long value) => Last = Math.Max(Last, value);
    }
}
