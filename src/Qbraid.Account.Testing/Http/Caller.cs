using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Http;

/// <summary>Who is calling and in which workspace, resolved once per request by <see cref="SandboxPipeline"/>.</summary>
internal sealed class Caller
{
    public Caller(UserRecord user, ApiKeyRecord key, OrganizationRecord? organization, MemberRecord? member)
    {
        User = user;
        Key = key;
        Organization = organization;
        Member = member;
    }

    public UserRecord User { get; }

    public ApiKeyRecord Key { get; }

    /// <summary>The organization workspace (from <c>X-Organization-Id</c>); null in the personal workspace.</summary>
    public OrganizationRecord? Organization { get; }

    /// <summary>The caller's active (or suspended) membership in <see cref="Organization"/>.</summary>
    public MemberRecord? Member { get; }

    public static Caller Of(HttpContext context)
        => context.Items[typeof(Caller)] as Caller ?? throw new InvalidOperationException("No authenticated caller on this request.");

    /// <summary>The organization workspace, or 403 for actions that exist only there.</summary>
    public (OrganizationRecord Org, MemberRecord Member) RequireOrganizationWorkspace(string action)
        => Organization is { } org && Member is { } member
            ? (org, member)
            : throw ApiError.Forbidden($"{action} exists only in an organization workspace: send X-Organization-Id.");

    /// <summary>403 for actions that exist only in the personal workspace.</summary>
    public void RequirePersonalWorkspace(string action)
    {
        if (Organization is not null)
            throw ApiError.Forbidden($"{action} exists only in the personal workspace (qBraid Default): don't send X-Organization-Id.");
    }
}

/// <summary>Role checks for the path-scoped organization endpoints.</summary>
internal static class Access
{
    public static int Rank(string role) => role switch
    {
        "owner" => 4,
        "admin" => 3,
        "manager" => 2,
        "member" => 1,
        _ => 0,
    };

    /// <summary>
    /// The organization in the path, checked against the workspace header: missing header 400
    /// "Organization context required.", a different one 400; non-members were already refused (404)
    /// and suspended members (403) when the header was read.
    /// </summary>
    public static (OrganizationRecord Org, MemberRecord Member, Caller Caller) Org(HttpContext context, string orgId)
    {
        var caller = Caller.Of(context);
        if (caller.Organization is null || caller.Member is null) throw ApiError.BadRequest("Organization context required.");
        if (!string.Equals(caller.Organization.Id, orgId, StringComparison.OrdinalIgnoreCase))
            throw ApiError.BadRequest("X-Organization-Id does not match the organization in the path.");
        return (caller.Organization, caller.Member, caller);
    }

    /// <summary>Admins and the owner: settings, members, seats, credits, plans.</summary>
    public static (OrganizationRecord Org, MemberRecord Member, Caller Caller) Admin(HttpContext context, string orgId, string action)
    {
        var scope = Org(context, orgId);
        if (Rank(scope.Member.Role) < Rank("admin"))
            throw ApiError.Forbidden($"Only an organization admin can {action}; you are {Article(scope.Member.Role)} {scope.Member.Role}.");
        return scope;
    }

    /// <summary>Managers may view billing (pool, plan, transactions) but not change it.</summary>
    public static (OrganizationRecord Org, MemberRecord Member, Caller Caller) BillingViewer(HttpContext context, string orgId, string what)
    {
        var scope = Org(context, orgId);
        if (Rank(scope.Member.Role) < Rank("manager"))
            throw ApiError.Forbidden($"Only admins and managers can view {what}; you are {Article(scope.Member.Role)} {scope.Member.Role}.");
        return scope;
    }

    private static string Article(string role) => role is "admin" or "owner" ? "an" : "a";
}
