using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Qbraid.Account.WebApi;

/// <summary>
/// Ready when qBraid accepts the configured key (<c>GET /users/verify</c>). A rejected key is
/// unhealthy; qBraid being unreachable or failing is degraded, since the app itself still runs.
/// </summary>
public sealed class QbraidHealthCheck(IQbraidAccountClient qbraid) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var me = await qbraid.VerifyAsync(cancellationToken);
            return me.Valid
                ? HealthCheckResult.Healthy($"The qBraid API key belongs to {me.UserName ?? me.UserId}.")
                : HealthCheckResult.Unhealthy("qBraid says the API key is not valid.");
        }
        catch (QbraidAuthenticationException e)
        {
            return HealthCheckResult.Unhealthy("qBraid rejected the API key.", e);
        }
        catch (QbraidException e)
        {
            return HealthCheckResult.Degraded($"qBraid could not verify the key: {e.Message}", e);
        }
    }
}
