using Qbraid.Account.Testing.ApiKeys;
using Qbraid.Account.Testing.Identity;
using Qbraid.Account.Testing.Organizations;
using Qbraid.Account.Testing.Organizations.Credits;
using Qbraid.Account.Testing.Organizations.Joining;
using Qbraid.Account.Testing.Organizations.Members;
using Qbraid.Account.Testing.Organizations.Seats;
using Qbraid.Account.Testing.Organizations.Settings;
using Qbraid.Account.Testing.Organizations.Subscription;
using Qbraid.Account.Testing.Organizations.Transactions;
using Qbraid.Account.Testing.Profile;
using Qbraid.Account.Testing.State;
using Qbraid.Account.Testing.Usage;
using Qbraid.Account.Testing.Wallet;

namespace Qbraid.Account.Testing.Http;

/// <summary>Every area's routes under <c>/api/v1</c>, plus the uploaded files.</summary>
internal static class SandboxRoutes
{
    public static void Map(WebApplication app, SandboxState state)
    {
        var api = app.MapGroup(PathPattern.ApiPrefix);
        IdentityRoutes.Map(api, state);
        ProfileRoutes.Map(api, state);
        ApiKeyRoutes.Map(api, state);
        WalletRoutes.Map(api, state);
        UsageRoutes.Map(api, state);
        OrganizationRoutes.Map(api, state);
        MemberRoutes.Map(api, state);
        InvitationRoutes.Map(api, state);
        SeatRoutes.Map(api, state);
        CreditRoutes.Map(api, state);
        SubscriptionRoutes.Map(api, state);
        TransactionRoutes.Map(api, state);
        SettingsRoutes.Map(api, state);
        JoiningRoutes.Map(api, state);

        // Avatars and logos, public like a CDN.
        app.Get("/files/{**path}", (string path, HttpContext context) => state.Files.TryGetValue(path, out var file)
            ? Results.Bytes(file.Bytes, file.ContentType)
            : throw ApiError.NotFound("File not found."));
    }
}
