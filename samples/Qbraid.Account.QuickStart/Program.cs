// A day with Qbraid.Account. With no QBRAID_API_KEY it starts the bundled sandbox in-process and
// works offline; with one it talks to qBraid, read-only unless you pass --allow-changes.
using Qbraid.Account;
using Qbraid.Account.ApiKeys;
using Qbraid.Account.Identity;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.InviteCodes;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Testing;
using Qbraid.Account.Usage;
using Spectre.Console;

var allowChanges = args.Contains("--allow-changes");
var useSandbox = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("QBRAID_API_KEY")) || args.Contains("--sandbox");
using var cancel = new CancellationTokenSource();
if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 120; // logs and CI: wide enough for the tables
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

await using var sandbox = useSandbox ? await QbraidSandbox.StartAsync(cancellationToken: cancel.Token) : null;
var options = sandbox is null
    ? new QbraidAccountOptions { ApplicationId = "qbraid-quickstart" }
    : new QbraidAccountOptions { ApiKey = sandbox.Keys.Personal, BaseUrl = sandbox.BaseUrl, UseEnvironment = false, ApplicationId = "qbraid-quickstart" };
var mayChange = sandbox is not null || allowChanges;

try
{
    using var client = new QbraidAccountClient(options);
    AnsiConsole.Write(new Rule("[bold]Qbraid.Account quick start[/]").LeftJustified());
    AnsiConsole.MarkupLine(sandbox is null
        ? $"Talking to [bold]{Markup.Escape(client.BaseUrl.ToString())}[/] with QBRAID_API_KEY{(mayChange ? " (changes allowed)" : ", read-only (pass --allow-changes to create keys and move credits)")}."
        : $"No QBRAID_API_KEY set: running offline against the bundled sandbox at [bold]{Markup.Escape(sandbox.BaseUrl.ToString())}[/].");

    var user = await client.VerifyAsync(cancel.Token);
    AnsiConsole.MarkupLine($"Signed in as [bold]{Markup.Escape(user.UserName ?? user.UserId)}[/] <{Markup.Escape(user.UserEmail ?? "?")}>.");

    var workspaces = await client.ListWorkspacesAsync(cancel.Token);
    Section("Workspaces");
    var switcher = new Table().AddColumns("Name", "Organization id", "Your roles", "Tier", "Status");
    foreach (var ws in workspaces)
        switcher.AddRow(Text(ws.Name), Text(ws.Workspace.OrganizationId ?? "personal"), Text(string.Join(", ", ws.Roles)), Text(ws.SubscriptionTier), Text(ws.Status));
    AnsiConsole.Write(switcher);

    await ShowPersonalAsync(client.Personal, cancel.Token);
    await ShowApiKeysAsync(client.Personal, mayChange, cancel.Token);

    var organization = workspaces.FirstOrDefault(w => !w.Workspace.IsPersonal && w.Roles.Contains("admin"))
        ?? workspaces.FirstOrDefault(w => !w.Workspace.IsPersonal);
    if (organization is null)
    {
        AnsiConsole.MarkupLine("[grey]You belong to no organization: skipping the organization area.[/]");
    }
    else
    {
        var lab = (IOrganizationWorkspace)client.Workspace(organization.Workspace);
        await ShowOrganizationAsync(lab, user, mayChange, cancel.Token);
        if (sandbox is not null)
            await ShowJoiningByCodeAsync(sandbox, lab, cancel.Token);
    }

    AnsiConsole.Write(new Rule("[green]Done[/]").LeftJustified());
    return 0;
}
catch (QbraidException ex)
{
    AnsiConsole.MarkupLine($"[red]{Markup.Escape(ex.GetType().Name)}:[/] {Markup.Escape(ex.Message)}");
    return 1;
}
catch (InvalidOperationException ex) when (sandbox is null)
{
    // Credential discovery failed: the message names every place a key can come from.
    AnsiConsole.MarkupLine($"[red]Configuration:[/] {Markup.Escape(ex.Message)}");
    return 2;
}

