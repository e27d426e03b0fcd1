using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Organizations;

/// <summary><c>GET /organizations/{orgId}</c>: the organization's details, for any member.</summary>
internal static class OrganizationRoutes
{
    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/organizations/{orgId}", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Org(context, orgId);
            return Api.Ok(new
            {
                id = org.Id,
                name = org.Name,
                description = org.Description,
                website = org.Website,
                address = org.Address,
                logoLightUrl = org.LogoLightUrl,
                logoDarkUrl = org.LogoDarkUrl,
                ownerId = org.OwnerUserId,
                memberCount = org.Members.Count,
                subscriptionTier = org.Subscription is { Status: not "canceled" } s ? s.Tier : null,
                createdAt = org.CreatedAt,
            });
        });
    }
}
