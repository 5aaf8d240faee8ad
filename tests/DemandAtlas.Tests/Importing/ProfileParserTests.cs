using System.Text;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

public sealed class ProfileParserTests
{
    private static readonly TacticLexicon Lexicon = TacticLexicon.FromCatalog();

    private static ParsedProfile Parse(string text, string file = "test.txt") => ProfileParser.Parse(text, file, Lexicon);

    [Fact]
    public void The_fifteen_tactic_menu_in_any_order_and_case_is_recorded_and_claims_nothing()
    {
        var menu = Profiles.FifteenMenu.Reverse().Select(t => t.ToUpperInvariant()).ToArray();

        var profile = Parse(Profiles.Document(tactics: menu));

        Assert.True(profile.HadMenuTacticsBlock);
        Assert.Empty(profile.Tactics);
        Assert.Contains(profile.Warnings, w => w.Code == WarningCodes.MenuTacticsBlock && w.Line == 5);
    }

    [Fact]
    public void The_thirteen_tactic_menu_without_cameras_and_letters_is_a_menu()
    {
        var profile = Parse(Profiles.Document(tactics: [.. Profiles.FifteenMenu.Where(t => t is not "Cameras" and not "Letters")]));

        Assert.True(profile.HadMenuTacticsBlock);
        Assert.Empty(profile.Tactics);
    }

    [Fact]
    public void The_old_nine_item_menu_is_a_menu()
    {
        var profile = Parse(Profiles.Document(tactics: Profiles.NineMenu));

        Assert.True(profile.HadMenuTacticsBlock);
        Assert.Empty(profile.Tactics);
    }

    [Fact]
    public void A_genuine_subset_is_listed_evidence_with_aliases_mapped()
    {
        var profile = Parse(Profiles.Document(tactics: ["Shaming", "john stings", "Dear John Letters", "Driver’s License Suspension"]));

        Assert.False(profile.HadMenuTacticsBlock);
        Assert.Equal(["identity-disclosure", "reverse-stings", "letters", "license-suspension"], profile.ClaimedTactics);
        Assert.All(profile.Tactics, t => Assert.Equal(EvidenceKind.Listed, t.Kind));
        Assert.Equal(5, profile.Tactics[0].Line);
    }

    [Fact]
    public void A_comma_separated_tactics_line_is_several_listed_items()
    {
        var profile = Parse(Profiles.Document(tactics: ["Shaming, Dear John Letters; and John School"]));

        Assert.Equal(["identity-disclosure", "letters", "john-school"], profile.ClaimedTactics);
        Assert.All(profile.Tactics, t => Assert.Equal((EvidenceKind.Listed, 5), (t.Kind, t.Line)));
    }

