using System;
using System.Collections.Generic;

namespace Qbraid.Account.Organizations.Credits;

/// <summary>A transfer of credits from the organization's pool to members' personal wallets.</summary>
public sealed record CreditTransfer
{
    /// <summary>The transfer's 24-hex id.</summary>
    public required string Id { get; init; }

    /// <summary>Who received how much; with <see cref="TransferCreditsRequest.All"/>, every member at the time.</summary>
    public IReadOnlyList<CreditTransferRecipient> Recipients { get; init => field = value ?? []; } = [];

    /// <summary>Credits taken from the pool in all (amount per member × recipients).</summary>
    public decimal Total { get; init; }

    /// <summary>When the credits moved (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
