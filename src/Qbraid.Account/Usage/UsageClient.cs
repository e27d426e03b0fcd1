using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Common;
using Qbraid.Account.Http;

namespace Qbraid.Account.Usage;

internal sealed class UsageClient : IUsageClient
{
    private readonly WorkspaceContext _context;

    public UsageClient(WorkspaceContext context) => _context = context;

    public Task<UsageSummary> GetSummaryAsync(UsageRange range, CancellationToken cancellationToken = default)
        => _context.SendAsync(Ranged(Routes.UsageSummary, range), QbraidJsonContext.Default.UsageSummary, cancellationToken);

    public Task<CreditUsage> GetCreditsAsync(UsageRange range, CancellationToken cancellationToken = default)
        => _context.SendAsync(Ranged(Routes.UsageCredits, range), QbraidJsonContext.Default.CreditUsage, cancellationToken);

    public Task<ComputeHoursUsage> GetComputeHoursAsync(UsageRange range, CancellationToken cancellationToken = default)
        => _context.SendAsync(Ranged(Routes.UsageComputeHours, range), QbraidJsonContext.Default.ComputeHoursUsage, cancellationToken);

    public AsyncPageable<UsageSession> ListSessionsAsync(UsageSessionListOptions? options = null, CancellationToken cancellationToken = default)
        => _context.List(ApiRequest.Get(Routes.UsageSessions), QbraidJsonContext.Default.UsageSession, options?.PageSize, cancellationToken);

    public Task<UsageSettings> UpdateSettingsAsync(bool autoSwitchToCredits, CancellationToken cancellationToken = default)
    {
        var api = ApiRequest.Patch(Routes.UsageSettings)
            .WithJson(new UsageSettings { AutoSwitchToCredits = autoSwitchToCredits }, QbraidJsonContext.Default.UsageSettings);
        return _context.SendAsync(api, QbraidJsonContext.Default.UsageSettings, cancellationToken);
    }

    public Task<AiQuota> GetAiQuotaAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Get(Routes.AiQuota), QbraidJsonContext.Default.AiQuota, cancellationToken);

    private static ApiRequest Ranged(Route route, UsageRange range)
    {
        var days = Guard.UsageRange(range, nameof(range));
        return ApiRequest.Get(route).WithQuery("days", days.ToString(CultureInfo.InvariantCulture));
    }
}
