using System.Text;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.Tests.Organizations.Transactions;

public sealed class TransactionCsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=a,\"b\"", "\"'=a,\"\"b\"\"\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("Zoë 量子", "Zoë 量子")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Text_cells_are_formula_safe_and_quoted_only_when_needed(string? value, string expected)
    {
        var text = new StringBuilder();

        TransactionCsvWriter.AppendText(text, value);

        Assert.Equal(expected, text.ToString());
    }

    [Theory]
    [InlineData(0L, "2026-11-25T13:49:52Z")]
    [InlineData(5_000_000L, "2026-11-25T13:49:52.5Z")]
    [InlineData(1_230_000L, "2026-11-25T13:49:52.123Z")]
    [InlineData(1L, "2026-11-25T13:49:52.0000001Z")]
    public void Times_are_iso_8601_utc_with_fractions_only_when_non_zero(long extraTicks, string expected)
    {
        var local = new DateTimeOffset(2026, 11, 25, 8, 49, 52, TimeSpan.FromHours(-5)).AddTicks(extraTicks);

        Assert.Equal(expected, TransactionCsvWriter.FormatTime(local));
    }

    [Fact]
    public void Amounts_use_invariant_culture_whatever_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var text = new StringBuilder();
            TransactionCsvWriter.AppendRow(text, new Transaction { Id = "6561a0b1c2d3e4f5a6b7c8d1", Amount = 1234.5m, Type = TransactionType.Usage });

            Assert.Equal("6561a0b1c2d3e4f5a6b7c8d1,,usage,1234.5,,,,,,,,\r\n", text.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Writer_writes_the_header_then_pages_and_counts_rows()
    {
        var stream = new MemoryStream();
        using var writer = new TransactionCsvWriter(stream);

        await writer.WriteHeaderAsync();
        await writer.WritePageAsync([new Transaction { Id = "a", Amount = 1m }, new Transaction { Id = "b", Amount = 2m }]);
        await writer.WritePageAsync([]);

        Assert.Equal(2, writer.RowCount);
        Assert.Equal(TransactionCsvWriter.Header + "\r\na,,,1,,,,,,,,\r\nb,,,2,,,,,,,,\r\n", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
