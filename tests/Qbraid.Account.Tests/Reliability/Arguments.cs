using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text;
using Qbraid.Account.ApiKeys;
using Qbraid.Account.Billing;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Settings;
using Qbraid.Account.Organizations.Subscription;
using Qbraid.Account.Profile;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// Valid and invalid arguments for any public SDK method, chosen from each parameter's type and
/// name, so a new method is covered without a new line here. A parameter of a type no rule knows
/// makes <see cref="Valid"/> throw, naming what to add.
/// </summary>
internal static class Arguments
{
    public const string MemberId = "64b7f0c2a1d3e4f5a6b7c8d9";
    public const string OtherId = "65a1b2c3d4e5f60718293a4b";
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    /// <summary>One invalid argument: what it is, the value, and the start the exception's ParamName must have.</summary>
    public sealed record BadCase(string Label, object? Value, string ParamName);

    private static readonly NullabilityInfoContext Nullability = new();

    private static NullabilityInfo NullabilityOf(ParameterInfo parameter) { lock (Nullability) return Nullability.Create(parameter); }

    private static NullabilityInfo NullabilityOf(PropertyInfo property) { lock (Nullability) return Nullability.Create(property); }

    // ---------------------------------------------------------------- valid values

    /// <summary>Valid request records, by type. Types not listed are built by <see cref="AutoBuild"/>.</summary>
    private static readonly Dictionary<Type, Func<object>> ValidRecords = new()
    {
        [typeof(UpdateProfileRequest)] = () => new UpdateProfileRequest { FirstName = "Ada" },
        [typeof(UpdateNotificationPreferencesRequest)] = () => new UpdateNotificationPreferencesRequest { Billing = true },
        [typeof(CreateApiKeyRequest)] = () => new CreateApiKeyRequest("ci key", ["read"]),
        [typeof(CreditCheckoutRequest)] = () => new CreditCheckoutRequest(25m),
        [typeof(SubscriptionCheckoutRequest)] = () => new SubscriptionCheckoutRequest(SubscriptionTier.Pro, BillingInterval.Monthly),
        [typeof(TransferCreditsRequest)] = () => TransferCreditsRequest.ToMembers([MemberId, OtherId], 10m),
        [typeof(InviteMemberRequest)] = () => new InviteMemberRequest { Email = "ada@example.com", Role = MemberRole.Member },
        [typeof(UpdateSubscriptionRequest)] = () => new UpdateSubscriptionRequest { Seats = 5 },
        [typeof(UpdateOrganizationSettingsRequest)] = () => new UpdateOrganizationSettingsRequest { Name = "Lab", MemberDefaults = new MemberDefaultsUpdate { AutoAssignSeats = true } },
        [typeof(MemberDefaultsUpdate)] = () => new MemberDefaultsUpdate { AutoAssignSeats = true },
    };

    /// <summary>Invalid requests only a person can know about (cross-field rules, documented limits), by type.</summary>
    private static readonly Dictionary<Type, Func<string, IEnumerable<BadCase>>> ExtraRecordCases = new()
    {
        [typeof(TransferCreditsRequest)] = p =>
        [
            new("no recipients and not All", new TransferCreditsRequest { AmountPerMember = 10m }, p),
            new("recipients and All = true", TransferCreditsRequest.ToMembers([MemberId], 10m) with { All = true }, p),
            new("empty recipient list", TransferCreditsRequest.ToMembers([], 10m), p + ".Recipients"),
            new("duplicate recipient", TransferCreditsRequest.ToMembers([MemberId, MemberId.ToUpperInvariant()], 10m), p + ".Recipients"),
            new("recipient not an id", TransferCreditsRequest.ToMembers(["not-an-id"], 10m), p + ".Recipients"),
        ],
        [typeof(CreateApiKeyRequest)] = p => [new("name over 100 characters", new CreateApiKeyRequest(new string('n', 101)), p + ".Name")],
        [typeof(UpdateSubscriptionRequest)] = p =>
        [
            new("one seat", new UpdateSubscriptionRequest { Seats = 1 }, p + ".Seats"),
            new("free tier", new UpdateSubscriptionRequest { Tier = SubscriptionTier.Free }, p + ".Tier"),
        ],
        [typeof(SubscriptionCheckoutRequest)] = p => [new("free tier", new SubscriptionCheckoutRequest(SubscriptionTier.Free, BillingInterval.Monthly), p + ".Tier")],
        [typeof(InviteMemberRequest)] = p =>
        [
            new("owner role", new InviteMemberRequest { Email = "ada@example.com", Role = MemberRole.Owner }, p + ".Role"),
            new("unknown role", new InviteMemberRequest { Email = "ada@example.com", Role = new MemberRole("superuser") }, p + ".Role"),
        ],
        [typeof(UpdateOrganizationSettingsRequest)] = p =>
        [
            new("owner as default role", new UpdateOrganizationSettingsRequest { MemberDefaults = new MemberDefaultsUpdate { DefaultRole = MemberRole.Owner } }, p + ".MemberDefaults.DefaultRole"),
            new("seat credits over 100,000", new UpdateOrganizationSettingsRequest { MemberDefaults = new MemberDefaultsUpdate { SeatAssignmentCredits = 100_001m } }, p + ".MemberDefaults.SeatAssignmentCredits"),
        ],
    };

