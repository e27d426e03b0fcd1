using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Configuration;

/// <summary>Out-of-range retry and rate-budget settings, refused the same way whichever way the client is made.</summary>
public sealed class OptionsRulesTests : WireMockTestBase
{
    public static TheoryData<string, string> BadSettings => new()
    {
        { "Retry:MaxRetries", "11" },
        { "Retry:MaxRetries", "-1" },
        { "Retry:AttemptTimeout", "00:00:00.001" },
        { "Retry:AttemptTimeout", "2.00:00:00" },
        { "Retry:TotalTimeout", "00:00:00" },
        { "Retry:TotalTimeout", "1.00:00:01" },
        { "Retry:BaseDelay", "-00:00:01" },
        { "Retry:MaxRetryAfter", "-00:00:01" },
        { "RateLimit:PermitLimit", "0" },
        { "RateLimit:Window", "00:00:00" },
        { "RateLimit:QueueLimit", "-1" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void The_constructor_refuses_a_setting_out_of_range_naming_it(string setting, string value)
    {
        var options = NewOptions();
        Apply(options, setting, value);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new QbraidAccountClient(options));

        Assert.Equal("options." + setting.Replace(':', '.'), ex.ParamName);
        Assert.Contains("(got ", ex.Message, StringComparison.Ordinal); // says what it was given
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Start_up_validation_refuses_the_same_settings_with_the_configuration_key(string setting, string value)
    {
        var services = new ServiceCollection();
        services.AddQbraidAccount(o =>
        {
            o.ApiKey = ApiKey;
            o.BaseUrl = BaseUrl;
            o.UseEnvironment = false;
            Apply(o, setting, value);
        });
        await using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Qbraid:" + setting + " must", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limits_themselves_are_accepted()
    {
        var options = NewOptions();
        options.Retry.MaxRetries = 10;
        options.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(10);
        options.Retry.TotalTimeout = TimeSpan.FromDays(1);
        options.Retry.BaseDelay = TimeSpan.Zero;
        options.RateLimit.Enabled = true;
        options.RateLimit.PermitLimit = 1;
        options.RateLimit.QueueLimit = 0;

        using var client = new QbraidAccountClient(options);

        Assert.Equal(BaseUrl, client.BaseUrl);
    }

    private static void Apply(QbraidAccountOptions options, string setting, string value)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        switch (setting)
        {
            case "Retry:MaxRetries": options.Retry.MaxRetries = int.Parse(value, invariant); break;
            case "Retry:AttemptTimeout": options.Retry.AttemptTimeout = TimeSpan.Parse(value, invariant); break;
            case "Retry:TotalTimeout": options.Retry.TotalTimeout = TimeSpan.Parse(value, invariant); break;
            case "Retry:BaseDelay": options.Retry.BaseDelay = TimeSpan.Parse(value, invariant); break;
            case "Retry:MaxRetryAfter": options.Retry.MaxRetryAfter = TimeSpan.Parse(value, invariant); break;
            default:
                options.RateLimit.Enabled = true;
                if (setting == "RateLimit:PermitLimit") options.RateLimit.PermitLimit = int.Parse(value, invariant);
                else if (setting == "RateLimit:Window") options.RateLimit.Window = TimeSpan.Parse(value, invariant);
                else options.RateLimit.QueueLimit = int.Parse(value, invariant);
                break;
        }
    }
}
