using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Usage;

/// <summary>Credits, compute hours, storage, sessions and the AI quota used in this workspace.</summary>
public interface IUsageClient
{
    /// <summary>Reads the headline numbers for a range (<c>GET /usage/summary?days=</c>).</summary>
    /// <param name="range">7, 14, 30 or 90 days.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="range"/> is not one of the four <see cref="UsageRange"/> values.</exception>
    Task<UsageSummary> GetSummaryAsync(UsageRange range, CancellationToken cancellationToken = default);

    /// <summary>Reads credits spent in a range, by category and day (<c>GET /usage/credits?days=</c>).</summary>
    /// <param name="range">7, 14, 30 or 90 days.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="range"/> is not one of the four <see cref="UsageRange"/> values.</exception>
    Task<CreditUsage> GetCreditsAsync(UsageRange range, CancellationToken cancellationToken = default);

    /// <summary>Reads compute hours used in a range, by day (<c>GET /usage/compute-hours?days=</c>).</summary>
    /// <param name="range">7, 14, 30 or 90 days.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="range"/> is not one of the four <see cref="UsageRange"/> values.</exception>
    Task<ComputeHoursUsage> GetComputeHoursAsync(UsageRange range, CancellationToken cancellationToken = default);

    /// <summary>Lists compute sessions, lazily and page by page (<c>GET /usage/sessions</c>).</summary>
    /// <param name="options">Page size; <see langword="null"/> for the default.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">The page size is not 1 to 100.</exception>
    AsyncPageable<UsageSession> ListSessionsAsync(UsageSessionListOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Turns paying for AI chat with credits past its quota on or off (<c>PATCH /usage/settings</c>).</summary>
    /// <param name="autoSwitchToCredits"><see langword="true"/> to keep AI chat working on credits once the quota is used up.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The settings after the change.</returns>
    Task<UsageSettings> UpdateSettingsAsync(bool autoSwitchToCredits, CancellationToken cancellationToken = default);

    /// <summary>Reads the AI quota (<c>GET /ai/quota</c>); fields beyond the plan are kept in <see cref="AiQuota.AdditionalData"/>.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<AiQuota> GetAiQuotaAsync(CancellationToken cancellationToken = default);
}
