using Qbraid.Account.Testing.Http;

namespace Qbraid.Account.Testing.State;

// The credit and membership moves several areas share (an invitation accepted by HTTP or by the
// test helper, a member removed or leaving, a seat assigned by hand or on joining). Each one checks
// its rule first and changes nothing when it fails.
internal sealed partial class SandboxState
{
    public static Party OrganizationParty(OrganizationRecord org) => new("organization", org.Id, org.Name);

    public Party MemberParty(MemberRecord member) => new("member", member.Id, MemberName(member));

    public TransactionRecord WriteTransaction(OrganizationRecord org, string type, decimal amount, Party from, Party to, Actor? actor, string? description, DateTimeOffset? at = null)
    {
        var transaction = new TransactionRecord
        {
            Id = NewId(),
            Sequence = NextSequence(),
            CreatedAt = at ?? Now,
            Type = type,
            Amount = Round(amount),
            From = from,
            To = to,
            Actor = actor,
            Description = description,
        };
        org.Transactions.Add(transaction);
        return transaction;
    }

    public static void EnsurePoolCovers(OrganizationRecord org, decimal total)
    {
        if (org.Pool < total)
            throw ApiError.Conflict($"The organization's credit pool holds {org.Pool.ToString(CultureInfo.InvariantCulture)} credits; {total.ToString(CultureInfo.InvariantCulture)} are needed.");
    }

    /// <summary>Moves credits from the pool into a member's wallet and writes the transaction.</summary>
    public void MoveFromPool(OrganizationRecord org, MemberRecord member, decimal amount, string type, Actor? actor, string description)
    {
        if (amount <= 0) return;
        EnsurePoolCovers(org, amount);
        org.Pool = Round(org.Pool - amount);
        member.Credits = Round(member.Credits + amount);
        WriteTransaction(org, type, amount, OrganizationParty(org), MemberParty(member), actor, description);
    }

    /// <summary>Returns the credits an organization gave a member (their whole org wallet) to the pool.</summary>
    public void ReturnToPool(OrganizationRecord org, MemberRecord member, Actor? actor, string description)
    {
        if (member.Credits <= 0) return;
        var amount = member.Credits;
        org.Pool = Round(org.Pool + amount);
        member.Credits = 0;
        WriteTransaction(org, "refund_to_pool", amount, MemberParty(member), OrganizationParty(org), actor, description);
    }

    /// <summary>Removal or leave: the seat and access go at once, org credits return to the pool.</summary>
    public void RemoveMember(OrganizationRecord org, MemberRecord member, Actor? actor, string description)
    {
        if (member.Role == "owner") throw ApiError.Forbidden("The organization's owner can't be removed or leave.");
        member.Seat = null;
        ReturnToPool(org, member, actor, description);
        org.Members.Remove(member);
        foreach (var invitation in org.Invitations.Where(i => i.MemberId == member.Id && i.Status == "pending"))
        {
            invitation.Status = "canceled";
            invitation.RespondedAt = Now;
        }
        if (member.UserId is { } userId)
        {
            foreach (var key in ApiKeys.Where(k => k.UserId == userId && k.OrganizationId == org.Id))
                key.Deleted = true;
        }
    }

    public void AssignSeat(OrganizationRecord org, MemberRecord member, Actor? actor)
    {
        if (org.Subscription is not { Status: not "canceled" } subscription)
            throw ApiError.Conflict("The organization has no team plan, so it has no seats.");
        if (member.Status == "pending") throw ApiError.Conflict("The member has not accepted the invitation yet.");
        if (member.Seat is not null) throw ApiError.Conflict("The member already holds a seat.");
        if (org.SeatsAssigned >= subscription.Seats)
            throw ApiError.Conflict($"No seat is free: all {subscription.Seats} seats are assigned.");
        var credits = org.Defaults.SeatAssignmentCredits;
        if (credits > 0) EnsurePoolCovers(org, credits);
        member.Seat = new SeatRecord { Tier = subscription.Tier, AssignedAt = Now };
        MoveFromPool(org, member, credits, "seat_allocation", actor, "Seat assignment credits");
    }

