using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Organizations.Transactions;

/// <summary>
/// What moved credits. Extensible: a type qBraid adds later reads fine and keeps its wire string.
/// Compares case-insensitively; converts from a string implicitly.
/// </summary>
[JsonConverter(typeof(Converter))]
public readonly record struct TransactionType
{
    /// <summary>Creates a value from its wire string (stored lower-case).</summary>
    public TransactionType(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string, e.g. <c>transfer</c>.</summary>
    public string Value { get; }

    /// <summary>Purchased credits landing in the organization's pool.</summary>
    public static TransactionType Purchase { get; } = new("purchase");

    /// <summary>An admin's transfer from the pool to a member.</summary>
    public static TransactionType Transfer { get; } = new("transfer");

    /// <summary>An invitation's credits moving to the member when it is accepted.</summary>
    public static TransactionType InviteAllocation { get; } = new("invite_allocation");

    /// <summary>Seat-assignment credits moving to a member given a seat.</summary>
    public static TransactionType SeatAllocation { get; } = new("seat_allocation");

    /// <summary>An approved credit request.</summary>
    public static TransactionType RequestApproval { get; } = new("request_approval");

    /// <summary>Credits returning to the pool when a member is removed or leaves.</summary>
    public static TransactionType RefundToPool { get; } = new("refund_to_pool");

    /// <summary>Credits spent on compute, jobs or AI.</summary>
    public static TransactionType Usage { get; } = new("usage");

    /// <summary>Promotional credits.</summary>
    public static TransactionType Promo { get; } = new("promo");

    /// <summary>A manual correction by qBraid.</summary>
    public static TransactionType Adjustment { get; } = new("adjustment");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator TransactionType(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<TransactionType>
    {
        protected override TransactionType Create(string value) => new(value);

        protected override string? ValueOf(TransactionType value) => value.Value;
    }
}
