using Microsoft.Extensions.Options;
using Qbraid.Account.Credentials;

namespace Qbraid.Account;

/// <summary>Fails host start-up when no key can be found, the base URL is unusable or a retry or rate-budget setting is out of range, with the same message the client would throw.</summary>
internal sealed class QbraidAccountOptionsValidator : IValidateOptions<QbraidAccountOptions>
{
    public ValidateOptionsResult Validate(string? name, QbraidAccountOptions options)
    {
        if (QbraidAccountOptionsRules.FirstError(options) is { } broken)
            return ValidateOptionsResult.Fail($"Qbraid:{broken.Setting} {broken.Problem}.");
        return CredentialResolver.TryResolve(options, null, out _, out var error)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(error!);
    }
}
