using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Settings;

namespace Qbraid.Account.Snippets.Snippets;

internal static class SettingsSnippets
{
    public static async Task GetUpdateLogo(IQbraidAccountClient client, string organizationId)
    {
        // begin-snippet: settings
        IOrganizationSettingsClient settings = client.Organization(organizationId).Settings;

        OrganizationSettings current = await settings.GetAsync();
        Console.WriteLine($"{current.Name}: new members join as {current.MemberDefaults?.DefaultRole}");

        // PATCH: unset fields are not sent, so this changes the website and two member defaults only.
        OrganizationSettings updated = await settings.UpdateAsync(new UpdateOrganizationSettingsRequest
        {
            Website = "https://lab.example.org",
            MemberDefaults = new MemberDefaultsUpdate { AutoAssignSeats = true, SeatAssignmentCredits = 200m },
        });
        Console.WriteLine(updated.Website);
        // end-snippet

        // begin-snippet: settings-logo
        // PNG, JPEG or WEBP, at most 200 KB; one logo for light backgrounds, one for dark.
        await using var light = File.OpenRead("logo-light.png");
        string url = await settings.UploadLogoAsync(LogoVariant.Light, light);
        Console.WriteLine(url);
        // end-snippet
        Check.That(updated.MemberDefaults?.SeatAssignmentCredits == 200m, "member defaults were not updated");
        Check.That(updated.MemberDefaults?.DefaultRole == MemberRole.Member, "an unset member default changed");
    }
}
