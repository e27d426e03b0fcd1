namespace Qbraid.Account.Organizations.Seats;

/// <summary>An organization's team-plan seats.</summary>
public interface ISeatsClient
{
}
