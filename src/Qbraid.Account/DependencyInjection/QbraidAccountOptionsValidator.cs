using Microsoft.Extensions.Options;
using Qbraid.Account.Credentials;

namespace Qbraid.Account;

/// <summary>Fails host start-up when no key can be found or the base URL is unusable, with the same message the client would throw.</summary>
internal sealed class QbraidAccountOptionsValidator : IValidateOptions<QbraidAccountOptions>
{
    public ValidateOptionsResult Validate(string? name, QbraidAccountOptions options)
    {
        if (options.Retry is null) return ValidateOptionsResult.Fail("Qbraid:Retry must not be null.");
        if (options.Retry.MaxRetries is < 0 or > 10) return ValidateOptionsResult.Fail($"Qbraid:Retry:MaxRetries must be between 0 and 10 (got {options.Retry.MaxRetries}).");
        if (options.Retry.AttemptTimeout <= System.TimeSpan.Zero || options.Retry.TotalTimeout <= System.TimeSpan.Zero)
            return ValidateOptionsResult.Fail("Qbraid:Retry:AttemptTimeout and TotalTimeout must be positive.");
        if (options.RateLimit is { Enabled: true } limit && (limit.PermitLimit < 1 || limit.Window <= System.TimeSpan.Zero || limit.QueueLimit < 0))
            return ValidateOptionsResult.Fail("Qbraid:RateLimit needs PermitLimit >= 1, a positive Window and QueueLimit >= 0.");
        return CredentialResolver.TryResolve(options, null, out _, out var error)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(error!);
    }
}
