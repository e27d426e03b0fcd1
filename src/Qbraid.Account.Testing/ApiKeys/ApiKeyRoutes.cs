using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.ApiKeys;

/// <summary>
/// The caller's API keys in the current workspace: a key created in an organization workspace is
/// bound to that organization. The secret is returned only on create and rotate.
/// </summary>
internal static class ApiKeyRoutes
{
    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/api-keys", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var keys = KeysOf(state, caller).OrderBy(k => k.CreatedAt).Select(k => Wire(k)).ToList();
            return Api.Ok(keys);
        });

        api.Post("/api-keys", async (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var body = await JsonBody.ReadAsync(context);
            var name = Rules.MaxLength(body.String("name", required: true)!.Trim(), 100, "name")!;
            var scopes = body.Strings("scopes") ?? [];
            if (scopes.Any(string.IsNullOrWhiteSpace)) throw ApiError.Field("scopes", "scopes must not contain empty strings.");
            var key = state.AddKey(caller.User, caller.Organization?.Id, name, scopes.Distinct(StringComparer.Ordinal).ToList());
            return Api.Created(Wire(key, withSecret: true));
        });

        api.Post("/api-keys/{id}/rotate", (string id, HttpContext context) =>
        {
            var key = Find(state, Caller.Of(context), id);
            key.Secret = state.NewSecret();
            key.LastUsedAt = null;
            return Api.Ok(Wire(key, withSecret: true));
        });

        api.Delete("/api-keys/{id}", (string id, HttpContext context) =>
        {
            var key = Find(state, Caller.Of(context), id);
            key.Deleted = true;
            return Api.NoContent();
        });
    }

    private static IEnumerable<ApiKeyRecord> KeysOf(SandboxState state, Caller caller)
        => state.ApiKeys.Where(k => !k.Deleted && k.UserId == caller.User.Id && k.OrganizationId == caller.Organization?.Id);

    private static ApiKeyRecord Find(SandboxState state, Caller caller, string id)
        => KeysOf(state, caller).FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.OrdinalIgnoreCase))
           ?? throw ApiError.NotFound("API key not found in this workspace.");

    private static object Wire(ApiKeyRecord key, bool withSecret = false)
    {
        var fields = new Dictionary<string, object?>
        {
            ["id"] = key.Id,
            ["name"] = key.Name,
            ["status"] = key.Status,
            ["scopes"] = key.Scopes,
            ["maskedKey"] = key.MaskedKey,
            ["createdAt"] = key.CreatedAt,
            ["lastUsedAt"] = key.LastUsedAt,
            ["organizationId"] = key.OrganizationId,
        };
        if (withSecret) fields["key"] = key.Secret;
        return fields;
    }
}