static async Task ShowPersonalAsync(IPersonalWorkspace me, CancellationToken ct)
{
    Section("Personal workspace: qBraid Default");
    var profile = await me.Profile.GetAsync(ct);
    var balance = await me.Wallet.GetBalanceAsync(ct);
    var overview = await me.Wallet.GetOverviewAsync(ct);
    var usage = await me.Usage.GetSummaryAsync(UsageRange.Last30Days, ct);

    var table = new Table().HideHeaders().AddColumns("", "");
    table.AddRow(Label("Name"), Text($"{profile.FirstName} {profile.LastName} (@{profile.UserName})"));
    table.AddRow(Label("Credits"), Text($"{balance.QbraidCredits:N2} qBraid (= ${balance.QbraidCredits / 100m:N2}), {balance.AwsCredits:N2} AWS"));
    if (overview.Plan is { } plan)
        table.AddRow(Label("Plan"), Text($"{plan.Tier} {plan.Interval?.ToString() ?? ""}, {plan.Status}, renews {plan.CurrentPeriodEnd:yyyy-MM-dd}"));
    if (overview.Usage30Days is { } spend)
        table.AddRow(Label("Burn rate"), Text($"{spend.BurnRatePerDay:N2} credits/day ({spend.CreditsUsed:N2} in 30 days)"));
    if (usage.ComputeHours is { } hours)
        table.AddRow(Label("Compute"), Text($"{hours.Used:N1} of {hours.Quota:N0} CPU hours"));
    if (usage.Storage is { } storage)
        table.AddRow(Label("Storage"), Text($"{storage.UsedGB:N1} of {storage.QuotaGB:N0} GB ({storage.Level})"));
    if (usage.AiChat is { } chat)
        table.AddRow(Label("AI chat"), Text($"{chat.PercentUsed:N0} % of quota ({chat.Status})"));
    if (usage.HasOutstandingBalance)
        table.AddRow(new Markup("[red]Balance[/]"), new Markup("[red]outstanding: compute is blocked until it is paid[/]"));
    AnsiConsole.Write(table);
}

static async Task ShowApiKeysAsync(IPersonalWorkspace me, bool mayChange, CancellationToken ct)
{
    Section("API keys");
    if (mayChange)
    {
        var created = await me.ApiKeys.CreateAsync(new CreateApiKeyRequest("quickstart"), cancellationToken: ct);
        AnsiConsole.MarkupLine($"Created key [bold]{Markup.Escape(created.Name ?? created.Id)}[/] {Markup.Escape(created.MaskedKey ?? "")} (its secret is returned once; this sample doesn't print it).");
        var rotated = await me.ApiKeys.RotateAsync(created.Id, cancellationToken: ct);
        AnsiConsole.MarkupLine($"Rotated it: now {Markup.Escape(rotated.MaskedKey ?? "")}; the old secret stopped working.");
        await ShowKeysAsync(me, ct);
        await me.ApiKeys.RevokeAsync(created.Id, ct);
        AnsiConsole.MarkupLine("Revoked it again.");
    }
    else
    {
        await ShowKeysAsync(me, ct);
    }

    static async Task ShowKeysAsync(IPersonalWorkspace me, CancellationToken ct)
    {
        var keys = new Table().AddColumns("Name", "Key", "Status", "Last used", "Rotate?");
        foreach (var key in await me.ApiKeys.ListAsync(ct))
            keys.AddRow(Text(key.Name), Text(key.MaskedKey), Text(key.Status.ToString()), Text(key.LastUsedAt?.ToString("yyyy-MM-dd") ?? "never"), key.IsRotationDue(DateTimeOffset.UtcNow) ? new Markup("[yellow]due (90 days)[/]") : Text("no"));
        AnsiConsole.Write(keys);
    }
}

