using Qbraid.Account.Organizations.Transactions;
using Qbraid.Account.Profile;

namespace Qbraid.Account.ScenarioTests.Profile;

public class ProfileTests : ScenarioTest
{
    [Fact]
    public async Task The_profile_is_the_seeded_user()
    {
        var profile = await Personal(Ada).Profile.GetAsync();

        Assert.Equal(Sandbox.Seed.User(Ada).Id, profile.Id);
        Assert.Equal("ada", profile.UserName);
        Assert.Equal("ada@example.com", profile.Email);
        Assert.Equal("Ada", profile.FirstName);
        Assert.Equal("Lovelace", profile.LastName);
        Assert.Equal(UserStatus.Active, profile.Status);
        Assert.Equal(1, profile.OrganizationCount);
    }

    [Fact]
    public async Task An_update_changes_only_the_fields_it_sets()
    {
        var updated = await Personal(Ada).Profile.UpdateAsync(new UpdateProfileRequest { FirstName = "Augusta" });

        Assert.Equal("Augusta", updated.FirstName);
        var profile = await Personal(Ada).Profile.GetAsync();
        Assert.Equal("Augusta", profile.FirstName);
        Assert.Equal("Lovelace", profile.LastName);
        Assert.Equal("ada", profile.UserName);
    }

    [Fact]
    public async Task A_taken_user_name_is_a_conflict_and_changes_nothing()
    {
        var ex = await Assert.ThrowsAsync<QbraidConflictException>(
            () => Personal(Ada).Profile.UpdateAsync(new UpdateProfileRequest { UserName = "grace", FirstName = "Changed" }));

        Assert.Equal(409, ex.StatusCode);
        var profile = await Personal(Ada).Profile.GetAsync();
        Assert.Equal("ada", profile.UserName);
        Assert.Equal("Ada", profile.FirstName);
    }

    [Fact]
    public async Task An_uploaded_avatar_shows_on_the_profile()
    {
        var avatar = await Personal(Ada).Profile.UploadAvatarAsync(Images.Jpeg(2048));

        Assert.StartsWith("http", avatar.AvatarUrl);
        Assert.Equal(avatar.AvatarUrl, (await Personal(Ada).Profile.GetAsync()).AvatarUrl);
    }

    [Fact]
    public async Task An_avatar_over_1_MB_is_refused_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal(Ada).Profile.UploadAvatarAsync(Images.Png(1024 * 1024 + 1)));

        Assert.Equal("image", ex.ParamName);
        Assert.Equal(0, Requests("PUT", "/users/me/avatar"));
    }

    [Fact]
    public async Task Notification_preferences_change_only_what_is_set()
    {
        var before = await Personal(Ada).Profile.GetNotificationsAsync();

        await Personal(Ada).Profile.UpdateNotificationsAsync(new UpdateNotificationPreferencesRequest { Jobs = !before.Jobs });

        var after = await Personal(Ada).Profile.GetNotificationsAsync();
        Assert.Equal(before with { Jobs = !before.Jobs }, after);
    }

    [Fact]
    public async Task An_account_deletion_request_is_pending_once_and_can_be_cancelled()
    {
        var profile = Personal(Ada).Profile;

        var request = await profile.RequestDeletionAsync("Moving on");
        Assert.Equal(AccountDeletionStatus.Pending, request.Status);
        await Assert.ThrowsAsync<QbraidConflictException>(() => profile.RequestDeletionAsync());

        await profile.CancelDeletionAsync();
        await Assert.ThrowsAsync<QbraidNotFoundException>(() => profile.CancelDeletionAsync());
    }

    [Fact]
    public async Task The_owner_cannot_leave_the_organization()
    {
        await Assert.ThrowsAsync<QbraidPermissionException>(() => Personal(Grace).Profile.LeaveOrganizationAsync(Lab.Id));

        var owner = await MemberAsync(Lab.Owner.MemberId);
        Assert.Equal(global::Qbraid.Account.Organizations.Members.MemberRole.Owner, owner.Role);
        Assert.Contains(await As(Grace).ListWorkspacesAsync(), w => w.Workspace.OrganizationId == Lab.Id);
    }

    [Fact]
    public async Task A_member_who_leaves_returns_their_organization_credits_to_the_pool()
    {
        var pool = await PoolAsync();
        var katherine = Lab.Member(Katherine);

        await Personal(Katherine).Profile.LeaveOrganizationAsync(Lab.Id);

        Assert.Equal(pool + 300m, await PoolAsync());
        Assert.DoesNotContain(await As(Katherine).ListWorkspacesAsync(), w => w.Workspace.OrganizationId == Lab.Id);
        await Assert.ThrowsAsync<QbraidNotFoundException>(() => MemberAsync(katherine.MemberId));
        var refund = Assert.Single(await NewTransactionsAsync(TransactionType.RefundToPool));
        Assert.Equal(300m, refund.Amount);
        Assert.Equal(katherine.MemberId, refund.From!.Id);
        Assert.Equal(TransactionPartyKind.Organization, refund.To!.Kind);
    }
}
