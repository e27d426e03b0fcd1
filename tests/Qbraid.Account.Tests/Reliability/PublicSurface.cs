using System.Reflection;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// Every public operation of the SDK, found by reflection: start at <see cref="IQbraidAccountClient"/>,
/// follow its workspaces (<c>Personal</c>, <c>Organization(id)</c>) and every property whose type is
/// an interface of Qbraid.Account.Abstractions, at any depth. A sub-client added to a workspace
/// interface is picked up without touching the tests.
/// </summary>
internal static class PublicSurface
{
    public const string OrgId = "507f1f77bcf86cd799439011";

    public static Assembly Abstractions { get; } = typeof(IQbraidAccountClient).Assembly;

    /// <summary>An interface reached from the client, and how to get the instance that implements it.</summary>
    public sealed record Target(string Path, Type Interface, Func<IQbraidAccountClient, object> Resolve);

    /// <summary>One public method on one target.</summary>
    public sealed record Operation(Target Target, MethodInfo Method)
    {
        public string Name => $"{Target.Path}.{Method.Name}({string.Join(", ", Method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).Select(p => p.Name))})";

        /// <summary>Returns a workspace view instead of calling the API (e.g. <c>Organization(id)</c>).</summary>
        public bool IsViewFactory => typeof(IWorkspace).IsAssignableFrom(Method.ReturnType);

        public IEnumerable<ParameterInfo> Arguments => Method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken));
    }

    public static IReadOnlyList<Target> Targets(string? orgApiKey = null)
    {
        var targets = new List<Target>
        {
            new("client", typeof(IQbraidAccountClient), c => c),
        };
        var workspaces = new List<Target>
        {
            new("personal", typeof(IPersonalWorkspace), c => c.Personal),
            new("org", typeof(IOrganizationWorkspace), c => orgApiKey is null ? c.Organization(OrgId) : c.Organization(OrgId, orgApiKey)),
        };
        targets.AddRange(workspaces);
        var pending = new Queue<Target>(workspaces);
        while (pending.Count > 0)
        {
            var holder = pending.Dequeue();
            foreach (var property in AllProperties(holder.Interface))
            {
                if (!property.PropertyType.IsInterface || property.PropertyType.Assembly != Abstractions) continue;
                var parent = holder;
                var child = new Target($"{holder.Path}.{property.Name}", property.PropertyType, c => property.GetValue(parent.Resolve(c))!);
                targets.Add(child);
                pending.Enqueue(child);
            }
        }
        return targets;
    }

    public static IReadOnlyList<Operation> Operations(string? orgApiKey = null)
        => Targets(orgApiKey).SelectMany(t => AllMethods(t.Interface).Select(m => new Operation(t, m))).ToList();

    /// <summary>Each distinct method once (a method reachable from both workspaces counts once).</summary>
    public static IEnumerable<Operation> Methods()
        => Operations().GroupBy(o => o.Method).Select(g => g.First());

    /// <summary>Public interfaces of the abstractions whose name ends in Client: each must be reached by the walk.</summary>
    public static IReadOnlyList<Type> DeclaredClientInterfaces()
        => Abstractions.GetExportedTypes().Where(t => t.IsInterface && t.Name.EndsWith("Client", StringComparison.Ordinal)).ToList();

    private static IEnumerable<PropertyInfo> AllProperties(Type type)
        => new[] { type }.Concat(type.GetInterfaces()).SelectMany(t => t.GetProperties());

    private static IEnumerable<MethodInfo> AllMethods(Type type)
        => new[] { type }.Concat(type.GetInterfaces()).SelectMany(t => t.GetMethods()).Where(m => !m.IsSpecialName);
}
