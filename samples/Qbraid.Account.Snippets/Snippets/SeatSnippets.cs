using Qbraid.Account.Organizations.Seats;

namespace Qbraid.Account.Snippets.Snippets;

internal static class SeatSnippets
{
    public static async Task SummaryAssignRevoke(IQbraidAccountClient client, string organizationId, string fromMemberId, string toMemberId)
    {
        // begin-snippet: seats
        ISeatsClient seats = client.Organization(organizationId).Seats;

        SeatSummary summary = await seats.GetAsync();
        Console.WriteLine($"{summary.Tier} plan: {summary.Assigned} of {summary.Total} seats assigned, {summary.Available} free");
        foreach (SeatAssignment seat in summary.Assignments)
            Console.WriteLine($"  {seat.Name} <{seat.Email}> since {seat.AssignedAt:d}");

        // Move a seat from one member to another. With seat-assignment credits set in the
        // member defaults, assigning also moves those credits from the pool to the member.
        await seats.RevokeAsync(fromMemberId);
        SeatAssignment assigned = await seats.AssignAsync(toMemberId);
        Console.WriteLine($"seat assigned to {assigned.Email}");
        // end-snippet
    }
}
