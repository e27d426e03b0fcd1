using Qbraid.Account.Credentials;

namespace Qbraid.Account.Tests.Configuration;

public sealed class CredentialDiscoveryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qbraidrc-").FullName;

    private string WriteRc(string text)
    {
        var path = Path.Combine(_dir, "qbraidrc");
        File.WriteAllText(path, text);
        return path;
    }

    private static Func<string, string?> Env(params (string Name, string Value)[] vars)
        => name => vars.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Explicit_options_win_over_environment_and_file()
    {
        var rc = WriteRc("[default]\napi-key = from-file\nurl = https://file.example/api/v1\n");
        var options = new QbraidAccountOptions { ApiKey = "from-options", BaseUrl = new Uri("https://options.example/api") };

        var settings = CredentialResolver.Resolve(options, Env(("QBRAID_API_KEY", "from-env"), ("QBRAID_CONFIG_FILE", rc)));

        Assert.Equal("from-options", settings.ApiKey);
        Assert.Equal("https://options.example/api/", settings.BaseUrl.ToString());
    }

    [Fact]
    public void Environment_wins_over_the_file()
    {
        var rc = WriteRc("[default]\napi-key = from-file\n");

        var settings = CredentialResolver.Resolve(new QbraidAccountOptions(),
            Env(("QBRAID_API_KEY", "from-env"), ("QBRAID_API_URL", "https://env.example/api/v1"), ("QBRAID_CONFIG_FILE", rc)));

        Assert.Equal("from-env", settings.ApiKey);
        Assert.Equal("https://env.example/api/v1/", settings.BaseUrl.ToString());
    }

    [Fact]
    public void The_qbraidrc_default_section_is_read_from_QBRAID_CONFIG_FILE()
    {
        var rc = WriteRc("""
            # qbraid-core writes this file
            [other]
            api-key = not-this-one
            [default]
            url = http://127.0.0.1:5080/api/v1
            api-key = rc-key-123
            """);

        var settings = CredentialResolver.Resolve(new QbraidAccountOptions(), Env(("QBRAID_CONFIG_FILE", rc)));

        Assert.Equal("rc-key-123", settings.ApiKey);
        Assert.Equal("http://127.0.0.1:5080/api/v1/", settings.BaseUrl.ToString());
    }

    [Fact]
    public void The_default_url_is_the_documented_one()
    {
        var settings = CredentialResolver.Resolve(new QbraidAccountOptions { ApiKey = "k", UseEnvironment = false });

        Assert.Equal("https://api-v2.qbraid.com/api/v1/", settings.BaseUrl.ToString());
    }

    [Fact]
    public void A_missing_key_names_all_three_places()
    {
        var missing = Path.Combine(_dir, "nope");

        var ex = Assert.Throws<InvalidOperationException>(() => CredentialResolver.Resolve(new QbraidAccountOptions(), Env(("QBRAID_CONFIG_FILE", missing))));

        Assert.Contains("QbraidAccountOptions.ApiKey", ex.Message);
        Assert.Contains("QBRAID_API_KEY", ex.Message);
        Assert.Contains(missing, ex.Message);
    }

    [Fact]
    public void UseEnvironment_false_ignores_environment_and_file()
    {
        var rc = WriteRc("[default]\napi-key = from-file\n");

        Assert.Throws<InvalidOperationException>(() => CredentialResolver.Resolve(
            new QbraidAccountOptions { UseEnvironment = false, ConfigFilePath = rc }, Env(("QBRAID_API_KEY", "from-env"))));
    }

    [Theory]
    [InlineData("http://api.example.com/api/v1")]
    [InlineData("ftp://127.0.0.1/api")]
    public void A_non_https_url_other_than_loopback_is_refused(string url)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CredentialResolver.Resolve(
            new QbraidAccountOptions { ApiKey = "secret-key-value", BaseUrl = new Uri(url), UseEnvironment = false }));

        Assert.Contains("https", ex.Message);
        Assert.DoesNotContain("secret-key-value", ex.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/api/v1")]
    [InlineData("http://localhost:5080/api/v1")]
    [InlineData("http://[::1]:5080/api/v1")]
    public void Plain_http_is_allowed_for_loopback(string url)
    {
        var settings = CredentialResolver.Resolve(new QbraidAccountOptions { ApiKey = "k", BaseUrl = new Uri(url), UseEnvironment = false });

        Assert.Equal("http", settings.BaseUrl.Scheme);
    }

    [Fact]
    public void A_relative_url_in_the_environment_is_refused_with_its_source()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CredentialResolver.Resolve(
            new QbraidAccountOptions { ApiKey = "k" }, Env(("QBRAID_API_URL", "api/v1"))));

        Assert.Contains("QBRAID_API_URL", ex.Message);
    }

    [Fact]
    public void ToString_of_options_settings_and_client_never_shows_the_key()
    {
        const string key = "canary-key-7f3a9c";
        var options = new QbraidAccountOptions { ApiKey = key, BaseUrl = new Uri("https://api.example/api/v1"), UseEnvironment = false };
        using var client = new QbraidAccountClient(options);
        var settings = CredentialResolver.Resolve(options);

        foreach (var text in new[] { options.ToString(), settings.ToString(), client.ToString(), client.Personal.ToString(), client.Organization("507f1f77bcf86cd799439011").ToString(), client.Organization("507f1f77bcf86cd799439011", key + "-org").ToString() })
            Assert.DoesNotContain(key, text);
        Assert.Contains("redacted", options.ToString());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
