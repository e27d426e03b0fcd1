using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Organizations.Members;

/// <summary>An invitation's status. Extensible: statuses qBraid adds later read fine and keep their wire string.</summary>
[JsonConverter(typeof(Converter))]
public readonly record struct InvitationStatus
{
    /// <summary>Creates a status from its wire string (stored lower-case).</summary>
    public InvitationStatus(string value) => Value = ExtensibleEnum.Normalize(value, nameof(value));

    /// <summary>The wire string, e.g. <c>pending</c>.</summary>
    public string Value { get; }

    /// <summary>Sent, not yet answered; its credits are still in the organization's pool.</summary>
    public static InvitationStatus Pending { get; } = new("pending");

    /// <summary>The invitee joined; the invitation's credits moved from the pool to them.</summary>
    public static InvitationStatus Accepted { get; } = new("accepted");

    /// <summary>
    /// Cancelled by an admin (or superseded, e.g. when the invitee joins with a code); its credits
    /// stay in the pool. Spelled <c>canceled</c> on the wire, like the contract's other status values.
    /// </summary>
    public static InvitationStatus Canceled { get; } = new("canceled");

    /// <summary>The invitee declined; its credits stay in the pool.</summary>
    public static InvitationStatus Declined { get; } = new("declined");

    /// <summary>Never answered in time; its credits stay in the pool.</summary>
    public static InvitationStatus Expired { get; } = new("expired");

    /// <summary>The wire string.</summary>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Reads a wire string.</summary>
    public static implicit operator InvitationStatus(string value) => new(value);

    internal sealed class Converter : ExtensibleEnumConverter<InvitationStatus>
    {
        protected override InvitationStatus Create(string value) => new(value);

        protected override string? ValueOf(InvitationStatus value) => value.Value;
    }
}
