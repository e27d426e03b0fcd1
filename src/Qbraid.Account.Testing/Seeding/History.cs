using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing;

/// <summary>Generated past activity, drawn from the state's seeded <see cref="Random"/> so every run matches.</summary>
internal static class History
{
    private static readonly (string Type, int VCpus, bool Gpu, decimal CreditsPerHour)[] Instances =
    [
        ("t3.medium", 2, false, 4m),
        ("c5.xlarge", 4, false, 17m),
        ("c5.2xlarge", 8, false, 34m),
        ("g4dn.xlarge", 4, true, 53m),
    ];

    public static void Sessions(SandboxState state, UsageProfile usage, int count, int days)
    {
        var random = state.Random;
        var now = state.Now;
        for (var i = 0; i < count; i++)
        {
            var instance = Instances[random.Next(Instances.Length)];
            var start = now.AddMinutes(-random.Next(30, days * 24 * 60));
            start = new DateTimeOffset(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, TimeSpan.Zero);
            var minutes = 10 + random.Next(350);
            var end = start.AddMinutes(minutes);
            if (end > now) end = now;
            usage.Sessions.Add(new SessionRecord
            {
                Id = state.NewId(),
                StartedAt = start,
                EndedAt = end,
                InstanceType = instance.Type,
                VCpus = instance.VCpus,
                Gpu = instance.Gpu,
                Credits = Math.Round(instance.CreditsPerHour * (decimal)(end - start).TotalMinutes / 60m, 2),
            });
        }
        for (var i = 0; i < count / 2; i++)
        {
            var jobs = random.Next(2) == 0;
            usage.Charges.Add(new UsageCharge
            {
                At = now.AddMinutes(-random.Next(30, days * 24 * 60)),
                Category = jobs ? "jobs" : "ai",
                Credits = jobs ? 1 + random.Next(40) : 1 + random.Next(5),
            });
        }
    }

    public static void Payments(SandboxState state, UserRecord user, int count)
    {
        var random = state.Random;
        var now = state.Now;
        var paidPlan = user.Plan.Tier != "free";
        for (var i = 0; i < count; i++)
        {
            var at = now.AddDays(-(i * 30 + random.Next(1, 25))).AddMinutes(-random.Next(1440));
            var id = state.NewId();
            var status = i == 3 ? "refunded" : i == 5 ? "failed" : "succeeded";
            if (paidPlan && i % 2 == 0)
            {
                var usd = Prices.PlanUsd(user.Plan.Tier, user.Plan.Interval ?? "monthly");
                user.Payments.Add(new PaymentRecord
                {
                    Id = id,
                    CreatedAt = at,
                    Description = $"{SandboxState.Capitalize(user.Plan.Tier)} plan ({user.Plan.Interval})",
                    AmountUsd = usd,
                    Status = status,
                    ReceiptUrl = status == "failed" ? null : "https://pay.stripe.com/receipts/sbx_" + id,
                });
            }
            else
            {
                decimal[] amounts = [10m, 25m, 50m, 100m];
                var usd = amounts[random.Next(amounts.Length)];
                user.Payments.Add(new PaymentRecord
                {
                    Id = id,
                    CreatedAt = at,
                    Description = $"{usd * 100m:0} qBraid credits",
                    AmountUsd = usd,
                    Credits = usd * 100m,
                    Status = status,
                    ReceiptUrl = status == "failed" ? null : "https://pay.stripe.com/receipts/sbx_" + id,
                });
            }
        }
    }

    public static void Transactions(SandboxState state, OrganizationRecord org, UserRecord owner, int count, int days)
    {
        if (count == 0) return;
        var random = state.Random;
        var now = state.Now;
        var members = org.Members.Where(m => m.Status != "pending").ToList();
        var admins = members.Where(m => m.Role is "owner" or "admin").Select(m => state.FindUser(m.UserId!)!).DefaultIfEmpty(owner).ToList();
        var orgParty = SandboxState.OrganizationParty(org);
        (string Type, int Weight)[] weights =
        [
            ("transfer", 30), ("usage", 20), ("purchase", 10), ("seat_allocation", 8), ("invite_allocation", 8),
            ("request_approval", 8), ("refund_to_pool", 6), ("promo", 6), ("adjustment", 4),
        ];
        var totalWeight = weights.Sum(w => w.Weight);

        var times = Enumerable.Range(0, count)
            .Select(_ => now.AddMinutes(-random.Next(60, days * 24 * 60)))
            .OrderBy(t => t)
            .ToList();
        foreach (var at in times)
        {
            var roll = random.Next(totalWeight);
            var type = weights.First(w => (roll -= w.Weight) < 0).Type;
            var member = members.Count > 0 ? members[random.Next(members.Count)] : null;
            var memberParty = member is null ? orgParty : state.MemberParty(member);
            var actor = state.ActorOf(admins[random.Next(admins.Count)]);
            decimal amount = type switch
            {
                "purchase" => 1000m * (1 + random.Next(10)),
                "usage" => Math.Round((decimal)random.NextDouble() * 80m + 1m, 2),
                "seat_allocation" => 100m,
                "promo" => 50m * (1 + random.Next(4)),
                "adjustment" => 5m * (1 + random.Next(20)),
                _ => 25m * (1 + random.Next(20)),
            };
            var (from, to, description) = type switch
            {
                "purchase" => (Party.Stripe, orgParty, "Credit purchase"),
                "usage" => (memberParty, Party.Usage, "Compute usage"),
                "refund_to_pool" => (memberParty, orgParty, "Credits returned to the pool"),
                "adjustment" => (Party.Stripe with { Name = "qBraid support" }, orgParty, "Balance adjustment"),
                "seat_allocation" => (orgParty, memberParty, "Seat assignment credits"),
                "invite_allocation" => (orgParty, memberParty, "Invitation credits"),
                "request_approval" => (orgParty, memberParty, "Approved credit request"),
                "promo" => (orgParty, memberParty, "Promotional credits"),
                _ => (orgParty, memberParty, "Monthly allocation"),
            };
            state.WriteTransaction(org, type, amount, from, to, type is "usage" ? null : actor, description, at);
        }
    }
}
