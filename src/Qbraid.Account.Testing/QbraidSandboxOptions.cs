namespace Qbraid.Account.Testing;

/// <summary>How <see cref="QbraidSandbox.StartAsync"/> starts the sandbox.</summary>
public sealed class QbraidSandboxOptions
{
    /// <summary>The port on 127.0.0.1; 0 (the default) picks a free one. See <see cref="QbraidSandbox.BaseUrl"/>.</summary>
    public int Port { get; set; }

    /// <summary>The world to start with; <see cref="SandboxSeed.Default"/> when null. Use <see cref="SandboxSeed.Empty"/> for none.</summary>
    public Action<SandboxSeedBuilder>? Seed { get; set; }

    /// <summary>Seeds the random ids, keys and generated history, so every run with the same seed and clock is the same world.</summary>
    public int RandomSeed { get; set; } = 2026;

    /// <summary>The sandbox's clock (seeded times, the 24-hour idempotency window, expiries); the system clock by default.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Called after each response is sent (e.g. to print a request log); must not throw.</summary>
    public Action<SandboxRequest>? OnRequest { get; set; }
}
