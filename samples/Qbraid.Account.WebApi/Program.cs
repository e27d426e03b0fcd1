// The Qbraid.Account SDK in an ASP.NET Core minimal API.
//   dotnet user-secrets set Qbraid:ApiKey <your key> --project samples/Qbraid.Account.WebApi
//   dotnet run --project samples/Qbraid.Account.WebApi
// or against the sandbox: start samples/Qbraid.Account.Sandbox and set Qbraid__BaseUrl and
// Qbraid__ApiKey (or QBRAID_API_URL / QBRAID_API_KEY) to what it prints.
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Qbraid.Account;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Usage;
using Qbraid.Account.WebApi;

var builder = WebApplication.CreateBuilder(args);

// begin-snippet: webapi-registration
// Options come from the "Qbraid" section (appsettings.json, user secrets, Qbraid__ApiKey...);
// whatever is unset falls back to QBRAID_API_KEY / QBRAID_API_URL and ~/.qbraid/qbraidrc.
// A missing key or a bad URL stops start-up with a message that says where to fix it.
builder.Services.AddQbraidAccount(builder.Configuration.GetSection("Qbraid"));

// SDK failures become RFC 9457 problem details with the upstream status (see QbraidProblemDetails).
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<QbraidProblemDetails>();

builder.Services.AddHealthChecks().AddCheck<QbraidHealthCheck>("qbraid", tags: ["ready"]);

// The SDK's ActivitySource and Meter are both named "Qbraid.Account".
if (builder.Configuration.GetValue<bool>("Telemetry:ConsoleExporter"))
{
    builder.Services.AddOpenTelemetry()
        .WithTracing(tracing => tracing.AddSource("Qbraid.Account").AddConsoleExporter())
        .WithMetrics(metrics => metrics.AddMeter("Qbraid.Account").AddConsoleExporter());
}
// end-snippet

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapHealthChecks("/healthz");

app.MapGet("/me", async (IQbraidAccountClient qbraid, CancellationToken ct) =>
{
    var me = await qbraid.VerifyAsync(ct);
    return new MeResponse(me.UserId, me.UserName, me.UserEmail, me.UserRoles);
});

app.MapGet("/workspaces", async (IQbraidAccountClient qbraid, CancellationToken ct) =>
{
    var workspaces = await qbraid.ListWorkspacesAsync(ct);
    return workspaces.Select(WorkspaceResponse.From).ToList();
});

app.MapGet("/wallet", async (IQbraidAccountClient qbraid, CancellationToken ct) =>
{
    var balance = await qbraid.Personal.Wallet.GetBalanceAsync(ct);
    return new WalletResponse(balance.QbraidCredits, balance.AwsCredits, balance.AutoRecharge);
});

app.MapGet("/usage", async (IQbraidAccountClient qbraid, int? days, CancellationToken ct) =>
{
    var range = days switch
    {
        null or 30 => UsageRange.Last30Days,
        7 => UsageRange.Last7Days,
        14 => UsageRange.Last14Days,
        90 => UsageRange.Last90Days,
        _ => throw new ArgumentOutOfRangeException(nameof(days), days, "days must be 7, 14, 30 or 90."),
    };
    var summary = await qbraid.Personal.Usage.GetSummaryAsync(range, ct);
    return UsageResponse.From((int)range, summary);
});

// begin-snippet: webapi-members
app.MapGet("/organizations/{organizationId}/members", async (
    IQbraidAccountClient qbraid, string organizationId, string? status, string? search, int? limit, CancellationToken ct) =>
{
    var max = limit ?? 100;
    if (max is < 1 or > 500) throw new ArgumentOutOfRangeException(nameof(limit), limit, "limit must be 1 to 500.");
    var options = new MemberListOptions
    {
        // (MemberStatus?) matters: MemberStatus converts implicitly from string, null included.
        Status = string.IsNullOrWhiteSpace(status) ? (MemberStatus?)null : new MemberStatus(status),
        Search = search,
    };
    var members = new List<MemberResponse>();
    // Pages are fetched lazily while enumerating: stop as soon as there are enough.
    await foreach (var member in qbraid.Organization(organizationId).Members.ListAsync(options, ct))
    {
        members.Add(MemberResponse.From(member));
        if (members.Count == max) break;
    }
    return members;
});
// end-snippet

app.MapGet("/organizations/{organizationId}/members/{memberId}", async (
    IQbraidAccountClient qbraid, string organizationId, string memberId, CancellationToken ct) =>
    MemberResponse.From(await qbraid.Organization(organizationId).Members.GetAsync(memberId, ct)));

app.MapPost("/organizations/{organizationId}/invitations", async (
    IQbraidAccountClient qbraid, string organizationId, InviteRequest body, HttpRequest request, CancellationToken ct) =>
{
    // The caller's Idempotency-Key (if any) passes through, so their retries can't invite twice.
    var idempotencyKey = request.Headers["Idempotency-Key"].FirstOrDefault();
    var invitation = await qbraid.Organization(organizationId).Members.InviteAsync(
        new InviteMemberRequest
        {
            Email = body.Email,
            Role = string.IsNullOrWhiteSpace(body.Role) ? MemberRole.Member : new MemberRole(body.Role),
            Credits = body.Credits,
            Message = body.Message,
        },
        idempotencyKey,
        ct);
    return Results.Created($"/organizations/{organizationId}/invitations/{invitation.Id}", InvitationResponse.From(invitation));
});

app.Run();
