using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;
using Qbraid.Account.Testing.Usage;

namespace Qbraid.Account.Testing.Identity;

/// <summary><c>GET /users/verify</c> and <c>GET /users/context</c>.</summary>
internal static class IdentityRoutes
{
    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/users/verify", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var role = caller.Member?.Role;
            return Api.Ok(new
            {
                valid = true,
                userId = caller.User.Id,
                userName = caller.User.UserName,
                userEmail = caller.User.Email,
                userRoles = role is null ? new[] { "user" } : ["user", "organization_" + role],
                userPermissions = Permissions(role),
                organizationId = caller.Organization?.Id,
                organizationUserId = caller.Member?.Id,
                metadata = new { sandbox = true, apiKeyId = caller.Key.Id, apiKeyName = caller.Key.Name },
            });
        });

        api.Get("/users/context", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var user = caller.User;
            var organizations = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var org in state.Organizations)
            {
                if (SandboxState.MembershipOf(org, user.Id) is not { Status: not "pending" } member) continue;
                var tier = org.EffectiveTier;
                organizations[org.Id] = new
                {
                    name = org.Name,
                    roles = new[] { member.Role },
                    subscriptionTier = tier,
                    status = member.Status,
                    diskUsage = new { totalGB = member.Usage.StorageUsedGB, quotaGB = UsageMath.StorageQuotaGB(tier) },
                    cpuHours = new
                    {
                        used = UsageMath.ComputeHours(member.Usage, state.Now.AddDays(-30), state.Now),
                        quota = UsageMath.ComputeQuota(tier),
                        renewalDate = org.Subscription?.CurrentPeriodEnd ?? UsageMath.NextMonth(state.Now),
                    },
                    wallet = new { qbraidCredits = member.Credits, awsCredits = 0m, creditLimit = (decimal?)null, autoRecharge = false },
                };
            }
            return Api.Ok(new
            {
                user = new
                {
                    email = user.Email,
                    userName = user.UserName,
                    emailVerified = user.EmailVerified,
                    isActive = user.Status == "active",
                    personalInformation = new { firstName = user.FirstName, lastName = user.LastName, profilePhoto = user.AvatarUrl },
                },
                organizations,
                currentOrganizationId = caller.Organization?.Id,
            });
        });
    }

    private static string[] Permissions(string? role) => role switch
    {
        null => ["global|account|manage", "global|billing|manage", "global|api-keys|manage"],
        "owner" or "admin" =>
        [
            "organization|billing|manage", "organization|members|manage", "organization|seats|manage",
            "organization|settings|manage", "organization|resources|use",
        ],
        "manager" => ["organization|billing|view", "organization|members|view", "organization|resources|manage", "organization|resources|use"],
        _ => ["organization|resources|use"],
    };
}
