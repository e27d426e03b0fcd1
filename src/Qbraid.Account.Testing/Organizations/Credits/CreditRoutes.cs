using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;
using Qbraid.Account.Testing.Wallet;

namespace Qbraid.Account.Testing.Organizations.Credits;

/// <summary>
/// The organization's credit pool: viewing (admins and managers), buying, transferring to members
/// (409 when the pool holds less than the total) and deciding members' credit requests.
/// </summary>
internal static class CreditRoutes
{
    public static readonly string[] RequestStatuses = ["pending", "approved", "denied"];
    private static readonly string[] CreditTypes = ["org_allocated", "promo"];

    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/organizations/{orgId}/credits", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.BillingViewer(context, orgId, "the credit pool");
            return Api.Ok(new { balance = org.Pool });
        });

        api.Post("/organizations/{orgId}/credits/checkout", async (string orgId, HttpContext context) =>
        {
            var (org, _, caller) = Access.Admin(context, orgId, "buy credits");
            var body = await JsonBody.ReadAsync(context);
            var amountUsd = WalletRoutes.AmountUsd(body);
            Rules.MaxLength(body.String("promoCode"), 64, "promoCode");
            var checkout = state.NewCheckout("org-credits", caller.User, org, amountUsd);
            return Api.Ok(new { checkoutUrl = SandboxState.CheckoutUrl(checkout), sessionId = checkout.SessionId, credits = checkout.Credits });
        });

        api.Post("/organizations/{orgId}/credits/transfers", async (string orgId, HttpContext context) =>
        {
            var (org, _, caller) = Access.Admin(context, orgId, "transfer credits");
            var body = await JsonBody.ReadAsync(context);
            var ids = body.Strings("recipients");
            var all = body.Bool("all") ?? false;
            if (ids is not null && all) throw ApiError.Field("recipients", "Send recipients or all: true, not both.");
            if (ids is null && !all) throw ApiError.Field("recipients", "recipients (member ids) or all: true is required.");
            if (ids is { Count: 0 }) throw ApiError.Field("recipients", "recipients must name at least one member.");
            var amount = body.PositiveCredits("amountPerMember", required: true)!.Value;
            var creditType = body.String("creditType") is { } rawType ? Rules.OneOf(rawType, CreditTypes, "creditType") : "org_allocated";
            var message = Rules.MaxLength(body.String("message"), 500, "message");

            List<MemberRecord> recipients;
            if (all)
            {
                recipients = org.Members.Where(m => m.Status == "active").ToList();
                if (recipients.Count == 0) throw ApiError.Conflict("The organization has no active members.");
            }
            else
            {
                if (ids!.Distinct(StringComparer.OrdinalIgnoreCase).Count() != ids!.Count) throw ApiError.Field("recipients", "recipients must not repeat a member.");
                recipients = ids.Select(id => org.Members.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.OrdinalIgnoreCase))
                    ?? throw ApiError.NotFound($"Member {id} not found.")).ToList();
                if (recipients.FirstOrDefault(m => m.Status != "active") is { } inactive)
                    throw ApiError.Conflict($"Member {inactive.Id} is {inactive.Status}: credits go to active members only.");
            }
            var total = SandboxState.Round(amount * recipients.Count);
            SandboxState.EnsurePoolCovers(org, total);

            var type = creditType == "promo" ? "promo" : "transfer";
            var actor = state.ActorOf(caller.User);
            foreach (var member in recipients)
                state.MoveFromPool(org, member, amount, type, actor, message ?? (type == "promo" ? "Promotional credits" : "Credit transfer"));
            return Api.Created(new
            {
                id = state.NewId(),
                recipients = recipients.Select(m => new { memberId = m.Id, amount }).ToList(),
                total,
                createdAt = state.Now,
            });
        });

        api.Get("/organizations/{orgId}/credit-requests", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "review credit requests");
            var status = Rules.QueryOneOf(context, "status", RequestStatuses);
            var requests = org.CreditRequests.Where(r => status is null || r.Status == status).OrderByDescending(r => r.CreatedAt);
            return Api.Page(context, requests, RequestWire);
        });

        api.Post("/organizations/{orgId}/credit-requests/{id}/approve", async (string orgId, string id, HttpContext context) =>
        {
            var (org, _, caller) = Access.Admin(context, orgId, "approve credit requests");
            var request = FindRequest(org, id);
            var body = await JsonBody.ReadAsync(context, required: false);
            var amount = body.PositiveCredits("amount") ?? request.Amount;
            var note = Rules.MaxLength(body.String("note"), 500, "note");
            if (amount > request.Amount) throw ApiError.Field("amount", $"amount must be at most the {request.Amount.ToString(CultureInfo.InvariantCulture)} credits requested.");
            if (request.Status != "pending") throw ApiError.Conflict($"The request is {request.Status}, no longer pending.");
            var member = org.Members.FirstOrDefault(m => m.Id == request.MemberId && m.Status != "pending")
                ?? throw ApiError.Conflict("The requester is no longer a member of this organization.");
            state.MoveFromPool(org, member, amount, "request_approval", state.ActorOf(caller.User), note ?? "Approved credit request");
            request.Status = "approved";
            request.ApprovedAmount = amount;
            request.DecidedAt = state.Now;
            request.DecidedBy = caller.User.DisplayName;
            request.DecisionNote = note;
            return Api.Ok(RequestWire(request));
        });

        api.Post("/organizations/{orgId}/credit-requests/{id}/deny", async (string orgId, string id, HttpContext context) =>
        {
            var (org, _, caller) = Access.Admin(context, orgId, "deny credit requests");
            var request = FindRequest(org, id);
            var body = await JsonBody.ReadAsync(context, required: false);
            var note = Rules.MaxLength(body.String("note"), 500, "note");
            if (request.Status != "pending") throw ApiError.Conflict($"The request is {request.Status}, no longer pending.");
            request.Status = "denied";
            request.DecidedAt = state.Now;
            request.DecidedBy = caller.User.DisplayName;
            request.DecisionNote = note;
            return Api.Ok(RequestWire(request));
        });
    }

    private static CreditRequestRecord FindRequest(OrganizationRecord org, string id)
        => org.CreditRequests.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase))
           ?? throw ApiError.NotFound("Credit request not found.");

    public static object RequestWire(CreditRequestRecord request) => new
    {
        id = request.Id,
        amount = request.Amount,
        reason = request.Reason,
        status = request.Status,
        requestedBy = new { memberId = request.MemberId, name = request.RequesterName, email = request.RequesterEmail },
        createdAt = request.CreatedAt,
        decidedAt = request.DecidedAt,
        decidedBy = request.DecidedBy,
        approvedAmount = request.ApprovedAmount,
        decisionNote = request.DecisionNote,
    };
}
