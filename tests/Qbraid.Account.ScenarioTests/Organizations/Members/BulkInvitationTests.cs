using System.Text;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.ScenarioTests.Organizations.Members;

/// <summary>1 to 100 rows; invalid rows are caught by the SDK before sending, the rest judged per row by the server.</summary>
public class BulkInvitationTests : ScenarioTest
{
    private const string BulkPath = "/organizations/{orgId}/invitations/bulk";

    [Fact]
    public async Task The_server_rejects_rows_one_by_one_and_invites_the_rest()
    {
        BulkInvitationEntry[] entries =
        [
            new("newton@example.com", MemberRole.Member),
            new("katherine@example.com", MemberRole.Member), // already a member
            new("noether@example.com", MemberRole.Manager),
            new(SandboxSeed.InviteeEmail, MemberRole.Member), // already invited
            new("curie@example.com", MemberRole.Admin),
        ];

        var result = await InOrg(Ada).Members.BulkInviteAsync(entries);

        Assert.Equal(["newton@example.com", "noether@example.com", "curie@example.com"], result.Invited.Select(i => i.Email));
        Assert.Equal([MemberRole.Member, MemberRole.Manager, MemberRole.Admin], result.Invited.Select(i => i.Role));
        Assert.All(result.Invited, i => Assert.Equal(InvitationStatus.Pending, i.Status));
        Assert.Equal([2, 4], result.Rejected.Select(r => r.Row));
        Assert.Equal(["katherine@example.com", SandboxSeed.InviteeEmail], result.Rejected.Select(r => r.Email));
        Assert.All(result.Rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        var pending = await InOrg(Ada).Members.ListInvitationsAsync(new InvitationListOptions { Status = InvitationStatus.Pending }).ToListAsync();
        Assert.Equal(4, pending.Count);
        Assert.Equal(12_500m, await PoolAsync());
    }

    [Fact]
    public async Task A_csv_file_is_sent_as_is_and_invites_its_rows()
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("email,role\r\nhilbert@example.com,manager\r\n\"gauss@example.com\",member\r\n"));

        var result = await InOrg(Ada).Members.BulkInviteAsync(csv);

        Assert.Equal(2, result.Invited.Count);
        Assert.Empty(result.Rejected);
        var members = await InOrg(Ada).Members.ListAsync(new MemberListOptions { Status = MemberStatus.Pending }).ToListAsync();
        Assert.Contains(members, m => m.Email == "hilbert@example.com" && m.Role == MemberRole.Manager);
        Assert.Contains(members, m => m.Email == "gauss@example.com" && m.Role == MemberRole.Member);
    }

    [Fact]
    public async Task One_hundred_rows_are_accepted()
    {
        var entries = Enumerable.Range(1, 100).Select(i => new BulkInvitationEntry($"student{i}@example.com", MemberRole.Member));

        var result = await InOrg(Ada).Members.BulkInviteAsync(entries);

        Assert.Equal(100, result.Invited.Count);
        Assert.Equal(101, (await InOrg(Ada).Members.ListInvitationsAsync(new InvitationListOptions { Status = InvitationStatus.Pending, PageSize = 100 }).ToListAsync()).Count);
    }

    [Fact]
    public async Task A_hundred_and_one_rows_are_refused_before_any_request()
    {
        var entries = Enumerable.Range(1, 101).Select(i => new BulkInvitationEntry($"student{i}@example.com", MemberRole.Member));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => InOrg(Ada).Members.BulkInviteAsync(entries));

        Assert.Equal("entries", ex.ParamName);
        Assert.Equal(0, Requests("POST", BulkPath));
    }

    [Fact]
    public async Task An_empty_list_is_refused_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => InOrg(Ada).Members.BulkInviteAsync(Array.Empty<BulkInvitationEntry>()));

        Assert.Equal("entries", ex.ParamName);
        Assert.Equal(0, Requests("POST", BulkPath));
    }

    [Fact]
    public async Task Invalid_emails_and_unknown_roles_are_flagged_with_their_rows_before_anything_is_sent()
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("email,role\nok@example.com,member\nnot-an-email,member\nfine@example.com,superuser\n"));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => InOrg(Ada).Members.BulkInviteAsync(csv));

        Assert.Equal("csv", ex.ParamName);
        Assert.Contains("2", ex.Message);
        Assert.Contains("3", ex.Message);
        Assert.Equal(0, Requests("POST", BulkPath));
        Assert.Single(await InOrg(Ada).Members.ListInvitationsAsync().ToListAsync());
    }
}