    /// <summary>With auto-assign on, a joiner gets a seat when one is free and the pool covers the seat credits.</summary>
    private void AutoAssignSeat(OrganizationRecord org, MemberRecord member, Actor? actor)
    {
        if (!org.Defaults.AutoAssignSeats) return;
        if (org.Subscription is not { Status: not "canceled" } subscription || org.SeatsAssigned >= subscription.Seats) return;
        if (org.Pool < org.Defaults.SeatAssignmentCredits) return;
        AssignSeat(org, member, actor);
    }

    public MemberRecord AcceptInvitation(InvitationRecord invitation, UserRecord user)
    {
        var org = RequireOrganization(invitation.OrganizationId);
        if (invitation.Status != "pending") throw ApiError.Conflict($"The invitation is {invitation.Status}, not pending.");
        var member = org.Members.FirstOrDefault(m => m.Id == invitation.MemberId)
            ?? throw ApiError.Conflict("The invitation is no longer pending.");
        if (MembershipOf(org, user.Id) is { } existing && existing.Id != member.Id)
            throw ApiError.Conflict("You are already a member of this organization.");
        EnsurePoolCovers(org, invitation.Credits);

        member.UserId = user.Id;
        member.Status = "active";
        member.JoinedAt = Now;
        invitation.Status = "accepted";
        invitation.RespondedAt = Now;
        var actor = ActorOf(user);
        MoveFromPool(org, member, invitation.Credits, "invite_allocation", actor, "Invitation credits");
        AutoAssignSeat(org, member, actor);
        return member;
    }

    public void DeclineInvitation(InvitationRecord invitation)
    {
        if (invitation.Status != "pending") throw ApiError.Conflict($"The invitation is {invitation.Status}, not pending.");
        var org = RequireOrganization(invitation.OrganizationId);
        org.Members.RemoveAll(m => m.Id == invitation.MemberId && m.Status == "pending");
        invitation.Status = "declined";
        invitation.RespondedAt = Now;
    }

    public (OrganizationRecord Org, MemberRecord Member) JoinByCode(string code, UserRecord user)
    {
        foreach (var org in Organizations)
        {
            var invite = org.InviteCodes.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
            if (invite is null) continue;
            if (invite.Revoked) throw ApiError.Gone("This invite code has been revoked.", "revoked");
            if (invite.ExpiresAt is { } expires && expires <= Now) throw ApiError.Gone("This invite code has expired.", "expired");
            if (invite.MaxUses is { } max && invite.Uses >= max) throw ApiError.Gone("This invite code has been used up.", "used_up");
            if (MembershipOf(org, user.Id) is { Status: not "pending" }) throw ApiError.Conflict("You are already a member of this organization.");

            // A pending invitation for the same person is superseded by joining with a code.
            var pending = org.Members.FirstOrDefault(m => m.Status == "pending" && (m.UserId == user.Id || string.Equals(m.Email, user.Email, StringComparison.OrdinalIgnoreCase)));
            if (pending is not null)
            {
                org.Members.Remove(pending);
                foreach (var invitation in org.Invitations.Where(i => i.MemberId == pending.Id && i.Status == "pending"))
                {
                    invitation.Status = "canceled";
                    invitation.RespondedAt = Now;
                }
            }

            var member = new MemberRecord
            {
                Id = NewId(),
                OrganizationId = org.Id,
                UserId = user.Id,
                Email = user.Email,
                Role = invite.Role,
                Status = "active",
                JoinedAt = Now,
            };
            org.Members.Add(member);
            invite.Uses++;
            AutoAssignSeat(org, member, ActorOf(user));
            return (org, member);
        }
        throw ApiError.NotFound("Unknown invite code.");
    }

