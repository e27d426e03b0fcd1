using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;

namespace Qbraid.Account.Http;

/// <summary>Reads the headers every exception and the retry policy care about.</summary>
internal static class ResponseHeaders
{
    public static string? RequestId(HttpResponseMessage response) => First(response, HeaderNames.RequestId);

    /// <summary><c>Retry-After</c> as seconds or an HTTP date (relative to <paramref name="now"/>); never negative.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        // Tolerate fractional seconds, which the typed header parser rejects.
        var raw = First(response, HeaderNames.RetryAfter);
        if (raw is not null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
            return TimeSpan.FromSeconds(seconds);
        return null;
    }

    public static int? Int(HttpResponseMessage response, string name)
        => int.TryParse(First(response, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary><c>X-RateLimit-Reset</c>: Unix seconds, or an ISO/HTTP date.</summary>
    public static DateTimeOffset? Reset(HttpResponseMessage response)
    {
        var raw = First(response, HeaderNames.RateLimitReset);
        if (raw is null) return null;
        if (long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix) && unix > 0 && unix < 253402300799)
            return DateTimeOffset.FromUnixTimeSeconds(unix);
        return DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
    }

    private static string? First(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
