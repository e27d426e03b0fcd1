namespace Qbraid.Account.Organizations.Seats;

/// <summary>The body of <c>POST .../seats/assignments</c>.</summary>
internal sealed record SeatAssignmentBody
{
    public required string MemberId { get; init; }
}
