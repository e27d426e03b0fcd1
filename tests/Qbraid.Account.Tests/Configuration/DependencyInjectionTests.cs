using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Configuration;

public sealed class DependencyInjectionTests : WireMockTestBase
{
    private IConfiguration Section(params (string Key, string Value)[] values)
        => new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Qbraid:" + v.Key, v.Value))).Build().GetSection("Qbraid");

    [Fact]
    public async Task A_configuration_section_binds_key_url_and_retry_and_the_client_works()
    {
        GivenData("GET", "/users/verify", """{"valid":true,"userId":"64b7f0c2a1d3e4f5a6b7c8d9"}""");
        var services = new ServiceCollection();
        var builder = services.AddQbraidAccount(Section(("ApiKey", "from-config"), ("BaseUrl", BaseUrl.ToString()), ("UseEnvironment", "false"), ("Retry:MaxRetries", "5")));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IQbraidAccountClient>();
        var user = await client.VerifyAsync();

        Assert.Equal(QbraidAccountServiceCollectionExtensions.HttpClientName, builder.Name);
        Assert.Same(client, provider.GetRequiredService<QbraidAccountClient>());
        Assert.Equal(5, provider.GetRequiredService<IOptions<QbraidAccountOptions>>().Value.Retry.MaxRetries);
        Assert.Equal("64b7f0c2a1d3e4f5a6b7c8d9", user.UserId);
        Assert.Equal("from-config", Header(SingleRequest(), "X-API-KEY"));
    }

    [Fact]
    public async Task A_missing_key_fails_start_up_validation_with_a_clear_message()
    {
        var services = new ServiceCollection();
        services.AddQbraidAccount(o => { o.UseEnvironment = false; o.BaseUrl = BaseUrl; });
        await using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("No qBraid API key found", ex.Message);
    }

    [Fact]
    public async Task A_non_absolute_or_plain_http_base_url_fails_start_up_validation()
    {
        var services = new ServiceCollection();
        services.AddQbraidAccount(o => { o.ApiKey = "k"; o.UseEnvironment = false; o.BaseUrl = new Uri("http://api.example.com/"); });
        await using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("https", ex.Message);
    }

    [Fact]
    public async Task The_key_never_reaches_any_log_line_even_at_trace()
    {
        GivenData("GET", "/users/verify", """{"valid":true,"userId":"64b7f0c2a1d3e4f5a6b7c8d9"}""");
        Given("GET", "/organizations/" + OrgId, 404, """{"success":false,"message":"not here"}""");
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddQbraidAccount(o => { o.ApiKey = ApiKey; o.BaseUrl = BaseUrl; o.UseEnvironment = false; });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IQbraidAccountClient>();

        await client.VerifyAsync();
        await Assert.ThrowsAsync<QbraidNotFoundException>(() => client.Organization(OrgId).GetAsync());

        var logs = provider.GetRequiredService<FakeLogCollector>().GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.Contains(logs, l => l.Message.Contains("/users/verify") && l.Message.Contains("200"));
        Assert.Contains(logs, l => l.Message.Contains("/organizations/{orgId}") && l.Message.Contains("404"));
        Assert.All(logs, l =>
        {
            Assert.DoesNotContain(ApiKey, l.Message);
            Assert.DoesNotContain(ApiKey, string.Join(";", l.StructuredState?.Select(s => s.Value) ?? []));
        });
        // HttpClientFactory's default loggers carry raw header values in their state, so they are removed.
        Assert.DoesNotContain(logs, l => l.Category?.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_sdk_logs_the_route_template_never_the_ids()
    {
        Given("GET", "/organizations/" + OrgId, 200, Envelope("""{"id":"507f1f77bcf86cd799439011","name":"Lab"}"""));
        var collector = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(collector)));
        using var client = CreateClient(loggerFactory: factory);

        await client.Organization(OrgId).GetAsync();

        var line = Assert.Single(collector.GetSnapshot());
        Assert.Contains("GET /organizations/{orgId} answered 200", line.Message);
        Assert.DoesNotContain(OrgId, line.Message);
        Assert.Contains("attempt 1", line.Message);
    }
}
