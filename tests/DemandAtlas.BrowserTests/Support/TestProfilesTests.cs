using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.BrowserTests.Support;

/// <summary>The scenarios' expectations rest on what the parser claims for the hand-written profiles; check that first.</summary>
public sealed class TestProfilesTests
{
    [Theory]
    [InlineData("synthtest-alpha.txt", TestProfiles.Alpha, true, true)]
    [InlineData("synthtest-gamma.txt", TestProfiles.Gamma, true, true)]
    [InlineData("synthtest-beta.txt", TestProfiles.Beta, true, false)]
    [InlineData("synthtest-delta.txt", TestProfiles.Delta, true, true)]
    public void Each_test_profile_claims_exactly_the_filter_tactics_the_scenarios_expect(string file, string slug, bool webStings, bool identityDisclosure)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Profiles", file));
        var profile = ProfileParser.Parse(bytes, file, TacticLexicon.FromCatalog());

        Assert.False(profile.Failed, string.Join("; ", profile.Errors));
        Assert.Equal(slug, profile.Slug);
        Assert.Equal(webStings, profile.ClaimedTactics.Contains("web-stings"));
        Assert.Equal(identityDisclosure, profile.ClaimedTactics.Contains("identity-disclosure"));
        Assert.Contains(profile.Partners, p => p.Slug.StartsWith("synthtest-", StringComparison.Ordinal));
    }
}
