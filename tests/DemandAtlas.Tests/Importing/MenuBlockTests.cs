using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

/// <summary>A Tactics Used block is judged by what it names, not by its exact text.</summary>
public sealed class MenuBlockTests
{
    private static readonly TacticLexicon Lexicon = TacticLexicon.FromCatalog();

    private static ParsedProfile Parse(string text) => ProfileParser.Parse(text, "menu.txt", Lexicon);

    public static TheoryData<string[]> Menus => new()
    {
        // The old nine with Buyer Arrests in front.
        { ["Buyer Arrests", .. Profiles.NineMenu] },
        // Legacy twelve-item lists with "Shaming", in more than one version.
        { ["Reverse Stings", "Auto Seizure", "Shaming", "John School", "Web Stings", "Dear John Letters", "Community Service", "Public Education", "Neighborhood Action", "SOAP Orders", "License Suspension", "Employment Loss"] },
        { ["SHAMING", "web stings", "Buyer Arrests", "Reverse Stings", "auto seizure", "John School", "Letters", "SOAP Orders", "Public Education", "Cameras", "Neighborhood Action", "Employment Loss"] },
        // Seven tactics, in aliases: more than one place's own list holds.
        { ["Vehicle Seizure", "John Stings", "Geographic Restraining Orders", "Driver's License Suspension", "Dear John Letters", "Shaming", "Online Stings"] },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public void A_long_block_in_any_order_case_or_naming_is_a_menu_and_claims_nothing(string[] items)
    {
        var profile = Parse(Profiles.Document(tactics: items));

        Assert.True(profile.HadMenuTacticsBlock);
        Assert.Empty(profile.Tactics);
        Assert.Contains(profile.Warnings, w => w.Code == WarningCodes.MenuTacticsBlock && w.Line == 5);
    }

    [Fact]
    public void A_table_capture_with_a_categories_line_is_a_menu_and_its_markup_is_not_narrative()
    {
        var rows = Profiles.FifteenMenu.Select(t => $"{t} | ✓ |");
        var text = string.Join('\n', ["Testford, VT", "", "Categories: Town Profiles, Vermont", "Tactics Used |", "|", "---|---|", .. rows, "", "Testford is a town on a river.", "", "State Vermont"]);

        var profile = Parse(text);

        Assert.True(profile.HadMenuTacticsBlock);
        Assert.Empty(profile.Tactics);
        Assert.Equal("Testford is a town on a river.", profile.NarrativeMarkdown);
    }

    [Fact]
    public void A_short_table_is_a_list_of_its_marked_rows_only()
    {
        var text = string.Join('\n', "Testford, VT", "", "Tactics Used |", "|", "---|---|", "Reverse Stings | ✓ |", "Cameras | |", "John School | ✓ |", "", "Testford is a town.", "", "State Vermont");

        var profile = Parse(text);

        Assert.False(profile.HadMenuTacticsBlock);
        Assert.Equal(["reverse-stings", "john-school"], profile.ClaimedTactics);
        Assert.All(profile.Tactics, t => Assert.Equal(EvidenceKind.Listed, t.Kind));
    }

    [Fact]
    public void A_short_block_is_listed_evidence_and_is_public_as_the_weakest_kind()
    {
        var profile = Parse(Profiles.Document(tactics: ["Cameras", "Neighborhood Action", "Web Stings"]));

        Assert.False(profile.HadMenuTacticsBlock);
        Assert.Equal(["cameras", "neighborhood-action", "web-stings"], profile.ClaimedTactics);
        Assert.Equal(ClaimStatus.Inferred, TacticFinding.StatusOf(profile.Tactics));
    }

    [Fact]
    public void A_narrative_sub_heading_that_contains_tactics_used_is_not_a_block()
    {
        var profile = Parse(Profiles.Document(narrative:
        [
            "Tactics Used in the Spring Operation:",
            "- Officers posed as women selling sex on the avenue and arrested six men.",
            "- Reverse Stings",
        ]));

        Assert.False(profile.HadMenuTacticsBlock);
        Assert.DoesNotContain(profile.Tactics, t => t.Kind == EvidenceKind.Listed);
        Assert.Contains(profile.Tactics, t => t.Slug == "reverse-stings" && t.Kind == EvidenceKind.Narrative);
        Assert.Empty(profile.Partners);
    }
}