    public static object?[] ValidArguments(MethodInfo method, CancellationToken cancellationToken = default)
        => method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : Valid(p)).ToArray();

    public static object? Valid(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var name = parameter.Name!;
        if (type == typeof(CancellationToken)) return CancellationToken.None;
        if (parameter.HasDefaultValue && parameter.DefaultValue is null) return null; // optional: leave it out
        if (type == typeof(string)) return ValidString(name);
        if (type == typeof(decimal) || type == typeof(decimal?)) return 25m;
        if (type == typeof(int) || type == typeof(int?)) return 5;
        if (type == typeof(long)) return 5L;
        if (type == typeof(bool)) return true;
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        if (ModelCatalog.IsWireEnum(type)) return ValidWireEnum(type);
        if (type == typeof(Workspace)) return Workspace.Personal;
        if (type == typeof(Stream)) return ValidStream(name);
        if (type == typeof(IEnumerable<BulkInvitationEntry>)) return new[] { new BulkInvitationEntry("ada@example.com", MemberRole.Member) };
        if (IsRecord(type)) return ValidRecord(type);
        throw new InvalidOperationException($"No valid-value rule for parameter '{name}' ({type}) of {parameter.Member.DeclaringType?.Name}.{parameter.Member.Name}: add one to Arguments.Valid.");
    }

    public static object ValidRecord(Type type) => ValidRecords.TryGetValue(type, out var make) ? make() : AutoBuild(type);

    private static string ValidString(string name)
    {
        var lower = name.ToLowerInvariant();
        if (IsIdName(name)) return lower.Contains("organization", StringComparison.Ordinal) ? PublicSurface.OrgId : MemberId;
        if (lower == "apikey") return "qbr_org_key_valid_0123";
        if (lower.Contains("url", StringComparison.Ordinal) || lower.Contains("website", StringComparison.Ordinal)) return "https://example.com/back";
        if (lower.Contains("email", StringComparison.Ordinal)) return "ada@example.com";
        if (lower == "path") return Path.Combine(TempFolder, Guid.NewGuid().ToString("N") + ".csv");
        return "Sample-Code-1234";
    }

    /// <summary>Where valid file paths point (export targets); deleted by <see cref="DeleteTempFiles"/>.</summary>
    public static string TempFolder { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "qbraid-reliability-" + Environment.ProcessId)).FullName;

    public static void DeleteTempFiles()
    {
        foreach (var file in Directory.EnumerateFiles(TempFolder)) File.Delete(file);
    }

    /// <summary>The last declared value: for the SDK's wire enums that is one a request may carry (member, pro, annual...).</summary>
    public static object ValidWireEnum(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Static).Last(p => p.PropertyType == type).GetValue(null)!;

    private static Stream ValidStream(string name) => name.ToLowerInvariant() switch
    {
        "csv" => new MemoryStream(Encoding.UTF8.GetBytes("email,role\nada@example.com,member\n")),
        "destination" => new MemoryStream(),
        _ => new MemoryStream([.. Png, .. new byte[64]]),
    };

    /// <summary>
    /// A valid instance of a request record no one listed: strings by name (ids, e-mails, URLs), numbers,
    /// the last wire-enum value, and for a PATCH record (every field optional) its first field set.
    /// </summary>
    public static object AutoBuild(Type type)
    {
        var constructor = type.GetConstructors().OrderBy(c => c.GetParameters().Length).First();
        var instance = constructor.Invoke(constructor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : ValidForMember(p.ParameterType, p.Name!)).ToArray());
        var optionalSet = false;
        foreach (var property in Settable(type))
        {
            var propertyType = property.PropertyType;
            if (IsOptional(propertyType))
            {
                if (optionalSet) continue;
                var inner = propertyType.GetGenericArguments()[0];
                if (inner == typeof(bool) || inner == typeof(string) || inner == typeof(int) || inner == typeof(decimal) || ModelCatalog.IsWireEnum(inner))
                {
                    property.SetValue(instance, Activator.CreateInstance(propertyType, ValidForMember(inner, property.Name)));
                    optionalSet = true;
                }
                continue;
            }
            if (property.GetValue(instance) is not null && !propertyType.IsValueType) continue;
            var value = ValidForMember(propertyType, property.Name);
            if (value is not null) property.SetValue(instance, value);
        }
        return instance;
    }

    private static object? ValidForMember(Type type, string name)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null) return null;
        if (type == typeof(string)) return ValidString(name);
        if (type == typeof(decimal)) return 10m;
        if (type == typeof(int)) return 5;
        if (type == typeof(bool)) return false;
        if (ModelCatalog.IsWireEnum(type)) return ValidWireEnum(type);
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        return null;
    }

    // ---------------------------------------------------------------- invalid values

    /// <summary>Every invalid value that applies to <paramref name="parameter"/>; empty when none can be wrong.</summary>
    public static IEnumerable<BadCase> Bad(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var name = parameter.Name!;
        var nullable = NullabilityOf(parameter).ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(type) is not null;
        if (type == typeof(CancellationToken)) yield break;

        if (type == typeof(string))
        {
            foreach (var bad in BadStrings(name, nullable, name)) yield return bad;
            yield break;
        }
        if (type == typeof(decimal) || type == typeof(decimal?))
        {
            yield return new("zero", 0m, name);
            yield return new("negative", -1m, name);
            yield return new("tiny negative", -0.0001m, name);
            yield break;
        }
        if (type == typeof(int) || type == typeof(int?))
        {
            if (name.Equals("seats", StringComparison.OrdinalIgnoreCase)) yield return new("one seat (a team plan needs 2)", 1, name);
            yield return new("zero", 0, name);
            yield return new("negative", -1, name);
            yield return new("int.MinValue", int.MinValue, name);
            yield break;
        }
        if (type.IsEnum)
        {
            yield return new("undefined value -1", Enum.ToObject(type, -1), name);
            yield return new("undefined value 12345", Enum.ToObject(type, 12345), name);
            yield break;
        }
        if (ModelCatalog.IsWireEnum(type))
        {
            yield return new("default (no value)", Activator.CreateInstance(type), name);
            if (type == typeof(MemberRole))
            {
                yield return new("owner (never assignable)", MemberRole.Owner, name);
                yield return new("unknown role", new MemberRole("superuser"), name);
            }
            if (type == typeof(SubscriptionTier)) yield return new("free (not for sale)", SubscriptionTier.Free, name);
            yield break;
        }
        if (type == typeof(Stream))
        {
            yield return new("null", null, name);
            var lower = name.ToLowerInvariant();
            if (lower == "destination")
            {
                yield return new("read-only stream", new MemoryStream([], writable: false), name);
                yield break;
            }
            yield return new("write-only stream", new WriteOnlyStream(), name);
            yield return new("empty stream", new MemoryStream(), name);
            if (lower == "csv")
            {
                yield return new("header only", Text("email,role\n"), name);
                yield return new("101 rows", Text("email,role\n" + string.Concat(Enumerable.Range(0, 101).Select(i => $"user{i}@example.com,member\n"))), name);
                yield return new("a row with a bad e-mail", Text("email,role\nnot-an-email,member\n"), name);
                yield return new("an unclosed quote", Text("email,role\n\"ada@example.com,member\n"), name);
            }
            else
            {
                yield return new("not an image", Text("GIF89a not supported"), name);
                yield return new("oversized (1 MB + 1 byte)", new MemoryStream([.. Png, .. new byte[1024 * 1024 + 1 - Png.Length]]), name);
            }
            yield break;
        }
        if (type == typeof(IEnumerable<BulkInvitationEntry>))
        {
            yield return new("null", null, name);
            yield return new("empty", Array.Empty<BulkInvitationEntry>(), name);
            yield return new("101 entries", Enumerable.Range(0, 101).Select(i => new BulkInvitationEntry($"user{i}@example.com", MemberRole.Member)).ToArray(), name);
            yield return new("a bad e-mail", new[] { new BulkInvitationEntry("not-an-email", MemberRole.Member) }, name);
            yield return new("the owner role", new[] { new BulkInvitationEntry("ada@example.com", MemberRole.Owner) }, name);
            yield return new("a null entry", new BulkInvitationEntry?[] { null }, name);
            yield break;
        }
        if (IsRecord(type))
        {
            if (!nullable) yield return new("null", null, name);
            foreach (var bad in BadRecord(type, name, nullable)) yield return bad;
        }
    }

    private static IEnumerable<BadCase> BadStrings(string name, bool nullable, string paramName)
    {
        var lower = name.ToLowerInvariant();
        var formatted = IsIdName(name) || lower is "idempotencykey" or "apikey" or "path"
            || lower.Contains("url", StringComparison.Ordinal) || lower.Contains("website", StringComparison.Ordinal) || lower.Contains("email", StringComparison.Ordinal);
        var freeText = lower is "reason" or "note" or "message" or "promocode";
        if (!nullable) yield return new("null", null, paramName);
        // Other optional text (a search term...) has no rule to break; it is not tried.
        if (nullable && !formatted && !freeText) yield break;
        yield return new("empty", string.Empty, paramName);
        yield return new("whitespace", "   ", paramName);
        // Optional free text may be left out, but when given it must not be blank.
        if (freeText) yield break;
        if (IsIdName(name))
        {
            yield return new("not an id", "not-an-id", paramName);
            yield return new("23 hex digits", MemberId[..23], paramName);
            yield return new("25 hex digits", MemberId + "a", paramName);
            yield return new("24 non-hex characters", new string('z', 24), paramName);
            yield return new("id with a slash", MemberId[..12] + "/" + MemberId[13..], paramName);
        }
        else if (lower == "idempotencykey")
        {
            yield return new("256 characters", new string('k', 256), paramName);
            yield return new("a line break (header injection)", "key\r\nX-Evil: 1", paramName);
            yield return new("non-ASCII", "ключ-42", paramName);
        }
        else if (lower == "apikey")
        {
            yield return new("a line break (header injection)", "qbr_key\r\nX-Evil: 1", paramName);
            yield return new("non-ASCII", "qbr_ключ", paramName);
        }
        else if (lower.Contains("url", StringComparison.Ordinal) || lower.Contains("website", StringComparison.Ordinal))
        {
            yield return new("not a URL", "not a url", paramName);
            yield return new("ftp URL", "ftp://example.com/x", paramName);
            yield return new("relative URL", "/relative/path", paramName);
        }
        else if (lower.Contains("email", StringComparison.Ordinal))
        {
            yield return new("not an e-mail", "not-an-email", paramName);
        }
        else if (lower == "path")
        {
            yield return new("a folder, not a file", Path.GetTempPath(), paramName);
        }
    }

    /// <summary>Invalid records: each field broken on its own (from its type and name), plus the hand-written cases.</summary>
    private static IEnumerable<BadCase> BadRecord(Type type, string paramName, bool nullable)
    {
        if (type.Name.EndsWith("Options", StringComparison.Ordinal))
        {
            foreach (var bad in BadOptions(type, paramName)) yield return bad;
            yield break;
        }
        var valid = ValidRecord(type);
        var properties = Settable(type).ToList();
        if (properties.Count > 0 && properties.All(p => IsOptional(p.PropertyType)))
            yield return new("no field set", Activator.CreateInstance(type)!, paramName);
        foreach (var property in properties)
            foreach (var (label, value) in BadMembers(property))
                yield return new($"{property.Name}: {label}", With(valid, property, value), $"{paramName}.{property.Name}");
        foreach (var property in properties.Where(p => IsOptional(p.PropertyType) && IsRecord(p.PropertyType.GetGenericArguments()[0])))
        {
            var inner = property.PropertyType.GetGenericArguments()[0];
            var prefix = $"{paramName}.{property.Name}";
            yield return new($"{property.Name}: null", With(valid, property, Activator.CreateInstance(property.PropertyType, [null])), prefix);
            foreach (var bad in BadRecord(inner, prefix, nullable: true).Where(b => b.Value is not null))
                yield return bad with { Value = With(valid, property, Activator.CreateInstance(property.PropertyType, bad.Value)) };
        }
        if (ExtraRecordCases.TryGetValue(type, out var extra))
            foreach (var bad in extra(paramName)) yield return bad;
    }

    private static IEnumerable<(string Label, object? Value)> BadMembers(PropertyInfo property)
    {
        var type = property.PropertyType;
        var name = property.Name;
        var lower = name.ToLowerInvariant();
        if (type == typeof(string))
        {
            var nullable = NullabilityOf(property).ReadState == NullabilityState.Nullable;
            foreach (var bad in BadStrings(name, nullable, name))
                yield return (bad.Label, bad.Value);
        }
        else if (type == typeof(decimal) || type == typeof(decimal?))
        {
            if (lower.StartsWith("amount", StringComparison.Ordinal)) yield return ("zero", 0m);
            yield return ("negative", -1m);
        }
        else if (type == typeof(int) || type == typeof(int?))
        {
            yield return ("negative", -1);
        }
        else if (ModelCatalog.IsWireEnum(type))
        {
            yield return ("default (no value)", Activator.CreateInstance(type));
        }
        else if (type == typeof(IReadOnlyList<string>))
        {
            yield return ("a blank item", new[] { " " });
            yield return ("a null item", new string?[] { null });
        }
        else if (IsOptional(type))
        {
            var inner = type.GetGenericArguments()[0];
            var innerNullable = NullabilityOf(property).GenericTypeArguments.FirstOrDefault()?.ReadState == NullabilityState.Nullable;
            object? Wrap(object? value) => Activator.CreateInstance(type, value);
            if (inner == typeof(string) && !innerNullable)
            {
                yield return ("null", Wrap(null));
                yield return ("empty", Wrap(string.Empty));
                yield return ("whitespace", Wrap("   "));
                if (lower.Contains("website", StringComparison.Ordinal) || lower.Contains("url", StringComparison.Ordinal))
                    yield return ("not a URL", Wrap("not a url"));
            }
            else if (inner == typeof(int)) yield return ("negative", Wrap(-1));
            else if (inner == typeof(decimal)) yield return ("negative", Wrap(-1m));
            else if (ModelCatalog.IsWireEnum(inner)) yield return ("default (no value)", Wrap(Activator.CreateInstance(inner)));
        }
    }

    private static IEnumerable<BadCase> BadOptions(Type type, string paramName)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in Settable(type))
        {
            if (property.Name == "PageSize")
            {
                yield return new("PageSize 0", With(instance, property, 0), $"{paramName}.PageSize");
                yield return new("PageSize -1", With(instance, property, -1), $"{paramName}.PageSize");
                yield return new("PageSize 101 (max 100)", With(instance, property, 101), $"{paramName}.PageSize");
            }
            else if (property.PropertyType == typeof(string) && IsIdName(property.Name))
            {
                yield return new($"{property.Name} not an id", With(instance, property, "not-an-id"), $"{paramName}.{property.Name}");
            }
        }
        var from = type.GetProperty("From");
        var to = type.GetProperty("To");
        if (from?.PropertyType == typeof(DateTimeOffset?) && to?.PropertyType == typeof(DateTimeOffset?))
            yield return new("To before From", With(With(instance, from, DateTimeOffset.UtcNow), to, DateTimeOffset.UtcNow.AddDays(-1)), $"{paramName}.To");
    }

    // ---------------------------------------------------------------- calling

    /// <summary>Calls <paramref name="method"/> and waits for it: a Task is awaited, a pageable read to its end.</summary>
    public static async Task<object?> Invoke(object target, MethodInfo method, object?[] arguments, TimeSpan timeout)
    {
        object? result = null;
        try
        {
            result = method.Invoke(target, arguments);
        }
        catch (TargetInvocationException ex)
        {
            ExceptionDispatchInfo.Throw(ex.InnerException!);
        }
        switch (result)
        {
            case Task task:
                await task.WaitAsync(timeout);
                return task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
            case not null when result.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)) is { } enumerable:
                var enumerator = enumerable.GetMethod("GetAsyncEnumerator")!.Invoke(result, [CancellationToken.None])!;
                var asyncEnumerator = enumerator.GetType().GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerator<>));
                var items = new List<object?>();
                try
                {
                    while (await ((ValueTask<bool>)asyncEnumerator.GetMethod("MoveNextAsync")!.Invoke(enumerator, null)!).AsTask().WaitAsync(timeout) && items.Count < 1000)
                        items.Add(asyncEnumerator.GetProperty("Current")!.GetValue(enumerator));
                }
                finally
                {
                    await ((IAsyncDisposable)enumerator).DisposeAsync();
                }
                return items;
            default:
                return result;
        }
    }

    // ---------------------------------------------------------------- helpers

    public static bool IsIdName(string name) => name == "id" || name.EndsWith("Id", StringComparison.Ordinal);

    private static bool IsRecord(Type type) => type.IsClass && type.Namespace?.StartsWith("Qbraid.Account", StringComparison.Ordinal) == true && type.GetMethod("<Clone>$") is not null;

    private static bool IsOptional(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Optional<>);

    private static IEnumerable<PropertyInfo> Settable(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    /// <summary>A copy of the record with one property changed (init setters are callable by reflection).</summary>
    private static object With(object record, PropertyInfo property, object? value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, value);
        return copy;
    }

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private sealed class WriteOnlyStream : MemoryStream
    {
        public override bool CanRead => false;
    }
}
