namespace Qbraid.Account.Usage;

/// <summary>How full storage is, as the dashboard colours its storage bar.</summary>
public enum StorageLevel
{
    /// <summary>At most 75 % of the quota used, or no quota known.</summary>
    Normal = 0,

    /// <summary>Above 75 % and at most 90 % of the quota (the dashboard's yellow bar).</summary>
    Warning = 1,

    /// <summary>Above 90 % of the quota (the dashboard's red bar).</summary>
    Critical = 2,
}
