using System;

namespace Qbraid.Account.Usage;

/// <summary>One compute session (<c>GET /usage/sessions</c>).</summary>
public sealed record UsageSession
{
    /// <summary>The session's id.</summary>
    public required string Id { get; init; }

    /// <summary>When it started (UTC).</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it ended (UTC); <see langword="null"/> while running.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The instance type, e.g. a CPU or GPU size.</summary>
    public string? InstanceType { get; init; }

    /// <summary>vCPUs of the instance.</summary>
    public int VCpus { get; init; }

    /// <summary>How long it ran, in seconds.</summary>
    public long DurationSeconds { get; init; }

    /// <summary>Compute hours charged: vCPUs × hours.</summary>
    public decimal ComputeHours { get; init; }

    /// <summary>Credits charged (1 credit = $0.01).</summary>
    public decimal Credits { get; init; }
}
