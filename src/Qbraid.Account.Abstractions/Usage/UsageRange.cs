namespace Qbraid.Account.Usage;

/// <summary>
/// The periods the usage endpoints accept (query <c>days</c>). Only these four: any other value
/// fails with <see cref="System.ArgumentOutOfRangeException"/> before a request is sent.
/// </summary>
public enum UsageRange
{
    /// <summary>The last 7 days.</summary>
    Last7Days = 7,

    /// <summary>The last 14 days.</summary>
    Last14Days = 14,

    /// <summary>The last 30 days.</summary>
    Last30Days = 30,

    /// <summary>The last 90 days.</summary>
    Last90Days = 90,
}
