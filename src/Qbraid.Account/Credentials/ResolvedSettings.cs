using System;

namespace Qbraid.Account.Credentials;

/// <summary>The key and endpoint a client will use, after discovery. ToString never shows the key.</summary>
internal sealed class ResolvedSettings
{
    public ResolvedSettings(string apiKey, Uri baseUrl)
    {
        ApiKey = apiKey;
        BaseUrl = baseUrl;
    }

    public string ApiKey { get; }

    /// <summary>Always ends with '/', so relative paths append instead of replacing the last segment.</summary>
    public Uri BaseUrl { get; }

    public override string ToString() => $"ResolvedSettings {{ BaseUrl = {BaseUrl}, ApiKey = (redacted) }}";
}
