using System.Text;
using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Organizations.Members;

/// <summary>
/// Invitations, one by one or from a CSV of 1 to 100 rows. An invitation creates a pending member;
/// its credits stay in the pool until the invitee accepts (see the joining routes).
/// </summary>
internal static class InvitationRoutes
{
    public const int MaxBulkRows = 100;
    public static readonly string[] Statuses = ["pending", "accepted", "declined", "canceled"];

    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Post("/organizations/{orgId}/invitations", async (string orgId, HttpContext context) =>
        {
            var (org, _, caller) = Access.Admin(context, orgId, "invite members");
            var body = await JsonBody.ReadAsync(context);
            var email = body.String("email", required: true)!.Trim();
            if (!Rules.IsEmail(email)) throw ApiError.Field("email", "email must be a valid e-mail address.");
            var role = Rules.OneOf(body.String("role"), Rules.AssignableRoles, "role");
            var credits = body.Decimal("credits") ?? 0m;
            if (credits < 0) throw ApiError.Field("credits", "credits must not be negative.");
            if (decimal.Round(credits, 4) != credits) throw ApiError.Field("credits", "credits may have at most 4 decimal places.");
            var message = Rules.MaxLength(body.String("message"), 500, "message");
            if (Existing(org, email) is { } problem) throw ApiError.Conflict(problem);
            var invitation = Invite(state, org, caller.User, email, role, credits, message);
            return Api.Created(Wire(state, invitation));
        });

        api.Post("/organizations/{orgId}/invitations/bulk", async (string orgId, HttpContext context) =>
        {
            var (org, _, caller) = Access.Admin(context, orgId, "invite members");
            var contentType = context.Request.ContentType ?? string.Empty;
            if (!contentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
                throw new ApiError(StatusCodes.Status415UnsupportedMediaType, "Send the invitations as a text/csv body with the header email,role.");
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
            if (lines.Count == 0) throw ApiError.Field("file", "The CSV is empty: expected the header email,role and 1 to 100 rows.");
            var header = Csv.Split(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
            var emailColumn = header.IndexOf("email");
            var roleColumn = header.IndexOf("role");
            if (emailColumn < 0 || roleColumn < 0) throw ApiError.Field("file", "The CSV header must be email,role.");
            var rows = lines.Skip(1).ToList();
            if (rows.Count is 0 or > MaxBulkRows) throw ApiError.Field("file", $"The CSV must have 1 to {MaxBulkRows} rows; it has {rows.Count}.");

            var invited = new List<object>();
            var rejected = new List<object>();
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = i + 1;
                var cells = Csv.Split(rows[i]);
                var email = (emailColumn < cells.Count ? cells[emailColumn] : string.Empty).Trim();
                var rawRole = (roleColumn < cells.Count ? cells[roleColumn] : string.Empty).Trim().ToLowerInvariant();
                string? reason = null;
                if (!Rules.IsEmail(email)) reason = "Invalid e-mail address.";
                else if (rawRole.Length > 0 && !Rules.AssignableRoles.Contains(rawRole)) reason = $"Unknown role '{rawRole}': use admin, manager or member.";
                else if (seen.TryGetValue(email, out var first)) reason = $"Duplicate of row {first}.";
                else reason = Existing(org, email);
                if (reason is not null)
                {
                    rejected.Add(new { row, email, reason });
                    continue;
                }
                seen[email] = row;
                var role = rawRole.Length > 0 ? rawRole : org.Defaults.DefaultRole;
                invited.Add(Wire(state, Invite(state, org, caller.User, email, role, 0m, null)));
            }
            return Api.Ok(new { invited, rejected });
        });

        api.Get("/organizations/{orgId}/invitations", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.BillingViewer(context, orgId, "invitations");
            var status = Rules.QueryOneOf(context, "status", Statuses);
            var invitations = org.Invitations.Where(i => status is null || i.Status == status).OrderByDescending(i => i.CreatedAt);
            return Api.Page(context, invitations, i => Wire(state, i));
        });

        api.Delete("/organizations/{orgId}/invitations/{id}", (string orgId, string id, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "cancel invitations");
            var invitation = org.Invitations.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? throw ApiError.NotFound("Invitation not found.");
            if (invitation.Status != "pending") throw ApiError.Conflict($"The invitation is {invitation.Status}, not pending.");
            invitation.Status = "canceled";
            invitation.RespondedAt = state.Now;
            org.Members.RemoveAll(m => m.Id == invitation.MemberId && m.Status == "pending");
            return Api.NoContent();
        });
    }

    /// <summary>Why this e-mail can't be invited again, or null.</summary>
    private static string? Existing(OrganizationRecord org, string email)
        => org.Members.FirstOrDefault(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase)) switch
        {
            null => null,
            { Status: "pending" } => "Already invited: the invitation is pending.",
            _ => "Already a member of this organization.",
        };

    private static InvitationRecord Invite(SandboxState state, OrganizationRecord org, UserRecord inviter, string email, string role, decimal credits, string? message)
    {
        var member = new MemberRecord
        {
            Id = state.NewId(),
            OrganizationId = org.Id,
            UserId = state.FindUserByEmail(email)?.Id,
            Email = email,
            Role = role,
            Status = "pending",
            InvitedAt = state.Now,
        };
        var invitation = new InvitationRecord
        {
            Id = state.NewId(),
            OrganizationId = org.Id,
            MemberId = member.Id,
            Email = email,
            Role = role,
            Credits = credits,
            Message = message,
            InvitedByUserId = inviter.Id,
            CreatedAt = state.Now,
        };
        org.Members.Add(member);
        org.Invitations.Add(invitation);
        return invitation;
    }

    public static object Wire(SandboxState state, InvitationRecord invitation) => new
    {
        id = invitation.Id,
        organizationId = invitation.OrganizationId,
        memberId = invitation.MemberId,
        email = invitation.Email,
        role = invitation.Role,
        credits = invitation.Credits,
        message = invitation.Message,
        status = invitation.Status,
        invitedBy = InvitedBy(state, invitation),
        createdAt = invitation.CreatedAt,
    };

    public static string InvitedBy(SandboxState state, InvitationRecord invitation)
        => state.FindUser(invitation.InvitedByUserId)?.DisplayName ?? invitation.InvitedByUserId;
}

/// <summary>Just enough RFC 4180 to read one CSV line: commas, quoted cells, doubled quotes.</summary>
internal static class Csv
{
    public static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
