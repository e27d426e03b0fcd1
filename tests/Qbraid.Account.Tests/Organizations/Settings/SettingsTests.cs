using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Settings;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Settings;

public sealed class SettingsTests : WireMockTestBase
{
    private const string Path = "/organizations/" + OrgId + "/settings";

    private const string SettingsJson = """
        {"name":"Quantum Lab","description":"Error-correction research","website":"https://quantum-lab.example","address":"1 Qubit Way",
         "logoLightUrl":"https://cdn.example/logo-light.png","logoDarkUrl":null,
         "memberDefaults":{"autoAssignDefaultRole":true,"defaultRole":"manager","autoAssignSeats":false,"seatAssignmentCredits":2500}}
        """;

    [Fact]
    public async Task Get_reads_general_settings_and_member_defaults()
    {
        GivenData("GET", Path, SettingsJson);

        var settings = await Org.Settings.GetAsync();

        Assert.Equal("Quantum Lab", settings.Name);
        Assert.Equal("Error-correction research", settings.Description);
        Assert.Equal("https://quantum-lab.example", settings.Website);
        Assert.Equal("1 Qubit Way", settings.Address);
        Assert.Equal("https://cdn.example/logo-light.png", settings.LogoLightUrl);
        Assert.Null(settings.LogoDarkUrl);
        var defaults = settings.MemberDefaults!;
        Assert.True(defaults.AutoAssignDefaultRole);
        Assert.Equal(MemberRole.Manager, defaults.DefaultRole);
        Assert.False(defaults.AutoAssignSeats);
        Assert.Equal(2500m, defaults.SeatAssignmentCredits);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
    }

    [Fact]
    public async Task Update_sends_only_the_set_fields_including_a_cleared_one_and_one_nested_default()
    {
        GivenData("PATCH", Path, SettingsJson);

        var settings = await Org.Settings.UpdateAsync(new UpdateOrganizationSettingsRequest
        {
            Description = null,
            MemberDefaults = new MemberDefaultsUpdate { AutoAssignSeats = true },
        });

        Assert.Equal("Quantum Lab", settings.Name);
        var request = SingleRequest();
        Assert.Equal("PATCH", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.NoIdempotencyKey(request);
        BillingAreaAssert.JsonBody(request, """{"description":null,"memberDefaults":{"autoAssignSeats":true}}""");
    }

    [Fact]
    public async Task Update_sends_name_and_website_alone()
    {
        GivenData("PATCH", Path, SettingsJson);

        await Org.Settings.UpdateAsync(new UpdateOrganizationSettingsRequest { Name = "Quantum Lab II", Website = "http://lab.example/about" });

        BillingAreaAssert.JsonBody(SingleRequest(), """{"name":"Quantum Lab II","website":"http://lab.example/about"}""");
    }

    [Fact]
    public async Task Update_sends_every_member_default_when_all_are_set()
    {
        GivenData("PATCH", Path, SettingsJson);

        await Org.Settings.UpdateAsync(new UpdateOrganizationSettingsRequest
        {
            Address = "2 Qubit Way",
            MemberDefaults = new MemberDefaultsUpdate
            {
                AutoAssignDefaultRole = false,
                DefaultRole = MemberRole.Admin,
                AutoAssignSeats = true,
                SeatAssignmentCredits = 0m,
            },
        });

        BillingAreaAssert.JsonBody(SingleRequest(), """
            {"address":"2 Qubit Way","memberDefaults":{"autoAssignDefaultRole":false,"defaultRole":"admin","autoAssignSeats":true,"seatAssignmentCredits":0}}
            """);
    }

    [Fact]
    public async Task Update_by_a_manager_is_a_permission_exception()
    {
        Given("PATCH", Path, 403, """{"success":false,"error":{"code":"FORBIDDEN","message":"Only admins can change settings."}}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.Settings.UpdateAsync(new UpdateOrganizationSettingsRequest { Name = "X" }));

        Assert.Equal("FORBIDDEN", ex.ErrorCode);
    }

    public static TheoryData<string, string> BadUpdates => new()
    {
        { "nothing", "request" },
        { "null-name", "request.Name" },
        { "blank-name", "request.Name" },
        { "null-website", "request.Website" },
        { "blank-website", "request.Website" },
        { "relative-website", "request.Website" },
        { "ftp-website", "request.Website" },
        { "null-defaults", "request.MemberDefaults" },
        { "empty-defaults", "request.MemberDefaults" },
        { "owner-role", "request.MemberDefaults.DefaultRole" },
        { "unset-role", "request.MemberDefaults.DefaultRole" },
        { "credits-too-high", "request.MemberDefaults.SeatAssignmentCredits" },
        { "credits-negative", "request.MemberDefaults.SeatAssignmentCredits" },
    };

    [Theory]
    [MemberData(nameof(BadUpdates))]
    public async Task Update_rejects_a_bad_request_before_sending(string @case, string paramName)
    {
        var request = @case switch
        {
            "nothing" => new UpdateOrganizationSettingsRequest(),
            "null-name" => new UpdateOrganizationSettingsRequest { Name = new Optional<string>(null!) },
            "blank-name" => new UpdateOrganizationSettingsRequest { Name = "   " },
            "null-website" => new UpdateOrganizationSettingsRequest { Website = new Optional<string>(null!) },
            "blank-website" => new UpdateOrganizationSettingsRequest { Website = "" },
            "relative-website" => new UpdateOrganizationSettingsRequest { Website = "/about" },
            "ftp-website" => new UpdateOrganizationSettingsRequest { Website = "ftp://lab.example" },
            "null-defaults" => new UpdateOrganizationSettingsRequest { MemberDefaults = new Optional<MemberDefaultsUpdate>(null!) },
            "empty-defaults" => new UpdateOrganizationSettingsRequest { MemberDefaults = new MemberDefaultsUpdate() },
            "owner-role" => new UpdateOrganizationSettingsRequest { MemberDefaults = new MemberDefaultsUpdate { DefaultRole = MemberRole.Owner } },
            "unset-role" => new UpdateOrganizationSettingsRequest { MemberDefaults = new MemberDefaultsUpdate { DefaultRole = default(MemberRole) } },
            "credits-too-high" => new UpdateOrganizationSettingsRequest { MemberDefaults = new MemberDefaultsUpdate { SeatAssignmentCredits = 100_001m } },
            "credits-negative" => new UpdateOrganizationSettingsRequest { MemberDefaults = new MemberDefaultsUpdate { SeatAssignmentCredits = -1m } },
            _ => throw new InvalidOperationException(@case),
        };

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Org.Settings.UpdateAsync(request));

        Assert.Equal(paramName, ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Update_accepts_the_seat_credit_bounds()
    {
        GivenData("PATCH", Path, SettingsJson);

        await Org.Settings.UpdateAsync(new UpdateOrganizationSettingsRequest { MemberDefaults = new MemberDefaultsUpdate { SeatAssignmentCredits = 100_000m } });

        BillingAreaAssert.JsonBody(SingleRequest(), """{"memberDefaults":{"seatAssignmentCredits":100000}}""");
    }
}
