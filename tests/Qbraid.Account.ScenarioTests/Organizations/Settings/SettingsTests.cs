using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Settings;

namespace Qbraid.Account.ScenarioTests.Organizations.Settings;

public class SettingsTests : ScenarioTest
{
    private IOrganizationSettingsClient Settings => InOrg(Ada).Settings;

    [Fact]
    public async Task Settings_round_trip_and_unset_fields_keep_their_values()
    {
        var before = await Settings.GetAsync();

        var updated = await Settings.UpdateAsync(new UpdateOrganizationSettingsRequest
        {
            Description = "Quantum error correction.",
            Website = "https://qec.example.org/",
        });

        var read = await InOrg(Katherine).Settings.GetAsync();
        Assert.Equal(updated, read);
        Assert.Equal("Quantum error correction.", read.Description);
        Assert.Equal("https://qec.example.org/", read.Website);
        Assert.Equal(before.Name, read.Name);
        Assert.Equal(before.Address, read.Address);
        Assert.Equal(before.MemberDefaults, read.MemberDefaults);
        Assert.Equal("https://qec.example.org/", (await InOrg(Ada).GetAsync()).Website);
    }

    [Fact]
    public async Task Member_defaults_change_field_by_field()
    {
        var before = (await Settings.GetAsync()).MemberDefaults!;

        await Settings.UpdateAsync(new UpdateOrganizationSettingsRequest
        {
            MemberDefaults = new MemberDefaultsUpdate { SeatAssignmentCredits = 100_000m, DefaultRole = MemberRole.Manager },
        });

        var after = (await Settings.GetAsync()).MemberDefaults!;
        Assert.Equal(before with { SeatAssignmentCredits = 100_000m, DefaultRole = MemberRole.Manager }, after);
    }

    [Fact]
    public async Task A_description_can_be_cleared_but_the_name_is_kept()
    {
        await Settings.UpdateAsync(new UpdateOrganizationSettingsRequest { Description = (string?)null });

        var read = await Settings.GetAsync();
        Assert.Null(read.Description);
        Assert.Equal("Lovelace Quantum Lab", read.Name);
    }

    [Fact]
    public async Task The_server_rejects_an_invalid_field_and_changes_nothing()
    {
        var before = await Settings.GetAsync();

        var ex = await Assert.ThrowsAsync<QbraidValidationException>(() => Settings.UpdateAsync(new UpdateOrganizationSettingsRequest
        {
            Description = "Would be applied if the request were valid",
            Name = new string('Q', 101),
        }));

        Assert.Equal(400, ex.StatusCode);
        Assert.Contains("name", ex.FieldErrors.Keys);
        Assert.Equal(before, await Settings.GetAsync());
    }

    [Theory]
    [InlineData("lab.example.com")]
    [InlineData("ftp://lab.example.com")]
    [InlineData("")]
    public async Task A_website_that_is_not_an_absolute_http_url_is_refused_before_any_request(string website)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Settings.UpdateAsync(new UpdateOrganizationSettingsRequest { Website = website }));

        Assert.Equal("request.Website", ex.ParamName);
        Assert.Equal(0, Requests("PATCH", "/organizations/{orgId}/settings"));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_001)]
    public async Task Seat_assignment_credits_outside_0_to_100000_are_refused_before_any_request(int credits)
    {
        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Settings.UpdateAsync(new UpdateOrganizationSettingsRequest
        {
            MemberDefaults = new MemberDefaultsUpdate { SeatAssignmentCredits = credits },
        }));

        Assert.Equal("request.MemberDefaults.SeatAssignmentCredits", ex.ParamName);
        Assert.Equal(0, Requests("PATCH", "/organizations/{orgId}/settings"));
    }

    [Fact]
    public async Task Light_and_dark_logos_upload_and_show_in_the_settings()
    {
        var light = await Settings.UploadLogoAsync(LogoVariant.Light, Images.Png(4_096));
        var dark = await Settings.UploadLogoAsync(LogoVariant.Dark, Images.Webp(200 * 1024));

        var read = await Settings.GetAsync();
        Assert.Equal(light, read.LogoLightUrl);
        Assert.Equal(dark, read.LogoDarkUrl);
        Assert.NotEqual(light, dark);
        var details = await InOrg(Katherine).GetAsync();
        Assert.Equal(light, details.LogoLightUrl);
    }

    [Fact]
    public async Task An_oversized_or_unsupported_logo_is_refused_before_any_request()
    {
        var big = await Assert.ThrowsAsync<ArgumentException>(() => Settings.UploadLogoAsync(LogoVariant.Light, Images.Png(200 * 1024 + 1)));
        var gif = await Assert.ThrowsAsync<ArgumentException>(() => Settings.UploadLogoAsync(LogoVariant.Light, new MemoryStream("GIF89a......"u8.ToArray())));

        Assert.Equal("image", big.ParamName);
        Assert.Equal("image", gif.ParamName);
        Assert.Equal(0, Requests("PUT", "/organizations/{orgId}/settings/logo"));
        Assert.Null((await Settings.GetAsync()).LogoLightUrl);
    }

    [Fact]
    public async Task A_manager_cannot_upload_a_logo()
    {
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Alan).Settings.UploadLogoAsync(LogoVariant.Light, Images.Jpeg()));

        Assert.Null((await Settings.GetAsync()).LogoLightUrl);
    }
}
