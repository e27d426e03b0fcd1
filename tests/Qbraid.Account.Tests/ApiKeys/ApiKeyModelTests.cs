using Qbraid.Account.ApiKeys;

namespace Qbraid.Account.Tests.ApiKeys;

public sealed class ApiKeyModelTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rotation_is_due_from_90_days_after_creation()
    {
        var key = new ApiKey { Id = "6650f1e2d3c4b5a697887766", CreatedAt = Created };

        Assert.False(key.IsRotationDue(Created.AddDays(90).AddTicks(-1)));
        Assert.True(key.IsRotationDue(Created.AddDays(90)));
        Assert.True(key.IsRotationDue(Created.AddDays(400)));
        Assert.Equal(TimeSpan.FromDays(90), ApiKey.RecommendedRotationInterval);
    }

    [Fact]
    public void Rotation_is_not_due_when_the_creation_time_is_unknown()
    {
        var key = new ApiKey { Id = "6650f1e2d3c4b5a697887766" };

        Assert.False(key.IsRotationDue(Created.AddYears(5)));
    }

    [Fact]
    public void Rotation_compares_instants_across_offsets()
    {
        var key = new ApiKey { Id = "6650f1e2d3c4b5a697887766", CreatedAt = Created };
        var ninetyDaysLaterInTokyo = Created.AddDays(90).ToOffset(TimeSpan.FromHours(9));

        Assert.True(key.IsRotationDue(ninetyDaysLaterInTokyo));
    }
}
