using Qbraid.Account.Profile;

namespace Qbraid.Account.Snippets.Snippets;

internal static class ProfileSnippets
{
    public static async Task ReadAndUpdate(IQbraidAccountClient client)
    {
        // begin-snippet: profile-get-update
        IProfileClient profile = client.Personal.Profile;

        UserProfile me = await profile.GetAsync();
        Console.WriteLine($"{me.FirstName} {me.LastName} <{me.Email}>, in {me.OrganizationCount} organizations");

        // PATCH: only the fields you set are sent; the user name stays as it is.
        me = await profile.UpdateAsync(new UpdateProfileRequest { FirstName = "Augusta Ada", LastName = "King" });
        // end-snippet
        Check.That(me.LastName == "King", "the last name was not updated");
    }

    public static async Task Avatar(IQbraidAccountClient client)
    {
        // begin-snippet: profile-avatar
        // PNG, JPEG or WEBP, at most 1 MB (checked before anything is sent).
        await using var image = File.OpenRead("avatar.png");
        ProfileAvatar avatar = await client.Personal.Profile.UploadAvatarAsync(image);
        Console.WriteLine(avatar.AvatarUrl);
        // end-snippet
    }

    public static async Task Notifications(IQbraidAccountClient client)
    {
        // begin-snippet: profile-notifications
        var notifications = await client.Personal.Profile.UpdateNotificationsAsync(
            new UpdateNotificationPreferencesRequest { ProductUpdates = false, Security = true });
        Console.WriteLine($"billing e-mails: {notifications.Billing}, job e-mails: {notifications.Jobs}");
        // end-snippet
        Check.That(!notifications.ProductUpdates, "product updates are still on");
    }

    public static async Task Deletion(IQbraidAccountClient client)
    {
        // begin-snippet: profile-deletion
        AccountDeletionRequest deletion = await client.Personal.Profile.RequestDeletionAsync(reason: "Moving to another account");
        Console.WriteLine($"deletion {deletion.Status} since {deletion.RequestedAt:d}");

        // Changed your mind while it is still pending:
        await client.Personal.Profile.CancelDeletionAsync();
        // end-snippet
    }
}
