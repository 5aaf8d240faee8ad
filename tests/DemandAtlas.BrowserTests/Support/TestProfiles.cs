using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.BrowserTests.Support;

/// <summary>What the hand-written documents in Profiles/ establish, so scenarios can say what they expect.</summary>
public static class TestProfiles
{
    /// <summary>Web stings and identity disclosure in Vermont: the two-tactic, one-state filter's answer.</summary>
    public const string Alpha = "synthtest-alpha-vt";
    public const string Gamma = "synthtest-gamma-vt";

    /// <summary>Web stings without identity disclosure: excluded by match=all.</summary>
    public const string Beta = "synthtest-beta-vt";

    /// <summary>Both tactics, but in New Hampshire: excluded by the state filter.</summary>
    public const string Delta = "synthtest-delta-nh";

    /// <summary>Left to the staff scenarios, which change them.</summary>
    public const string Epsilon = "synthtest-epsilon-vt";
    public const string Zeta = "synthtest-zeta-vt";

    public const string SheriffName = "Synthtest County Sheriff’s Office";
    public static readonly string Sheriff = Slugs.From(SheriffName);

    public static string Profile(string slug) => $"/jurisdictions/{slug}";

    public static string Partner(string slug) => $"/partners/{slug}";
}
