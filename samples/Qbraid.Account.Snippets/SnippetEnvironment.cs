using Qbraid.Account.Testing;

namespace Qbraid.Account.Snippets;

/// <summary>What a snippet gets: a client for Ada (the sandbox's primary user), her organization, and the sandbox itself.</summary>
internal sealed class SnippetEnvironment
{
    // The smallest valid PNG header is all the sandbox checks (by the first bytes).
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private SnippetEnvironment(QbraidSandbox sandbox, QbraidAccountClient client)
    {
        Sandbox = sandbox;
        Client = client;
    }

    public QbraidSandbox Sandbox { get; }

    public QbraidAccountClient Client { get; }

    public string ApiKey => Sandbox.Keys.Personal!;

    public Uri BaseUrl => Sandbox.BaseUrl;

    public string OrganizationId => Sandbox.Seed.Organization(SandboxSeed.Lab).Id;

    /// <summary>Runs one snippet in a fresh sandbox world and a scratch folder (for the files snippets read and write).</summary>
    public static async Task RunAsync(Func<SnippetEnvironment, Task> snippet)
    {
        var scratch = Directory.CreateTempSubdirectory("qbraid-snippets-");
        var previousDirectory = Environment.CurrentDirectory;
        await using var sandbox = await QbraidSandbox.StartAsync();
        using var client = new QbraidAccountClient(new QbraidAccountOptions
        {
            ApiKey = sandbox.Keys.Personal,
            BaseUrl = sandbox.BaseUrl,
            UseEnvironment = false,
            Retry = { MaxRetries = 0 },
        });
        try
        {
            Environment.CurrentDirectory = scratch.FullName;
            foreach (var image in new[] { "avatar.png", "logo-light.png", "logo-dark.png" })
                await File.WriteAllBytesAsync(image, Png);
            await snippet(new SnippetEnvironment(sandbox, client));
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            scratch.Delete(recursive: true);
        }
    }
}
