using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

/// <summary>Documents written by other hands: colons after headings, capitals, no blank lines, one-line lists.</summary>
public sealed class VariationTests
{
    private static readonly TacticLexicon Lexicon = TacticLexicon.FromCatalog();

    private const string Crowded = """
        Lakeview, OH
        TACTICS USED:
        Reverse Stings, Web Stings, John School
        Lakeview is a city of approx. 40,000 people in Lake County, Ohio.

        Recent Operations:
        From 2014 to 2016, Lakeview police arrested 45 men in a series of reverse stings.
        In the summer of 2019, detectives arrested nine men who answered ads on Backpage.
        Key Partners:
        • Lakeview Police Department
        • Lake County Sheriff’s Office
           ◦ Vice Unit
        KEY SOURCES:
        Reverse Stings:
        Lakeview sting nets 45 – Lake News – 2016
        State: Ohio
        Type: City
        Population: approx. 40,000
        Location: 41.7° N, 81.2° W
        """;

    [Fact]
    public void A_crowded_document_with_colons_capitals_and_no_blank_lines_reads_every_part()
    {
        var profile = ProfileParser.Parse(Crowded, "lakeview.txt", Lexicon);

        Assert.Empty(profile.Errors);
        Assert.Equal(["reverse-stings", "web-stings", "john-school"], profile.Tactics.Where(t => t.Kind == EvidenceKind.Listed).Select(t => t.Slug));
        Assert.Equal(["lakeview-police-department", "lake-county-sheriffs-office", "lake-county-sheriffs-office-vice-unit"], profile.Partners.Select(p => p.Slug));
        Assert.Equal("Lake County Sheriff's Office", profile.Partners[2].Parent);
        Assert.Equal(["reverse-stings"], Assert.Single(profile.Sources).Tactics);
        Assert.Equal((JurisdictionType.City, (int?)40000, "Lake County"), (profile.Type, profile.Population, profile.County));
        Assert.Equal((41.7, -81.2), (profile.Latitude!.Value, profile.Longitude!.Value));
        Assert.Collection(
            profile.Operations,
            range => Assert.Equal((2014, (int?)null, (int?)45, true), (range.Year, range.Month, range.Arrests, range.Partners.Contains("Lakeview Police Department"))),
            summer => Assert.Equal((2019, (int?)null, (int?)9, true), (summer.Year, summer.Month, summer.Arrests, summer.Tactics.Contains("web-stings"))));
        Assert.DoesNotContain(profile.Warnings, w => w.Code == WarningCodes.UnreadableLine);
    }

    [Fact]
    public void Lower_case_headings_and_a_narrative_with_commas_after_the_block_are_still_read()
    {
        var text = string.Join('\n', "Riverton, WY", "", "tactics used", "Shaming, Dear John Letters", "", "Riverton, a town of ranches, sits on the river.", "key partners", "  - Riverton Police Department", "State Wyoming");

        var profile = ProfileParser.Parse(text, "riverton.txt", Lexicon);

        Assert.Equal(["identity-disclosure", "letters"], profile.ClaimedTactics);
        Assert.Equal(["riverton-police-department"], profile.Partners.Select(p => p.Slug));
        Assert.Contains("a town of ranches", profile.NarrativeMarkdown, StringComparison.Ordinal);
    }
}