    public CheckoutRecord NewCheckout(string kind, UserRecord user, OrganizationRecord? org, decimal amountUsd = 0, string? tier = null, string? interval = null, int seats = 0)
    {
        var checkout = new CheckoutRecord
        {
            SessionId = "cs_test_" + Hex(16),
            Kind = kind,
            UserId = user.Id,
            OrganizationId = org?.Id,
            AmountUsd = amountUsd,
            Credits = Round(amountUsd * 100m),
            Tier = tier,
            Interval = interval,
            Seats = seats,
        };
        Checkouts.Add(checkout);
        return checkout;
    }

    public static string CheckoutUrl(CheckoutRecord checkout) => "https://checkout.stripe.com/c/pay/" + checkout.SessionId;

    /// <summary>What Stripe's webhook would do once the customer pays.</summary>
    public void CompleteCheckout(CheckoutRecord checkout)
    {
        if (checkout.Completed) throw new InvalidOperationException($"Checkout {checkout.SessionId} is already completed.");
        var user = FindUser(checkout.UserId) ?? throw new InvalidOperationException("The checkout's user no longer exists.");
        var org = checkout.OrganizationId is { } orgId ? FindOrganization(orgId) : null;
        switch (checkout.Kind)
        {
            case "credits":
                user.QbraidCredits = Round(user.QbraidCredits + checkout.Credits);
                user.Payments.Add(new PaymentRecord
                {
                    Id = NewId(),
                    CreatedAt = Now,
                    Description = $"{checkout.Credits.ToString("0.####", CultureInfo.InvariantCulture)} qBraid credits",
                    AmountUsd = checkout.AmountUsd,
                    Credits = checkout.Credits,
                    ReceiptUrl = "https://pay.stripe.com/receipts/" + checkout.SessionId,
                });
                break;
            case "plan":
                user.Plan = new PlanRecord { Tier = checkout.Tier!, Interval = checkout.Interval, Status = "active", CurrentPeriodEnd = PeriodEnd(checkout.Interval!) };
                user.Payments.Add(new PaymentRecord
                {
                    Id = NewId(),
                    CreatedAt = Now,
                    Description = $"{Capitalize(checkout.Tier!)} plan ({checkout.Interval})",
                    AmountUsd = Prices.PlanUsd(checkout.Tier!, checkout.Interval!),
                    ReceiptUrl = "https://pay.stripe.com/receipts/" + checkout.SessionId,
                });
                break;
            case "org-credits":
                if (org is null) throw new InvalidOperationException("The checkout's organization no longer exists.");
                org.Pool = Round(org.Pool + checkout.Credits);
                WriteTransaction(org, "purchase", checkout.Credits, Party.Stripe, OrganizationParty(org), ActorOf(user), "Credit purchase");
                break;
            case "org-plan":
                if (org is null) throw new InvalidOperationException("The checkout's organization no longer exists.");
                org.Subscription = new OrgSubscriptionRecord { Tier = checkout.Tier!, Interval = checkout.Interval!, Seats = checkout.Seats, CurrentPeriodEnd = PeriodEnd(checkout.Interval!) };
                foreach (var member in org.Members.Where(m => m.Seat is not null))
                    member.Seat = new SeatRecord { Tier = checkout.Tier!, AssignedAt = member.Seat!.AssignedAt };
                break;
        }
        checkout.Completed = true;
    }

    public DateTimeOffset PeriodEnd(string interval) => interval == "annual" ? Now.AddYears(1) : Now.AddMonths(1);

    public static string Capitalize(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..];
}

internal static class Prices
{
    /// <summary>Documented prices, the same for personal and team seats.</summary>
    public static decimal PlanUsd(string tier, string interval) => (tier, interval) switch
    {
        ("standard", "annual") => 16m * 12,
        ("standard", _) => 20m,
        ("pro", "annual") => 80m * 12,
        ("pro", _) => 100m,
        _ => 0m,
    };
}
