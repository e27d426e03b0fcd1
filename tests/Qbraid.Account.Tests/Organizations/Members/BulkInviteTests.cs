using System.Text;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Members;

public sealed class BulkInviteTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/invitations/bulk";

    private static readonly string TwoInvited = $$"""
        {"invited":[{{MemberSamples.Invitation("6601a2b3c4d5e6f708192a01", "ada@example.com", "admin")}},
                    {{MemberSamples.Invitation("6601a2b3c4d5e6f708192a02", "grace@example.com", "manager")}}],
         "rejected":[{"row":3,"email":"alan@example.com","reason":"already a member"}]}
        """;

    private static MemoryStream Utf8(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    private static string Rows(int count, string role = "member")
        => string.Concat(Enumerable.Range(1, count).Select(i => $"user{i}@example.com,{role}\r\n"));

    [Fact]
    public async Task Bulk_invite_from_csv_with_bom_quotes_and_blank_trailing_lines_sends_canonical_csv()
    {
        GivenData("POST", Path, TwoInvited);
        var csv = "Email,ROLE,note\r\n"
                + "\"ada@example.com\",Admin,\"Lead, \"\"error correction\"\"\"\r\n"
                + "grace@example.com,\"manager\",\"two\r\nlines\"\r\n"
                + " alan@example.com , member ,\r\n"
                + "\r\n"
                + ",,\r\n"
                + "\n";

        var result = await Org.Members.BulkInviteAsync(Utf8(csv, bom: true));

        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        Assert.StartsWith("text/csv", Header(request, "Content-Type"));
        Assert.Equal(
            "email,role\r\nada@example.com,admin\r\ngrace@example.com,manager\r\nalan@example.com,member\r\n",
            request.RequestMessage!.Body);
        Assert.NotEqual(0xEF, request.RequestMessage!.BodyAsBytes![0]);

        Assert.Equal(["ada@example.com", "grace@example.com"], result.Invited.Select(i => i.Email));
        Assert.Equal([MemberRole.Admin, MemberRole.Manager], result.Invited.Select(i => i.Role));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(3, rejected.Row);
        Assert.Equal("alan@example.com", rejected.Email);
        Assert.Equal("already a member", rejected.Reason);
    }

    [Fact]
    public async Task Bulk_invite_from_csv_with_lf_line_ends_and_columns_in_another_order()
    {
        GivenData("POST", Path, """{"invited":[],"rejected":[]}""");

        var result = await Org.Members.BulkInviteAsync(Utf8("role,email\nmember,ada@example.com\nadmin,grace@example.com"));

        Assert.Empty(result.Invited);
        Assert.Empty(result.Rejected);
        Assert.Equal("email,role\r\nada@example.com,member\r\ngrace@example.com,admin\r\n", SingleRequest().RequestMessage!.Body);
    }

    [Fact]
    public async Task Bulk_invite_reads_the_stream_from_its_position_and_leaves_it_open()
    {
        GivenData("POST", Path, """{"invited":[],"rejected":[]}""");
        var stream = Utf8("ignored prefix|email,role\r\nada@example.com,member\r\n");
        stream.Position = "ignored prefix|".Length;

        await Org.Members.BulkInviteAsync(stream);

        Assert.True(stream.CanRead);
        Assert.Equal("email,role\r\nada@example.com,member\r\n", SingleRequest().RequestMessage!.Body);
    }

    [Fact]
    public async Task Bulk_invite_of_100_csv_rows_is_sent()
    {
        GivenData("POST", Path, """{"invited":[],"rejected":[]}""");

        await Org.Members.BulkInviteAsync(Utf8("email,role\r\n" + Rows(100) + "\r\n\r\n"));

        var body = SingleRequest().RequestMessage!.Body!;
        Assert.Equal("email,role\r\n" + Rows(100), body);
    }

    [Fact]
    public async Task Bulk_invite_of_101_csv_rows_is_rejected_without_a_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(Utf8("email,role\r\n" + Rows(101))));

        Assert.Equal("csv", ex.ParamName);
        Assert.Contains("more than 100 rows", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Bulk_invite_of_100_entries_is_sent_and_101_is_rejected_without_a_request()
    {
        GivenData("POST", Path, """{"invited":[],"rejected":[]}""");
        var entries = Enumerable.Range(1, 101).Select(i => new BulkInvitationEntry($"user{i}@example.com", MemberRole.Member)).ToList();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(entries));
        Assert.Equal("entries", ex.ParamName);
        Assert.Contains("more than 100 rows", ex.Message);
        Assert.Empty(Server.LogEntries);

        await Org.Members.BulkInviteAsync(entries.Take(100));

        var request = SingleRequest();
        Assert.Equal("email,role\r\n" + Rows(100), request.RequestMessage!.Body);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
    }

    [Fact]
    public async Task Bulk_invite_of_an_endless_sequence_stops_reading_at_101()
    {
        var pulled = 0;
        IEnumerable<BulkInvitationEntry> Endless()
        {
            while (true)
            {
                pulled++;
                yield return new BulkInvitationEntry($"user{pulled}@example.com", MemberRole.Member);
            }
        }

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(Endless()));

        Assert.Equal("entries", ex.ParamName);
        Assert.Equal(101, pulled);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData("email,role\r\n")]
    [InlineData("email,role\r\n\r\n,\r\n")]
    public async Task Bulk_invite_with_a_header_and_no_rows_is_rejected_without_a_request(string csv)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(Utf8(csv)));

        Assert.Equal("csv", ex.ParamName);
        Assert.Contains("no invitees", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    public async Task Bulk_invite_with_an_empty_file_is_rejected_without_a_request(string csv)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(Utf8(csv, bom: true)));

        Assert.Equal("csv", ex.ParamName);
        Assert.Contains("empty", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Bulk_invite_of_no_entries_is_rejected_without_a_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(Array.Empty<BulkInvitationEntry>()));

        Assert.Equal("entries", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Bulk_invite_lists_every_bad_row_by_number_and_sends_nothing()
    {
        var csv = "email,role\r\n"
                + "ada@example.com,admin\r\n"        // row 1: fine
                + "not-an-email,member\r\n"          // row 2: bad e-mail
                + "grace@example.com,manager\r\n"    // row 3: fine
                + "alan@example.com,owner\r\n"       // row 4: owner
                + "\"bad, address\",wizard\r\n"      // row 5: both bad
                + "\r\n"                             // row 6: empty in the middle
                + "ADA@example.com,member\r\n"       // row 7: same as row 1
                + "kay@example.com\r\n";             // row 8: no role

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(Utf8(csv)));

        Assert.Equal("csv", ex.ParamName);
        Assert.Contains("6 invalid rows", ex.Message);
        Assert.Contains("nothing was sent", ex.Message);
        Assert.Contains("row 2: 'not-an-email' is not an e-mail address", ex.Message);
        Assert.Contains("row 4: the owner role can't be given", ex.Message);
        Assert.Contains("row 5: 'bad, address' is not an e-mail address; unknown role 'wizard'", ex.Message);
        Assert.Contains("row 6: the row is empty", ex.Message);
        Assert.Contains("row 7: 'ADA@example.com' is already on row 1", ex.Message);
        Assert.Contains("row 8: a role is required", ex.Message);
        Assert.DoesNotContain("row 1:", ex.Message);
        Assert.DoesNotContain("row 3:", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Bulk_invite_entries_with_bad_rows_lists_them_and_sends_nothing()
    {
        BulkInvitationEntry?[] entries =
        [
            new("ada@example.com", MemberRole.Admin),
            new("grace@example", MemberRole.Member),
            null,
            new("alan@example.com", MemberRole.Owner),
        ];

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(entries.Select(e => e!)));

        Assert.Equal("entries", ex.ParamName);
        Assert.Contains("3 invalid rows", ex.Message);
        Assert.Contains("row 2: 'grace@example' is not an e-mail address", ex.Message);
        Assert.Contains("row 3: the entry is null", ex.Message);
        Assert.Contains("row 4: the owner role can't be given", ex.Message);
        Assert.DoesNotContain("row 1:", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData("name,role\r\nada@example.com,member\r\n")]
    [InlineData("ada@example.com,member\r\n")]
    [InlineData("email\r\nada@example.com\r\n")]
    public async Task Bulk_invite_without_the_email_role_header_is_rejected_without_a_request(string csv)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(Utf8(csv)));

        Assert.Equal("csv", ex.ParamName);
        Assert.Contains("header 'email,role'", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Bulk_invite_with_an_unclosed_quote_names_the_line_and_sends_nothing()
    {
        var csv = "email,role\r\nada@example.com,member\r\n\"grace@example.com,member\r\nalan@example.com,member\r\n";

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(Utf8(csv)));

        Assert.Equal("csv", ex.ParamName);
        Assert.Contains("opened on line 3 is never closed", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Bulk_invite_from_a_null_or_unreadable_stream_fails_before_any_request()
    {
        var nullEx = await Assert.ThrowsAsync<ArgumentNullException>(() => Org.Members.BulkInviteAsync((Stream)null!));
        Assert.Equal("csv", nullEx.ParamName);

        var closed = new MemoryStream();
        closed.Dispose();
        var closedEx = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.BulkInviteAsync(closed));
        Assert.Equal("csv", closedEx.ParamName);

        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Bulk_invite_uses_the_callers_idempotency_key()
    {
        GivenData("POST", Path, """{"invited":[],"rejected":[]}""");

        await Org.Members.BulkInviteAsync([new BulkInvitationEntry("ada@example.com", "Manager")], idempotencyKey: "bulk-2026-02");

        var request = SingleRequest();
        Assert.Equal("bulk-2026-02", Header(request, "Idempotency-Key"));
        Assert.Equal("email,role\r\nada@example.com,manager\r\n", request.RequestMessage!.Body);
    }

    [Fact]
    public async Task Bulk_invite_result_lists_are_empty_not_null_when_the_server_leaves_them_out()
    {
        GivenData("POST", Path, """{"invited":[]}""");

        var result = await Org.Members.BulkInviteAsync([new BulkInvitationEntry("ada@example.com", MemberRole.Member)]);

        Assert.Empty(result.Invited);
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public async Task Bulk_invite_as_a_non_admin_is_a_permission_exception()
    {
        Given("POST", Path, 403, """{"success":false,"message":"Admin role required."}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(
            () => Org.Members.BulkInviteAsync([new BulkInvitationEntry("ada@example.com", MemberRole.Member)]));

        Assert.Equal(403, ex.StatusCode);
        Assert.Single(Requests);
    }
}
