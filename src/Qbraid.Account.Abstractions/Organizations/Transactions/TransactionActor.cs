namespace Qbraid.Account.Organizations.Transactions;

/// <summary>The user who caused a <see cref="Transaction"/> (e.g. the admin who made a transfer).</summary>
public sealed record TransactionActor
{
    /// <summary>The user's id.</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }
}
