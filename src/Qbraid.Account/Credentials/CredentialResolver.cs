using System;
using System.Collections.Generic;
using System.IO;

namespace Qbraid.Account.Credentials;

/// <summary>
/// Finds the API key and base URL the way qbraid-core does: explicit options, then
/// <c>QBRAID_API_KEY</c>/<c>QBRAID_API_URL</c>, then <c>api-key</c>/<c>url</c> in section
/// <c>[default]</c> of <c>~/.qbraid/qbraidrc</c> (path overridable by <c>QBRAID_CONFIG_FILE</c>).
/// </summary>
internal static class CredentialResolver
{
    public const string ApiKeyVariable = "QBRAID_API_KEY";
    public const string ApiUrlVariable = "QBRAID_API_URL";
    public const string ConfigFileVariable = "QBRAID_CONFIG_FILE";

    public static ResolvedSettings Resolve(QbraidAccountOptions options, Func<string, string?>? environment = null)
    {
        if (!TryResolve(options, environment, out var settings, out var error))
            throw new InvalidOperationException(error);
        return settings!;
    }

    public static bool TryResolve(QbraidAccountOptions options, Func<string, string?>? environment, out ResolvedSettings? settings, out string? error)
    {
        settings = null;
        environment ??= Environment.GetEnvironmentVariable;
        var useEnvironment = options.UseEnvironment;

        var apiKey = NullIfBlank(options.ApiKey);
        var baseUrlText = options.BaseUrl?.ToString();
        string? configPath = null;
        if (useEnvironment)
        {
            apiKey ??= NullIfBlank(environment(ApiKeyVariable));
            baseUrlText ??= NullIfBlank(environment(ApiUrlVariable));
            if (apiKey is null || baseUrlText is null)
            {
                configPath = options.ConfigFilePath ?? NullIfBlank(environment(ConfigFileVariable)) ?? DefaultConfigPath();
                var section = QbraidRcFile.ReadDefaultSection(configPath);
                if (section is not null)
                {
                    apiKey ??= NullIfBlank(Get(section, "api-key"));
                    baseUrlText ??= NullIfBlank(Get(section, "url"));
                }
            }
        }

        if (apiKey is null)
        {
            error = "No qBraid API key found. Set QbraidAccountOptions.ApiKey (configuration key 'Qbraid:ApiKey'), "
                + $"the {ApiKeyVariable} environment variable, or 'api-key' in section [default] of "
                + $"{configPath ?? options.ConfigFilePath ?? "~/.qbraid/qbraidrc"} (path overridable with {ConfigFileVariable}).";
            return false;
        }

        if (!Common.Guard.IsVisibleAscii(apiKey))
        {
            // Never quote the key: it is a secret even when it is malformed.
            error = "The qBraid API key contains characters an API key never has (spaces, line breaks or non-ASCII letters); check QbraidAccountOptions.ApiKey, "
                + $"{ApiKeyVariable} or the qbraidrc file for a stray character.";
            return false;
        }

        Uri baseUrl;
        if (baseUrlText is null)
        {
            baseUrl = QbraidAccountOptions.DefaultBaseUrl;
        }
        else if (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out baseUrl!))
        {
            error = $"The qBraid base URL '{baseUrlText}' is not an absolute URL (BaseUrl, {ApiUrlVariable} or 'url' in qbraidrc).";
            return false;
        }

        if (!IsAllowedScheme(baseUrl))
        {
            error = $"The qBraid base URL '{baseUrl}' must use https (plain http is allowed only for loopback addresses such as the sandbox), so the API key is never sent in clear text.";
            return false;
        }

        if (!baseUrl.AbsoluteUri.EndsWith("/", StringComparison.Ordinal))
            baseUrl = new Uri(baseUrl.AbsoluteUri + "/");

        settings = new ResolvedSettings(apiKey, baseUrl);
        error = null;
        return true;
    }

    private static bool IsAllowedScheme(Uri uri)
        => uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);

    private static string DefaultConfigPath()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".qbraid", "qbraidrc");
    }

    private static string? Get(IReadOnlyDictionary<string, string> section, string key)
        => section.TryGetValue(key, out var value) ? value : null;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
