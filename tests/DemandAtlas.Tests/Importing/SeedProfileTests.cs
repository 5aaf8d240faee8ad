using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

public sealed class SeedProfileTests
{
    private static readonly ParsedProfile Profile =
        ProfileParser.Parse(Seeds.Bytes(Seeds.Westborough), Seeds.Westborough, TacticLexicon.FromCatalog());

    [Fact]
    public void The_seed_parses_without_errors_and_names_Westborough_Massachusetts()
    {
        Assert.Empty(Profile.Errors);
        Assert.Equal("Westborough", Profile.Name);
        Assert.Equal("MA", Profile.StateCode);
        Assert.Equal("Massachusetts", Profile.StateName);
        Assert.Equal("westborough-ma", Profile.Slug);
        Assert.Equal(JurisdictionType.City, Profile.Type);
        Assert.Equal(18272, Profile.Population);
        Assert.Null(Profile.Latitude);
        Assert.Null(Profile.Longitude);
        Assert.Equal("Worcester County", Profile.County);
    }

    [Fact]
    public void The_seed_claims_exactly_reverse_stings_web_stings_identity_disclosure_and_buyer_arrests()
    {
        Assert.Equal(
            ["buyer-arrests", "identity-disclosure", "reverse-stings", "web-stings"],
            Profile.ClaimedTactics.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_seeds_menu_block_is_recorded_and_warned_about_but_claims_nothing()
    {
        Assert.True(Profile.HadMenuTacticsBlock);
        Assert.DoesNotContain(Profile.Tactics, t => t.Kind == EvidenceKind.Listed);
        var warning = Assert.Single(Profile.Warnings, w => w.Code == WarningCodes.MenuTacticsBlock);
        Assert.Equal(5, warning.Line);
    }

    [Fact]
    public void The_seed_has_two_operations_with_their_dates_arrests_tactics_and_partners()
    {
        Assert.Collection(
            Profile.Operations,
            first =>
            {
                Assert.Equal((2017, 1, (int?)null, 10), (first.Year, first.Month, first.Day, first.Arrests));
                Assert.Contains("reverse-stings", first.Tactics);
                Assert.Contains("Northborough Police Department", first.Partners);
                Assert.Contains("Southborough Police Department", first.Partners);
                Assert.Contains("Westborough Police Department", first.Partners);
                Assert.Contains("Massachusetts State Police", first.Partners);
                Assert.Equal(25, first.Line);
            },
            second =>
            {
                Assert.Equal((2023, 2, (int?)null, 4), (second.Year, second.Month, second.Day, second.Arrests));
                Assert.Contains("web-stings", second.Tactics);
                Assert.DoesNotContain("reverse-stings", second.Tactics);
                Assert.Contains("Worcester County Sheriff's Office", second.Partners);
                Assert.Contains("Massachusetts State Police", second.Partners);
                Assert.Contains("Southborough Police Department", second.Partners);
                Assert.Equal(27, second.Line);
            });
    }

    [Fact]
    public void The_seed_has_six_partners_and_eight_neighbours()
    {
        Assert.Equal(6, Profile.Partners.Count);
        Assert.All(Profile.Partners, p => Assert.Null(p.Parent));
        Assert.Equal("Worcester County Sheriff's Office", Profile.Partners[3].Name);
        Assert.Equal(
            ["Auburn", "Fitchburg", "Holden", "Leominster", "Milford", "Northborough", "Southborough", "Worcester"],
            Profile.Neighbours.Select(n => n.Name));
        Assert.All(Profile.Neighbours, n => Assert.Equal(21, n.Line));
    }

    [Fact]
    public void The_seeds_key_sources_give_two_groups_and_only_the_first_names_tactics()
    {
        Assert.Equal(2, Profile.Sources.Count);
        Assert.Equal(["web-stings", "identity-disclosure"], Profile.Sources[0].Tactics);
        Assert.Empty(Profile.Sources[1].Tactics);
        Assert.All(Profile.Sources, s => Assert.Empty(s.Items));
    }

    [Fact]
    public void The_seed_narrative_keeps_its_paragraphs_turns_the_quotation_into_a_blockquote_and_drops_boilerplate()
    {
        var paragraphs = Profile.NarrativeMarkdown.Split("\n\n");
        Assert.Equal(5, paragraphs.Length);
        Assert.StartsWith("> \"", paragraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("Comments are closed", Profile.NarrativeMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Key Partners", Profile.NarrativeMarkdown, StringComparison.Ordinal);
        Assert.DoesNotContain('\u00A0', Profile.NarrativeMarkdown);
        Assert.DoesNotContain("  ", Profile.NarrativeMarkdown, StringComparison.Ordinal);
    }
}
