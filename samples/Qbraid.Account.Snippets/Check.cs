namespace Qbraid.Account.Snippets;

/// <summary>Assertions the runner makes after a snippet (kept out of the snippet regions).</summary>
internal static class Check
{
    public static void That(bool condition, string failure)
    {
        if (!condition) throw new InvalidOperationException(failure);
    }
}
