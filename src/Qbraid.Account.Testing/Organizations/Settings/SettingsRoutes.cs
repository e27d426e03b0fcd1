using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Organizations.Settings;

/// <summary>
/// Settings: any member reads them; only admins change them. <c>name</c> and <c>website</c> can't be
/// cleared, <c>website</c> is an absolute http(s) URL, <c>defaultRole</c> is member, manager or admin,
/// <c>seatAssignmentCredits</c> is 0 to 100,000; logos are PNG, JPEG or WEBP of at most 200 KB.
/// </summary>
internal static class SettingsRoutes
{
    public const decimal MaxSeatAssignmentCredits = 100_000m;

    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/organizations/{orgId}/settings", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Org(context, orgId);
            return Api.Ok(Wire(org));
        });

        api.Patch("/organizations/{orgId}/settings", async (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "change settings");
            var body = await JsonBody.ReadAsync(context);

            // Validate everything first so a rejected PATCH changes nothing.
            string? name = null, website = null;
            if (body.Has("name"))
            {
                name = body.String("name")?.Trim();
                if (string.IsNullOrEmpty(name)) throw ApiError.Field("name", "name can't be cleared.");
                Rules.MaxLength(name, 100, "name");
            }
            if (body.Has("website"))
            {
                website = body.String("website")?.Trim();
                if (string.IsNullOrEmpty(website)) throw ApiError.Field("website", "website can't be cleared.");
                if (!Rules.IsHttpUrl(website)) throw ApiError.Field("website", "website must be an absolute http(s) URL.");
            }
            var description = Rules.MaxLength(body.String("description"), 1000, "description");
            var address = Rules.MaxLength(body.String("address"), 500, "address");
            var defaults = body.Object("memberDefaults");
            var autoAssignDefaultRole = defaults?.Bool("autoAssignDefaultRole");
            var defaultRole = defaults?.String("defaultRole") is { } role ? Rules.OneOf(role, Rules.AssignableRoles, "memberDefaults.defaultRole") : null;
            var autoAssignSeats = defaults?.Bool("autoAssignSeats");
            var seatCredits = defaults?.Decimal("seatAssignmentCredits");
            if (seatCredits is < 0 or > MaxSeatAssignmentCredits)
                throw ApiError.Field("memberDefaults.seatAssignmentCredits", "seatAssignmentCredits must be between 0 and 100,000.");
            if (seatCredits is { } sc && decimal.Round(sc, 4) != sc)
                throw ApiError.Field("memberDefaults.seatAssignmentCredits", "seatAssignmentCredits may have at most 4 decimal places.");

            if (name is not null) org.Name = name;
            if (website is not null) org.Website = website;
            if (body.Has("description")) org.Description = description;
            if (body.Has("address")) org.Address = address;
            if (autoAssignDefaultRole is { } a) org.Defaults.AutoAssignDefaultRole = a;
            if (defaultRole is not null) org.Defaults.DefaultRole = defaultRole;
            if (autoAssignSeats is { } s) org.Defaults.AutoAssignSeats = s;
            if (seatCredits is { } c) org.Defaults.SeatAssignmentCredits = c;
            return Api.Ok(Wire(org));
        });

        api.Put("/organizations/{orgId}/settings/logo", async (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "change the logo");
            var variant = context.Request.Query["variant"].ToString().ToLowerInvariant();
            if (variant is not ("light" or "dark")) throw ApiError.Field("variant", "variant must be light or dark.");
            var (bytes, mediaType, extension) = await ImageFile.ReadAsync(context, ImageFile.LogoMaxBytes, "200 KB");
            var url = ImageFile.Store(state, "logos", $"{org.Id}-{variant}", mediaType, extension, bytes);
            if (variant == "light") org.LogoLightUrl = url;
            else org.LogoDarkUrl = url;
            return Api.Ok(new { url });
        });
    }

    private static object Wire(OrganizationRecord org) => new
    {
        name = org.Name,
        description = org.Description,
        website = org.Website,
        address = org.Address,
        logoLightUrl = org.LogoLightUrl,
        logoDarkUrl = org.LogoDarkUrl,
        memberDefaults = new
        {
            autoAssignDefaultRole = org.Defaults.AutoAssignDefaultRole,
            defaultRole = org.Defaults.DefaultRole,
            autoAssignSeats = org.Defaults.AutoAssignSeats,
            seatAssignmentCredits = org.Defaults.SeatAssignmentCredits,
        },
    };
}
