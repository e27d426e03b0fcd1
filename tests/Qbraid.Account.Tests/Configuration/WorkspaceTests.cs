namespace Qbraid.Account.Tests.Configuration;

public sealed class WorkspaceTests
{
    private const string Id = "507f1f77bcf86cd799439011";

    [Fact]
    public void Personal_is_the_default_value_and_prints_as_personal()
    {
        Assert.Equal(Workspace.Personal, default);
        Assert.True(Workspace.Personal.IsPersonal);
        Assert.Equal(WorkspaceKind.Personal, Workspace.Personal.Kind);
        Assert.Null(Workspace.Personal.OrganizationId);
        Assert.Equal("personal", Workspace.Personal.ToString());
    }

    [Fact]
    public void Organizations_compare_by_id_case_insensitively_and_round_trip()
    {
        var a = Workspace.Organization(Id);
        var b = Workspace.Organization(Id.ToUpperInvariant());

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(Workspace.Personal, a);
        Assert.Equal("organization:" + Id, a.ToString());
        Assert.Equal(a, Workspace.Parse(a.ToString()));
        Assert.Equal(a, Workspace.Parse(Id));
        Assert.Equal(Workspace.Personal, Workspace.Parse(" Personal "));
    }

    [Theory]
    [InlineData("")]
    [InlineData("507f1f77bcf86cd79943901")]
    [InlineData("507f1f77bcf86cd79943901g")]
    [InlineData("organization:xyz")]
    public void Parse_rejects_what_is_not_a_workspace(string text)
    {
        Assert.Throws<FormatException>(() => Workspace.Parse(text));
        Assert.False(Workspace.TryParse(text, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("507f1f77bcf86cd79943901")]
    [InlineData("507f1f77bcf86cd7994390111")]
    [InlineData("zzzf1f77bcf86cd799439011")]
    public void An_organization_id_that_is_not_24_hex_is_an_argument_error(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => Workspace.Organization(id));

        Assert.Equal("organizationId", ex.ParamName);
        Assert.Contains("24-character hexadecimal", ex.Message);
    }

    [Fact]
    public void The_client_switcher_views_are_typed_by_kind()
    {
        using var client = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = "k", UseEnvironment = false });

        Assert.IsAssignableFrom<IPersonalWorkspace>(client.Workspace(Workspace.Personal));
        var org = Assert.IsAssignableFrom<IOrganizationWorkspace>(client.Workspace(Workspace.Organization(Id)));
        Assert.Equal(Id, org.OrganizationId);
        Assert.Equal(Workspace.Organization(Id), org.Workspace);
        Assert.Throws<ArgumentNullException>("organizationId", () => client.Organization(null!));
        Assert.Throws<ArgumentException>("apiKey", () => client.Organization(Id, " "));
    }

    [Fact]
    public async Task A_disposed_client_fails_fast()
    {
        var client = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = "k", UseEnvironment = false, BaseUrl = new Uri("http://127.0.0.1:9/api/v1") });
        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.VerifyAsync());
    }
}
