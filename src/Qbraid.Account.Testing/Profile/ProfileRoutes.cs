using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Profile;

/// <summary>The caller's profile, avatar, notifications, account deletion, and leaving an organization.</summary>
internal static class ProfileRoutes
{
    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/users/me", (HttpContext context) => Api.Ok(Profile(state, Caller.Of(context).User)));

        api.Patch("/users/me", async (HttpContext context) =>
        {
            var user = Caller.Of(context).User;
            var body = await JsonBody.ReadAsync(context);
            if (body.Has("email")) throw ApiError.Field("email", "email is read-only: it can't be changed through the API.");

            string? userName = null;
            if (body.Has("userName"))
            {
                userName = body.String("userName") ?? throw ApiError.Field("userName", "userName can't be cleared.");
                userName = userName.Trim();
                if (userName.Length is < 3 or > 32 || !userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
                    throw ApiError.Field("userName", "userName must be 3 to 32 letters, digits, '.', '_' or '-'.");
                if (state.Users.Any(u => u.Id != user.Id && string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase)))
                    throw ApiError.Conflict($"The user name '{userName}' is taken.");
            }
            var firstName = body.Has("firstName") ? Rules.MaxLength(body.String("firstName"), 50, "firstName") : user.FirstName;
            var lastName = body.Has("lastName") ? Rules.MaxLength(body.String("lastName"), 50, "lastName") : user.LastName;

            if (userName is not null) user.UserName = userName;
            user.FirstName = firstName;
            user.LastName = lastName;
            return Api.Ok(Profile(state, user));
        });

        api.Put("/users/me/avatar", async (HttpContext context) =>
        {
            var user = Caller.Of(context).User;
            var (bytes, mediaType, extension) = await ImageFile.ReadAsync(context, ImageFile.AvatarMaxBytes, "1 MB");
            user.AvatarUrl = ImageFile.Store(state, "avatars", user.Id, mediaType, extension, bytes);
            return Api.Ok(new { avatarUrl = user.AvatarUrl });
        });

        api.Get("/users/me/notifications", (HttpContext context) => Api.Ok(Notifications(Caller.Of(context).User)));

        api.Patch("/users/me/notifications", async (HttpContext context) =>
        {
            var user = Caller.Of(context).User;
            var body = await JsonBody.ReadAsync(context);
            var productUpdates = body.Bool("productUpdates");
            var billing = body.Bool("billing");
            var jobs = body.Bool("jobs");
            var organization = body.Bool("organization");
            var security = body.Bool("security");
            var n = user.Notifications;
            n.ProductUpdates = productUpdates ?? n.ProductUpdates;
            n.Billing = billing ?? n.Billing;
            n.Jobs = jobs ?? n.Jobs;
            n.Organization = organization ?? n.Organization;
            n.Security = security ?? n.Security;
            return Api.Ok(Notifications(user));
        });

        api.Post("/users/me/deletion-request", async (HttpContext context) =>
        {
            var user = Caller.Of(context).User;
            var body = await JsonBody.ReadAsync(context, required: false);
            var reason = Rules.MaxLength(body.String("reason"), 1000, "reason");
            if (user.DeletionRequest is { Status: "pending" }) throw ApiError.Conflict("An account deletion request is already pending.");
            user.DeletionRequest = new DeletionRequestRecord { Id = state.NewId(), Reason = reason, RequestedAt = state.Now };
            var request = user.DeletionRequest;
            return Api.Created(new { id = request.Id, status = request.Status, requestedAt = request.RequestedAt });
        });

        api.Delete("/users/me/deletion-request", (HttpContext context) =>
        {
            var user = Caller.Of(context).User;
            if (user.DeletionRequest is not { Status: "pending" }) throw ApiError.NotFound("There is no pending account deletion request.");
            user.DeletionRequest = null;
            return Api.NoContent();
        });

        // Leaving works from either workspace (the organization is in the path), so the header is optional here.
        api.Post("/organizations/{orgId}/leave", (string orgId, HttpContext context) =>
        {
            var caller = Caller.Of(context);
            if (caller.Organization is { } current && !string.Equals(current.Id, orgId, StringComparison.OrdinalIgnoreCase))
                throw ApiError.BadRequest("X-Organization-Id does not match the organization in the path.");
            var org = state.FindOrganization(orgId.ToLowerInvariant()) ?? throw ApiError.NotFound("Organization not found.");
            var member = SandboxState.MembershipOf(org, caller.User.Id);
            if (member is null || member.Status == "pending") throw ApiError.NotFound("User is not a member of this organization.");
            if (member.Role == "owner") throw ApiError.Forbidden("The owner can't leave their own organization.");
            state.RemoveMember(org, member, state.ActorOf(caller.User), "Credits returned on leaving");
            return Api.NoContent();
        });
    }

    private static object Profile(SandboxState state, UserRecord user) => new
    {
        id = user.Id,
        userName = user.UserName,
        email = user.Email,
        emailVerified = user.EmailVerified,
        firstName = user.FirstName,
        lastName = user.LastName,
        avatarUrl = user.AvatarUrl,
        status = user.Status,
        organizationCount = state.Organizations.Count(o => SandboxState.MembershipOf(o, user.Id) is { Status: not "pending" }),
        createdAt = user.CreatedAt,
    };

    private static object Notifications(UserRecord user) => new
    {
        productUpdates = user.Notifications.ProductUpdates,
        billing = user.Notifications.Billing,
        jobs = user.Notifications.Jobs,
        organization = user.Notifications.Organization,
        security = user.Notifications.Security,
    };
}
