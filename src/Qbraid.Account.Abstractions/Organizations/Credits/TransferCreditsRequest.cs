using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Qbraid.Account.Organizations.Credits;

/// <summary>
/// Credits to move from the organization's pool into members' personal wallets: either to the
/// listed <see cref="Recipients"/> or to every member (<see cref="All"/>), never both. Build one
/// with <see cref="ToMembers"/> or <see cref="ToAllMembers"/>.
/// </summary>
/// <example>
/// <code>
/// await org.Credits.TransferAsync(TransferCreditsRequest.ToMembers([aliceId, bobId], amountPerMember: 500m));
/// await org.Credits.TransferAsync(TransferCreditsRequest.ToAllMembers(100m, CreditType.Promo, "Welcome aboard"));
/// </code>
/// </example>
public sealed record TransferCreditsRequest
{
    /// <summary>
    /// The members' 24-hex ids (at least one, no duplicates); <see langword="null"/> when
    /// <see cref="All"/> is set.
    /// </summary>
    public IReadOnlyList<string>? Recipients { get; init; }

    /// <summary>Send to every member of the organization; exclusive with <see cref="Recipients"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool All { get; init; }

    /// <summary>Credits each recipient gets (greater than zero; 1 credit = $0.01). The pool must hold this times the number of recipients.</summary>
    public decimal AmountPerMember { get; init; }

    /// <summary>How the credits are labelled; defaults to <see cref="CreditType.OrgAllocated"/>.</summary>
    public CreditType CreditType { get; init; } = CreditType.OrgAllocated;

    /// <summary>A note shown to the recipients, if any.</summary>
    public string? Message { get; init; }

    /// <summary>A transfer of <paramref name="amountPerMember"/> credits to each of <paramref name="memberIds"/>.</summary>
    /// <param name="memberIds">The members' 24-hex ids: at least one, no duplicates.</param>
    /// <param name="amountPerMember">Credits per member, greater than zero.</param>
    /// <param name="creditType">The label; <see langword="null"/> for <see cref="CreditType.OrgAllocated"/>.</param>
    /// <param name="message">A note shown to the recipients.</param>
    /// <exception cref="ArgumentNullException"><paramref name="memberIds"/> is null.</exception>
    public static TransferCreditsRequest ToMembers(IEnumerable<string> memberIds, decimal amountPerMember, CreditType? creditType = null, string? message = null)
    {
        if (memberIds is null) throw new ArgumentNullException(nameof(memberIds), $"{nameof(memberIds)} is required: the members' 24-hex ids.");
        return new TransferCreditsRequest
        {
            // A copy, so a list the caller changes later can't change the request.
            Recipients = memberIds.ToArray(),
            AmountPerMember = amountPerMember,
            CreditType = creditType ?? CreditType.OrgAllocated,
            Message = message,
        };
    }

    /// <summary>A transfer of <paramref name="amountPerMember"/> credits to every member of the organization.</summary>
    /// <param name="amountPerMember">Credits per member, greater than zero.</param>
    /// <param name="creditType">The label; <see langword="null"/> for <see cref="CreditType.OrgAllocated"/>.</param>
    /// <param name="message">A note shown to the recipients.</param>
    public static TransferCreditsRequest ToAllMembers(decimal amountPerMember, CreditType? creditType = null, string? message = null)
        => new()
        {
            All = true,
            AmountPerMember = amountPerMember,
            CreditType = creditType ?? CreditType.OrgAllocated,
            Message = message,
        };
}