static async Task ShowOrganizationAsync(IOrganizationWorkspace lab, UserVerification me, bool mayChange, CancellationToken ct)
{
    var details = await lab.GetAsync(ct);
    Section($"Organization: {details.Name}");

    var members = new Table().AddColumns("Name", "E-mail", "Role", "Status", "Seat", "Credits");
    var active = new List<OrganizationMember>();
    await foreach (var member in lab.Members.ListAsync(cancellationToken: ct))
    {
        members.AddRow(Text(member.Name), Text(member.Email), Text(member.Role.ToString()), Text(member.Status.ToString()),
            Text(member.Seat?.Tier.ToString() ?? "-"), Text(member.Credits.ToString("N2")));
        if (member.Status == MemberStatus.Active && member.UserId != me.UserId && member.Role != MemberRole.Owner)
            active.Add(member);
    }
    AnsiConsole.Write(members);

    var seats = await lab.Seats.GetAsync(ct);
    var pool = await lab.Credits.GetBalanceAsync(ct);
    AnsiConsole.MarkupLine($"Seats: {seats.Assigned} of {seats.Total} assigned ({seats.Available} free). Credit pool: {pool.Balance:N2}.");

    if (mayChange && active.Count > 0)
    {
        var recipient = active[0];
        var transfer = await lab.Credits.TransferAsync(
            TransferCreditsRequest.ToMembers([recipient.Id], amountPerMember: 10m, message: "Quick start: thanks for your work"), cancellationToken: ct);
        var after = await lab.Credits.GetBalanceAsync(ct);
        AnsiConsole.MarkupLine($"Transferred {transfer.Total:N2} credits to {Markup.Escape(recipient.Name ?? recipient.Id)} (transfer {transfer.Id}); the pool now holds {after.Balance:N2}.");
    }

    var path = Path.Combine(Path.GetTempPath(), $"qbraid-transactions-{lab.OrganizationId}.csv");
    var rows = await lab.Transactions.ExportCsvAsync(path, cancellationToken: ct);
    AnsiConsole.MarkupLine($"Exported {rows:N0} transactions to [bold]{Markup.Escape(path)}[/], streamed page by page. The first lines:");
    foreach (var line in File.ReadLines(path).Take(3))
        AnsiConsole.WriteLine("  " + (line.Length > 110 ? line[..110] + "…" : line));
}

static async Task ShowJoiningByCodeAsync(QbraidSandbox sandbox, IOrganizationWorkspace lab, CancellationToken ct)
{
    Section("Joining by invite code");
    var code = await lab.InviteCodes.CreateAsync(
        new CreateInviteCodeRequest { Role = MemberRole.Member, MaxUses = 5, ExpiresAt = DateTimeOffset.UtcNow.AddDays(7) }, cancellationToken: ct);
    AnsiConsole.MarkupLine($"An admin shares code [bold]{Markup.Escape(code.Code)}[/] (role {code.Role}, up to {code.MaxUses} uses, until {code.ExpiresAt:yyyy-MM-dd}).");

    // A newcomer with their own key joins with it: the sandbox creates the user for the demo.
    var newcomer = await sandbox.CreateUserAsync("newcomer", "newcomer@example.com", ct);
    using var theirClient = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = newcomer.ApiKey, BaseUrl = sandbox.BaseUrl, UseEnvironment = false });
    var membership = await theirClient.Personal.Invitations.JoinByCodeAsync(code.Code, cancellationToken: ct);
    var theirWorkspaces = await theirClient.ListWorkspacesAsync(ct);
    AnsiConsole.MarkupLine($"{Markup.Escape(newcomer.Email)} joined as {membership.Role} ({membership.Status}); their switcher now shows: {Markup.Escape(string.Join(", ", theirWorkspaces.Select(w => w.Name)))}.");
}

static void Section(string title)
{
    AnsiConsole.WriteLine();
    AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
}

static Markup Text(string? value) => new(Markup.Escape(value ?? ""));

static Markup Label(string value) => new($"[grey]{Markup.Escape(value)}[/]");
