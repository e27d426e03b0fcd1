using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Organizations.Transactions;

/// <summary>The credit ledger, newest first, filtered by type, time (<c>from</c>/<c>to</c>, inclusive) and member; admins and managers only.</summary>
internal static class TransactionRoutes
{
    public static readonly string[] Types =
        ["purchase", "transfer", "invite_allocation", "seat_allocation", "request_approval", "refund_to_pool", "usage", "promo", "adjustment"];

    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/organizations/{orgId}/transactions", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.BillingViewer(context, orgId, "transactions");
            var type = Rules.QueryOneOf(context, "type", Types);
            var from = Rules.QueryTime(context, "from", endOfDay: false);
            var to = Rules.QueryTime(context, "to", endOfDay: true);
            if (from is not null && to is not null && from > to) throw ApiError.Field("from", "from must not be after to.");
            var memberId = context.Request.Query["memberId"].ToString();
            if (memberId.Length > 0 && !Rules.IsObjectId(memberId)) throw ApiError.Field("memberId", "memberId must be a 24-hex member id.");

            var transactions = org.Transactions
                .Where(t => type is null || t.Type == type)
                .Where(t => from is null || t.CreatedAt >= from)
                .Where(t => to is null || t.CreatedAt <= to)
                .Where(t => memberId.Length == 0 || Involves(t.From, memberId) || Involves(t.To, memberId))
                .OrderByDescending(t => t.CreatedAt)
                .ThenByDescending(t => t.Sequence);
            return Api.Page(context, transactions, Wire);
        });
    }

    private static bool Involves(Party party, string memberId)
        => party.Kind == "member" && string.Equals(party.Id, memberId, StringComparison.OrdinalIgnoreCase);

    private static object Wire(TransactionRecord t) => new
    {
        id = t.Id,
        createdAt = t.CreatedAt,
        type = t.Type,
        amount = t.Amount,
        from = new { kind = t.From.Kind, id = t.From.Id, name = t.From.Name },
        to = new { kind = t.To.Kind, id = t.To.Id, name = t.To.Name },
        actor = t.Actor is { } a ? new { id = a.Id, name = a.Name, email = a.Email } : null,
        description = t.Description,
    };
}
