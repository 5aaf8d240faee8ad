namespace DemandAtlas.Tests.Support;

/// <summary>The app with a login rate limit high enough that a test class's many logins never hit it.</summary>
public sealed class StaffFactory : AtlasFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DemandAtlas:Security:LoginPermitLimit"] = "100000",
    };
}

/// <summary>The app with a tiny login rate limit, so a test can reach it.</summary>
public sealed class RateLimitedFactory : AtlasFactory
{
    public const int Limit = 3;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DemandAtlas:Security:LoginPermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DemandAtlas:Security:LoginWindow"] = "00:10:00",
    };
}
