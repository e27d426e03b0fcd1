using System.Collections.Generic;

namespace Qbraid.Account.Wallet;

/// <summary>The personal wallet page (<c>GET /billing/wallet</c>): balances, plan and recent spending.</summary>
public sealed record WalletOverview
{
    // A backing field, not an auto-property initializer: the JSON source generator sets every init-only
    // property when it builds the record, passing null for a missing list (dotnet/runtime#84484).

    /// <summary>qBraid credits (1 credit = $0.01); negative when there is an outstanding balance.</summary>
    public decimal QbraidCredits { get; init; }

    /// <summary>AWS credits.</summary>
    public decimal AwsCredits { get; init; }

    /// <summary>The personal plan.</summary>
    public WalletPlan? Plan { get; init; }

    /// <summary>Credits used over the last 30 days and the daily burn rate.</summary>
    public WalletUsage? Usage30Days { get; init; }

    /// <summary>Credits used on each of the last 7 days, oldest first.</summary>
    public IReadOnlyList<DailyCredits> Last7Days { get; init => field = value ?? []; } = [];
}
