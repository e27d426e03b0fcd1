using Qbraid.Account.Benchmarks.Infrastructure;

namespace Qbraid.Account.Benchmarks.Clients;

/// <summary>The four clients of one benchmark process, all pointed at the same local server.</summary>
public sealed class ClientSet : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public ClientSet(Uri baseUrl)
    {
        Baseline = new BaselineClient(baseUrl, BenchEnvironment.ApiKey);
        _owned.Add(Baseline);
        (Refit, var refitHttp) = RefitClient.Create(baseUrl);
        _owned.Add(refitHttp);
        (SdkDI, var di) = SdkClients.ViaDependencyInjection(baseUrl, BenchEnvironment.ApiKey);
        _owned.Add(di);
        (SdkNew, var created) = SdkClients.ViaConstructor(baseUrl, BenchEnvironment.ApiKey);
        _owned.Add(created);
    }

    public BaselineClient Baseline { get; }

    public IQbraidRefitApi Refit { get; }

    /// <summary>From <c>services.AddQbraidAccount(...)</c>.</summary>
    public IQbraidAccountClient SdkDI { get; }

    /// <summary>From <c>new QbraidAccountClient(options, loggerFactory)</c>.</summary>
    public IQbraidAccountClient SdkNew { get; }

    public void Dispose()
    {
        foreach (var owned in _owned) owned.Dispose();
    }
}
