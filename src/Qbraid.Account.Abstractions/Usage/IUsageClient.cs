namespace Qbraid.Account.Usage;

/// <summary>Usage of one workspace.</summary>
public interface IUsageClient
{
}
