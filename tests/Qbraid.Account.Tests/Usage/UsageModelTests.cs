using Qbraid.Account.Usage;

namespace Qbraid.Account.Tests.Usage;

public sealed class UsageModelTests
{
    [Theory]
    [InlineData("0", "100", StorageLevel.Normal)]
    [InlineData("75", "100", StorageLevel.Normal)]
    [InlineData("75.1", "100", StorageLevel.Warning)]
    [InlineData("90", "100", StorageLevel.Warning)]
    [InlineData("90.1", "100", StorageLevel.Critical)]
    [InlineData("150", "100", StorageLevel.Critical)]
    [InlineData("11.25", "15", StorageLevel.Normal)] // exactly 75 % of the free tier
    [InlineData("11.26", "15", StorageLevel.Warning)]
    [InlineData("13.5", "15", StorageLevel.Warning)] // exactly 90 %
    [InlineData("13.51", "15", StorageLevel.Critical)]
    [InlineData("5", "0", StorageLevel.Normal)] // no quota known
    public void Storage_level_follows_the_dashboard_thresholds(string usedGB, string quotaGB, StorageLevel expected)
    {
        var storage = new StorageUsage { UsedGB = decimal.Parse(usedGB, System.Globalization.CultureInfo.InvariantCulture), QuotaGB = decimal.Parse(quotaGB, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(expected, storage.Level);
    }

    [Fact]
    public void Outstanding_balance_comes_from_a_negative_available_or_a_positive_outstanding_amount()
    {
        Assert.False(new UsageSummary().HasOutstandingBalance);
        Assert.False(new UsageSummary { Credits = new UsageCredits { Available = 0 }, OutstandingBalance = 0 }.HasOutstandingBalance);
        Assert.True(new UsageSummary { Credits = new UsageCredits { Available = -0.01m } }.HasOutstandingBalance);
        Assert.True(new UsageSummary { Credits = new UsageCredits { Available = 10 }, OutstandingBalance = 0.01m }.HasOutstandingBalance);
        Assert.False(new UsageSummary { Credits = new UsageCredits { Available = 10 }, OutstandingBalance = null }.HasOutstandingBalance);
    }
}