    [Fact]
    public void The_fifteen_tactic_menu_on_one_comma_separated_line_is_still_a_menu()
    {
        var profile = Parse(Profiles.Document(tactics: [string.Join(", ", Profiles.FifteenMenu)]));

        Assert.True(profile.HadMenuTacticsBlock);
        Assert.Empty(profile.Tactics);
        Assert.DoesNotContain("Reverse Stings", profile.NarrativeMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_narrative_sentence_with_commas_right_after_the_block_is_narrative()
    {
        var text = string.Join('\n', "Testford, VT", "", "Tactics Used", "Reverse Stings", "Testford, a town of farms, mills, and lakes, sits in the hills.", "", "State Vermont");

        var profile = Parse(text);

        Assert.Equal(["reverse-stings"], profile.ClaimedTactics);
        Assert.Contains("a town of farms", profile.NarrativeMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Fourteen_of_the_fifteen_is_a_menu_too_since_no_place_lists_most_of_the_catalog()
    {
        var profile = Parse(Profiles.Document(tactics: [.. Profiles.FifteenMenu.Where(t => t != "Web Stings")]));

        Assert.True(profile.HadMenuTacticsBlock);
        Assert.Empty(profile.Tactics);
        Assert.Contains(profile.Warnings, w => w.Code == WarningCodes.MenuTacticsBlock && w.Message.Contains("14 of the 15", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_tactic_names_are_warnings_with_their_line_and_never_failures()
    {
        var profile = Parse(Profiles.Document(tactics: ["Reverse Stings", "Interpretive Dance"]));

        Assert.Empty(profile.Errors);
        var warning = Assert.Single(profile.Warnings, w => w.Code == WarningCodes.UnknownTactic);
        Assert.Equal(6, warning.Line);
        Assert.Contains("Interpretive Dance", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["reverse-stings"], profile.ClaimedTactics);
    }

    [Fact]
    public void Crlf_bom_non_breaking_spaces_curly_quotes_and_trailing_spaces_are_tolerated()
    {
        var text = Profiles.Document(
            title: "Testford, VT   ",
            partners: ["  •\u00A0Testford Sheriff’s Office   "],
            metadata: ["State\u00A0Vermont  ", "Type town", "Population 12,345  "]).Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var profile = ProfileParser.Parse(bytes, "crlf.txt", Lexicon);

        Assert.Empty(profile.Errors);
        Assert.Equal("testford-vt", profile.Slug);
        Assert.Equal("Testford Sheriff's Office", Assert.Single(profile.Partners).Name);
        Assert.Equal(JurisdictionType.Town, profile.Type);
        Assert.Equal(12345, profile.Population);
    }

    [Fact]
    public void Bullets_of_every_kind_are_partners_and_deeper_or_hollow_bullets_are_sub_units()
    {
        var profile = Parse(Profiles.Document(partners:
        [
            "• Testford Police Department",
            "    - Testford Police Vice Unit",
            "* Green County Sheriff's Office",
            "◦ Narcotics Division",
            "- Vermont State Police",
            "Testford Rotary Club",
        ]));

        Assert.Equal(
            [
                ("Testford Police Department", (string?)null),
                ("Testford Police Vice Unit", "Testford Police Department"),
                ("Green County Sheriff's Office", null),
                ("Narcotics Division", "Green County Sheriff's Office"),
                ("Vermont State Police", null),
                ("Testford Rotary Club", null),
            ],
            profile.Partners.Select(p => (p.Name, p.Parent)));
        Assert.Equal("testford-police-vice-unit", profile.Partners[1].Slug);
        Assert.Equal("green-county-sheriffs-office-narcotics-division", profile.Partners[3].Slug);
    }

    [Fact]
    public void Key_sources_read_each_citation_style_and_variant_heading_names()
    {
        var profile = Parse(Profiles.Document(sources:
        [
            "Web-Based Reverse Stings, Shaming:",
            "https://news.example.org/stings/2019",
            "Officers arrest six in online sting – Testford Gazette – March 3, 2019",
            "Town posts buyer names — Valley Times — 2018",
            "Police sweep nets buyers - County Courier - 5/6/2020",
            "Sting follows months of planning https://courier.example.com/a/1",
            "Residents praise crackdown",
            "https://times.example.net/b/2",
            "Background on Local Prostitution:",
            "Street-Level Reverse Stings:",
        ]));

        Assert.Equal(3, profile.Sources.Count);
        var first = profile.Sources[0];
        Assert.Equal(["web-stings", "identity-disclosure"], first.Tactics);
        Assert.Equal(
            [
                new ParsedCitation(null, null, null, "https://news.example.org/stings/2019", first.Items[0].Line),
                new ParsedCitation("Officers arrest six in online sting", "Testford Gazette", "March 3, 2019", null, first.Items[1].Line),
                new ParsedCitation("Town posts buyer names", "Valley Times", "2018", null, first.Items[2].Line),
                new ParsedCitation("Police sweep nets buyers", "County Courier", "5/6/2020", null, first.Items[3].Line),
                new ParsedCitation("Sting follows months of planning", null, null, "https://courier.example.com/a/1", first.Items[4].Line),
                new ParsedCitation("Residents praise crackdown", null, null, "https://times.example.net/b/2", first.Items[5].Line),
            ],
            first.Items);
        Assert.Empty(profile.Sources[1].Tactics);
        Assert.Equal(["reverse-stings"], profile.Sources[2].Tactics);
        Assert.Equal(
            ["identity-disclosure", "reverse-stings", "web-stings"],
            profile.Tactics.Where(t => t.Kind == EvidenceKind.SourceHeading).Select(t => t.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unknown_source_heading_name_is_warned_about()
    {
        var profile = Parse(Profiles.Document(sources: ["Reverse Stings, Moonlight Patrols:"]));

        Assert.Contains(profile.Warnings, w => w.Code == WarningCodes.UnknownTactic && w.Message.Contains("Moonlight Patrols", StringComparison.Ordinal));
        Assert.Equal(["reverse-stings"], profile.Sources[0].Tactics);
    }

    [Fact]
    public void A_document_with_only_a_title_and_narrative_parses_with_nothing_claimed()
    {
        var profile = Parse("Quietville, OR\n\nQuietville has no recorded activity.\n");

        Assert.Empty(profile.Errors);
        Assert.Equal("quietville-or", profile.Slug);
        Assert.Empty(profile.Tactics);
        Assert.Empty(profile.Partners);
        Assert.Null(profile.Population);
        Assert.Null(profile.Type);
        Assert.Contains(profile.Warnings, w => w.Code == WarningCodes.MissingMetadata);
    }

    [Fact]
    public void A_state_level_profile_is_keyed_by_the_state_name()
    {
        var profile = Parse(Profiles.Document(title: "Vermont", metadata: ["State Vermont", "Type State", "Population 643,077"]));

        Assert.True(profile.IsStateLevel);
        Assert.Equal("vermont", profile.Slug);
        Assert.Equal(("VT", "Vermont"), (profile.StateCode, profile.StateName));
        Assert.Equal(JurisdictionType.State, profile.Type);
        Assert.Equal(643077, profile.Population);
    }

    [Fact]
    public void A_county_profile_is_a_county_and_its_own_county()
    {
        var profile = Parse(Profiles.Document(title: "Polk County, FL", metadata: []));

        Assert.Equal("polk-county-fl", profile.Slug);
        Assert.Equal(JurisdictionType.County, profile.Type);
        Assert.Equal(("FL", "Florida"), (profile.StateCode, profile.StateName));
        Assert.Equal("Polk County", profile.County);
    }

    [Fact]
    public void A_county_typed_profile_is_its_own_county_even_when_the_narrative_names_another()
    {
        var county = Parse(Profiles.Document(
            title: "Polk County, FL",
            narrative: ["Polk County sits between Hillsborough County, Florida and Osceola County."],
            metadata: ["Type County"]));
        var city = Parse(Profiles.Document(title: "Lakeland, FL", narrative: ["Lakeland is a city in Polk County, Florida."], metadata: ["Type City"]));

        Assert.Equal("Polk County", county.County);
        Assert.Equal("Polk County", city.County);
        Assert.NotEqual(JurisdictionType.County, city.Type);
    }

    [Fact]
    public void Location_sets_coordinates_and_an_empty_location_sets_none()
    {
        var located = Parse(Profiles.Document(metadata: ["Location 44.26, -72.58"]));
        var empty = Parse(Profiles.Document(metadata: ["Location"]));

        Assert.Equal((44.26, -72.58), (located.Latitude!.Value, located.Longitude!.Value));
        Assert.Null(empty.Latitude);
        Assert.Null(empty.Longitude);
    }

    [Fact]
    public void Narrative_sub_headings_become_markdown_headings_and_boilerplate_is_dropped()
    {
        var profile = Parse(Profiles.Document(narrative: ["Testford sits on a river.", "Recent operations:", "Officers held an event.", "Comments are closed."]));

        Assert.Equal("Testford sits on a river.\n\n### Recent operations\n\nOfficers held an event.", profile.NarrativeMarkdown);
    }

    [Fact]
    public void Markup_characters_in_the_narrative_are_escaped()
    {
        var profile = Parse(Profiles.Document(narrative: ["# Not a heading with <script> and *stars*"]));

        Assert.Equal(@"\# Not a heading with \<script\> and \*stars\*", profile.NarrativeMarkdown);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \r\n")]
    public void An_empty_document_fails(string text)
    {
        var profile = ProfileParser.Parse(Encoding.UTF8.GetBytes(text), "empty.txt", Lexicon);

        var error = Assert.Single(profile.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_over_one_megabyte_fails()
    {
        var bytes = Encoding.UTF8.GetBytes(Profiles.Document() + new string('x', ProfileText.MaxBytes));

        var error = Assert.Single(ProfileParser.Parse(bytes, "big.txt", Lexicon).Errors);

        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_nul_bytes_fails_as_binary()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Testford, VT\n"), 0, 1, 2, 3];

        Assert.Contains("binary", Assert.Single(ProfileParser.Parse(bytes, "nul.txt", Lexicon).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_utf8_fails_as_binary()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Testford, VT\n"), 0xC3, 0x28, 0xFF, 0xFE];

        Assert.Contains("UTF-8", Assert.Single(ProfileParser.Parse(bytes, "latin.txt", Lexicon).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1252_document_is_read_with_a_warning_instead_of_refused()
    {
        // 0x92 is Windows-1252's right single quote, the byte a legacy editor leaves in "Department's".
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Testford, VT\n\nIn March 2019 the Testford Police Department"), 0x92,
            .. Encoding.ASCII.GetBytes("s detectives arrested 12 men in a reverse sting.\n\nState Vermont\nType Town\n")];

        var profile = ProfileParser.Parse(bytes, "legacy.txt", Lexicon);

        Assert.Empty(profile.Errors);
        Assert.Equal("Testford", profile.Name);
        Assert.Contains("Department's detectives", profile.NarrativeMarkdown, StringComparison.Ordinal);
        var warning = Assert.Single(profile.Warnings, w => w.Code == WarningCodes.Encoding);
        Assert.Contains("Windows-1252", warning.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", warning.Message, StringComparison.Ordinal);
        Assert.Contains(profile.Tactics, t => t.Slug == "reverse-stings");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_utf16_document_with_a_byte_order_mark_is_read_with_a_warning(bool littleEndian)
    {
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Testford, VT\r\n\r\nA town in Vermont.\r\n\r\nState Vermont\r\n")];

        var profile = ProfileParser.Parse(bytes, "utf16.txt", Lexicon);

        Assert.Empty(profile.Errors);
        Assert.Equal(("Testford", "VT"), (profile.Name, profile.StateCode));
        Assert.Contains(profile.Warnings, w => w.Code == WarningCodes.Encoding && w.Message.Contains("UTF-16", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tactics Used\n\nReverse Stings\n")]
    [InlineData("Testford, Narnia\n\nA place.\n")]
    [InlineData("\n\n  , VT\nA place.\n")]
    [InlineData("Just some sentence about a town that has no title line at all.\n")]
    [InlineData("Categories: Community Profiles, Vermont\n\nTactics Used |\n|\n---|---|\nJohn School | ✓ |\n")]
    public void A_document_without_a_recognisable_title_fails_with_the_line(string text)
    {
        var error = Assert.Single(Parse(text).Errors);

        Assert.Contains("no recognisable title", error.Message, StringComparison.Ordinal);
        Assert.Equal(text.StartsWith('\n') ? 3 : 1, error.Line);
    }
}
