namespace Qbraid.Account.ApiKeys;

/// <summary>The API keys of one workspace.</summary>
public interface IApiKeysClient
{
}
