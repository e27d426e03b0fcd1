using System.Reflection;
using System.Runtime.InteropServices;

namespace Qbraid.Account.Http;

/// <summary><c>Qbraid.Account/&lt;version&gt; (&lt;runtime&gt;; &lt;os&gt;)</c>, computed once.</summary>
internal static class UserAgent
{
    public static readonly string Value = Build();

    public static string Version { get; } =
        typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(UserAgent).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    public static string For(string? applicationId)
        => string.IsNullOrWhiteSpace(applicationId) ? Value : Value + " " + applicationId!.Trim();

    private static string Build()
    {
        var runtime = RuntimeInformation.FrameworkDescription.Trim();
        var os = RuntimeInformation.OSDescription.Trim();
        // Header values must stay on one line and avoid parentheses inside the comment.
        return $"Qbraid.Account/{Version} ({Clean(runtime)}; {Clean(os)})";
    }

    private static string Clean(string text)
        => text.Replace('(', ' ').Replace(')', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();
}
