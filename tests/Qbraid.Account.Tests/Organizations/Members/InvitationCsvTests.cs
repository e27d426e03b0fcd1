using System.Text;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Tests.Organizations.Members;

/// <summary>The CSV reader and writer on their own, without a server.</summary>
public sealed class InvitationCsvTests
{
    [Fact]
    public void Records_follow_rfc_4180_quoting()
    {
        var records = InvitationCsv.ParseRecords("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",,\"\"\r\nlast", "csv");

        Assert.Equal(3, records.Count);
        Assert.Equal(["a", "b,c", "say \"hi\""], records[0].Fields);
        Assert.Equal(["multi\r\nline", "", ""], records[1].Fields);
        Assert.Equal(["last"], records[2].Fields);
        Assert.Equal([1, 2, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void Records_accept_lf_and_a_trailing_separator()
    {
        var records = InvitationCsv.ParseRecords("a,b\nc,\n", "csv");

        Assert.Equal(2, records.Count);
        Assert.Equal(["c", ""], records[1].Fields);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error_naming_the_line()
    {
        var ex = Assert.Throws<ArgumentException>(() => InvitationCsv.ParseRecords("email,role\n\"a@b.com\"x,member\n", "csv"));

        Assert.Equal("csv", ex.ParamName);
        Assert.Contains("line 2", ex.Message);
    }

    [Fact]
    public void Parse_strips_a_bom_and_normalises_roles()
    {
        var entries = InvitationCsv.Parse("\uFEFFEMAIL,Role\r\nada@example.com, ADMIN \r\n", "csv");

        var entry = Assert.Single(entries);
        Assert.Equal("ada@example.com", entry.Email);
        Assert.Equal(MemberRole.Admin, entry.Role);
    }

    [Fact]
    public void Write_quotes_fields_that_need_it()
    {
        var bytes = InvitationCsv.Write([new BulkInvitationEntry("a,b\"c", MemberRole.Member), new BulkInvitationEntry("plain@example.com", MemberRole.Admin)]);

        Assert.Equal("email,role\r\n\"a,b\"\"c\",member\r\nplain@example.com,admin\r\n", Encoding.UTF8.GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void Write_then_parse_round_trips()
    {
        BulkInvitationEntry[] entries = [new("ada@example.com", MemberRole.Admin), new("grace@example.com", MemberRole.Manager)];

        var parsed = InvitationCsv.Parse(Encoding.UTF8.GetString(InvitationCsv.Write(entries)), "csv");

        Assert.Equal(entries, parsed);
    }
}
