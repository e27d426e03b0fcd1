using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing;

/// <summary>Configures one seeded user: names, personal wallet and plan, usage and payment history, personal API key.</summary>
public sealed class SandboxUserBuilder
{
    private string? _firstName;
    private string? _lastName;
    private string? _email;
    private string? _userName;
    private decimal _credits;
    private decimal _awsCredits;
    private bool _autoRecharge;
    private SandboxTier _tier = SandboxTier.Free;
    private SandboxInterval _interval = SandboxInterval.Monthly;
    private int _sessions;
    private int _sessionDays = 90;
    private int _payments;
    private string? _apiKey;
    private decimal _storageGB;
    private int _aiPercent;
    private bool _autoSwitch;

    internal SandboxUserBuilder(string handle) => Handle = handle;

    internal string Handle { get; }

    /// <summary>Given and family name (default: the capitalized handle and "Tester").</summary>
    public SandboxUserBuilder Name(string firstName, string lastName)
    {
        _firstName = firstName;
        _lastName = lastName;
        return this;
    }

    /// <summary>The e-mail address (default <c>handle@example.com</c>); invitations to it can be accepted by this user.</summary>
    public SandboxUserBuilder Email(string email)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@')) throw new ArgumentException("email must be an e-mail address.", nameof(email));
        _email = email;
        return this;
    }

    /// <summary>The unique user name (default: the handle).</summary>
    public SandboxUserBuilder UserName(string userName)
    {
        if (string.IsNullOrWhiteSpace(userName)) throw new ArgumentException("userName must not be empty.", nameof(userName));
        _userName = userName;
        return this;
    }

    /// <summary>The personal wallet's balances in credits (1 credit = $0.01); may be negative (an outstanding balance).</summary>
    public SandboxUserBuilder Credits(decimal qbraidCredits, decimal awsCredits = 0)
    {
        _credits = qbraidCredits;
        _awsCredits = awsCredits;
        return this;
    }

    /// <summary>Turns the personal wallet's auto-recharge on.</summary>
    public SandboxUserBuilder AutoRecharge(bool enabled = true)
    {
        _autoRecharge = enabled;
        return this;
    }

    /// <summary>The personal plan (default Free).</summary>
    public SandboxUserBuilder Plan(SandboxTier tier, SandboxInterval interval = SandboxInterval.Monthly)
    {
        _tier = tier;
        _interval = interval;
        return this;
    }

    /// <summary>Generates <paramref name="count"/> compute sessions (and some job and AI charges) in the personal workspace over the last <paramref name="days"/> days.</summary>
    public SandboxUserBuilder Sessions(int count, int days = 90)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        _sessions = count;
        _sessionDays = days;
        return this;
    }

    /// <summary>Generates <paramref name="count"/> past payments (plan renewals and credit purchases).</summary>
    public SandboxUserBuilder Payments(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _payments = count;
        return this;
    }

    /// <summary>Fixes the personal API key's secret (default: generated from the handle and the random seed).</summary>
    public SandboxUserBuilder ApiKey(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < 8) throw new ArgumentException("secret must be at least 8 characters.", nameof(secret));
        _apiKey = secret;
        return this;
    }

    /// <summary>Personal storage in use, in GB.</summary>
    public SandboxUserBuilder Storage(decimal usedGB)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(usedGB);
        _storageGB = usedGB;
        return this;
    }

    /// <summary>The personal AI chat quota used (percent; 100 or more means over quota) and whether it then switches to credits.</summary>
    public SandboxUserBuilder AiChat(int percentUsed, bool autoSwitchToCredits = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percentUsed);
        _aiPercent = percentUsed;
        _autoSwitch = autoSwitchToCredits;
        return this;
    }

    internal static void CheckHandle(string handle, string paramName)
    {
        if (string.IsNullOrWhiteSpace(handle) || !handle.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            throw new ArgumentException("A handle is letters, digits, '.', '_' or '-', e.g. \"ada\".", paramName);
    }

    internal (UserRecord Record, SeededUser Seeded) Build(SandboxState state)
    {
        var now = state.Now;
        var record = new UserRecord
        {
            Id = state.NewId(),
            Handle = Handle,
            UserName = _userName ?? Handle,
            Email = _email ?? Handle + "@example.com",
            FirstName = _firstName ?? SandboxState.Capitalize(Handle),
            LastName = _lastName ?? "Tester",
            CreatedAt = now.AddDays(-400 - state.Random.Next(300)),
            QbraidCredits = _credits,
            AwsCredits = _awsCredits,
            AutoRecharge = _autoRecharge,
        };
        if (state.Users.Any(u => string.Equals(u.UserName, record.UserName, StringComparison.OrdinalIgnoreCase)))
            throw new InvalidOperationException($"User name '{record.UserName}' is seeded twice.");
        if (state.FindUserByEmail(record.Email) is not null)
            throw new InvalidOperationException($"E-mail '{record.Email}' is seeded twice.");
        if (_tier != SandboxTier.Free)
        {
            var interval = SandboxWire.Of(_interval);
            record.Plan = new PlanRecord
            {
                Tier = SandboxWire.Of(_tier),
                Interval = interval,
                Status = "active",
                CurrentPeriodEnd = now.AddDays(1 + state.Random.Next(interval == "annual" ? 360 : 28)),
            };
        }
        record.Usage.StorageUsedGB = _storageGB;
        record.Usage.AiChatPercentUsed = _aiPercent;
        record.Usage.AutoSwitchToCredits = _autoSwitch;
        History.Sessions(state, record.Usage, _sessions, _sessionDays);
        History.Payments(state, record, _payments);
        state.Users.Add(record);

        var key = state.AddKey(record, null, "Personal key", [], _apiKey ?? $"qbr_sbx_{Handle}_{state.Hex(12)}", record.CreatedAt.AddDays(1));
        return (record, new SeededUser(Handle, record.Id, record.UserName, record.Email, record.DisplayName, key.Secret, key.Id));
    }
}
