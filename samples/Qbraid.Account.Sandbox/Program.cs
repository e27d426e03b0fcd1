// Serves the qBraid account API from memory until Ctrl+C:
//   dotnet run --project samples/Qbraid.Account.Sandbox -- --port 5080
// Options: --port N (default 5080; 0 = any free port), --seed N (random seed), --quiet (no request log).
using System.Globalization;
using System.Runtime.InteropServices;
using Qbraid.Account.Testing;

var port = 5080;
var randomSeed = new QbraidSandboxOptions().RandomSeed;
var quiet = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535:
            port = p;
            i++;
            break;
        case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s):
            randomSeed = s;
            i++;
            break;
        case "--quiet":
            quiet = true;
            break;
        case "-h" or "--help":
            Console.WriteLine("Usage: Qbraid.Account.Sandbox [--port N] [--seed N] [--quiet]");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown or incomplete option '{args[i]}'. Usage: Qbraid.Account.Sandbox [--port N] [--seed N] [--quiet]");
            return 2;
    }
}

using var stop = new CancellationTokenSource();
// Ctrl+C (SIGINT) and SIGTERM (docker stop, kill) both stop the server cleanly.
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

QbraidSandbox sandbox;
try
{
    sandbox = await QbraidSandbox.StartAsync(new QbraidSandboxOptions
    {
        Port = port,
        RandomSeed = randomSeed,
        OnRequest = quiet ? null : r => Console.WriteLine($"{r.Time:HH:mm:ss} {r.StatusCode} {r.Method,-6} {r.Path}{r.Query}{(r.Replayed ? "  (replayed)" : string.Empty)}{(r.Faulted ? "  (fault)" : string.Empty)}"),
    });
}
catch (IOException e)
{
    Console.Error.WriteLine($"Could not listen on 127.0.0.1:{port}: {e.Message} Try --port 0 for any free port.");
    return 1;
}

await using (sandbox)
{
    var world = sandbox.Seed;
    Console.WriteLine("qBraid account sandbox (in-memory; every change is lost on exit)");
    Console.WriteLine();
    Console.WriteLine($"  Base URL   {sandbox.BaseUrl}");
    Console.WriteLine($"  Try        curl -H \"X-API-KEY: {sandbox.Keys.Personal}\" {sandbox.BaseUrl}users/me");
    Console.WriteLine($"  SDK        QBRAID_API_URL={sandbox.BaseUrl.ToString().TrimEnd('/')} QBRAID_API_KEY={sandbox.Keys.Personal}");
    Console.WriteLine();
    Console.WriteLine("  Users and personal keys");
    foreach (var user in world.Users)
        Console.WriteLine($"    {user.Handle,-10} {user.Name,-20} {user.Email,-24} {user.ApiKey}");
    foreach (var org in world.Organizations)
    {
        Console.WriteLine();
        Console.WriteLine($"  Organization \"{org.Name}\"  id {org.Id}  (send X-Organization-Id: {org.Id})");
        Console.WriteLine("    Members and their keys bound to this organization");
        foreach (var member in org.Members)
            Console.WriteLine($"    {member.UserHandle,-10} {member.Role.ToString().ToLowerInvariant(),-8} {member.Status.ToString().ToLowerInvariant(),-10} member {member.MemberId}  {member.ApiKey}");
        foreach (var invitation in org.Invitations)
            Console.WriteLine($"    pending invitation {invitation.Id} for {invitation.Email} ({invitation.Role.ToString().ToLowerInvariant()}, {invitation.Credits} credits)");
        if (org.InviteCodes.Count > 0)
            Console.WriteLine($"    invite codes: {string.Join(", ", org.InviteCodes)}");
    }
    Console.WriteLine();
    Console.WriteLine("Press Ctrl+C to stop.");
    Console.WriteLine();

    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        Console.WriteLine("Stopping.");
    }
}
return 0;
