using System.Text.RegularExpressions;
using DemandAtlas.Synthetic;

namespace DemandAtlas.Tests.Synthetic;

public sealed partial class SyntheticProfilesTests
{
    private const int Count = 600;
    private static readonly IReadOnlyList<SyntheticDocument> Documents =
        [.. Enumerable.Range(1, Count).Select(n => SyntheticProfiles.Generate(n, Count, seed: 1))];

    private static IEnumerable<string> Lines(SyntheticDocument d) => d.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    [Fact]
    public void The_same_seed_gives_byte_identical_documents_and_another_seed_gives_different_ones()
    {
        var again = Enumerable.Range(1, Count).Select(n => SyntheticProfiles.Generate(n, Count, seed: 1).ToBytes()).ToList();
        var other = Enumerable.Range(1, Count).Select(n => SyntheticProfiles.Generate(n, Count, seed: 2).Text).ToList();

        Assert.All(Enumerable.Range(0, Count), i => Assert.Equal(Documents[i].ToBytes(), again[i]));
        Assert.True(Enumerable.Range(0, Count).Count(i => other[i] != Documents[i].Text) > Count / 2);
    }

    [Fact]
    public void Every_document_has_a_synthetic_title_and_says_it_is_synthetic_in_its_first_narrative_sentence()
    {
        Assert.All(Documents, d =>
        {
            var lines = Lines(d).ToList();
            Assert.Matches(SyntheticTitle(), lines[0]);
            var name = lines[0][..lines[0].LastIndexOf(',')];
            var narrative = lines.FindIndex(l => l.Contains(SyntheticProfiles.Marker, StringComparison.Ordinal));
            Assert.StartsWith($"{name} {SyntheticProfiles.Marker}", lines[narrative], StringComparison.Ordinal);
            // Only the Tactics Used block (short names, no sentences) may come between the title and the narrative.
            Assert.All(lines.Skip(1).Take(narrative - 1), l => Assert.DoesNotContain(".", l, StringComparison.Ordinal));
            Assert.DoesNotContain("http://", d.Text, StringComparison.Ordinal);
            Assert.All(UrlHosts().Matches(d.Text), m => Assert.Equal("news.example.org", m.Groups[1].Value));
        });
    }

    [Fact]
    public void Documents_cover_every_state_and_DC_every_type_and_a_wide_spread_of_populations()
    {
        var states = Documents.Select(d => Lines(d).First()[^2..]).Distinct().ToList();
        var types = Documents.SelectMany(Lines).Where(l => l.StartsWith("Type ", StringComparison.Ordinal)).Distinct().ToList();
        var populations = Documents.SelectMany(Lines).Where(l => l.StartsWith("Population ", StringComparison.Ordinal)).ToList();
        var values = populations.Select(l => int.Parse(l[11..].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(51, states.Count);
        Assert.Contains("DC", states);
        Assert.Equal(8, types.Count);
        Assert.Contains(populations, l => l.Contains(',', StringComparison.Ordinal));
        Assert.Contains(populations, l => l.Length > 15 && !l.Contains(',', StringComparison.Ordinal));
        Assert.True(values.Min() < 2_000 && values.Max() > 1_000_000, $"populations {values.Min()}..{values.Max()}");
    }

    [Fact]
    public void Larger_sets_weight_states_by_population_so_one_state_can_fill_several_pages()
    {
        var states = Enumerable.Range(1, 3000).Select(n => SyntheticWorld.StateOf(n).Code).ToList();

        Assert.Equal(SyntheticWorld.States.Count, SyntheticWorld.Weights.Length);
        Assert.True(states.Count(s => s == "CA") > 200, $"CA has {states.Count(s => s == "CA")} of 3000");
        Assert.True(states.Count(s => s == "WY") < 40);
    }

    [Theory]
    [InlineData(3000)]
    [InlineData(30000)]
    public void Every_state_has_exactly_one_state_level_profile_however_large_the_set(int count)
    {
        var stateLevel = Enumerable.Range(1, count)
            .Where(n => SyntheticWorld.TypeOf(n) == Web.Domain.JurisdictionType.State)
            .Select(n => SyntheticWorld.StateOf(n).Code)
            .ToList();

        Assert.Equal(SyntheticWorld.States.Select(s => s.Code).Order(), stateLevel.Order());
    }

    [Fact]
    public void Each_state_level_document_says_so_in_its_metadata_one_per_state()
    {
        // The title ("Synthstate 00008, AK") cannot mark a state-level profile, so its Type line never goes missing.
        var stateLevel = Documents.Where(d => Lines(d).Contains("Type State")).Select(d => Lines(d).First()[^2..]).ToList();

        Assert.Equal(SyntheticWorld.States.Select(s => s.Code).Order(), stateLevel.Order());
    }

    [Fact]
    public void A_state_level_profile_is_nobody_s_neighbour_and_names_none()
    {
        // Document 8 is the second member of the second synthetic county (Alaska's): Alaska's state-level profile.
        var state = Documents[7];
        var name = state.Title[..state.Title.LastIndexOf(',')];

        Assert.Equal(Web.Domain.JurisdictionType.State, SyntheticWorld.TypeOf(8));
        Assert.Equal("Synthstate 00008, AK", state.Title);
        Assert.DoesNotContain("Some other cities in", state.Text, StringComparison.Ordinal);
        Assert.All(Documents.Where(d => d != state), d => Assert.DoesNotContain(name, d.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Tactics_used_blocks_come_as_each_menu_form_as_genuine_subsets_and_missing()
    {
        var blocks = Documents.Select(TacticsBlock).ToList();

        Assert.Contains(blocks, b => b.SequenceEqual(SyntheticTactics.Menu15));
        Assert.Contains(blocks, b => b.SequenceEqual(SyntheticTactics.Menu13));
        Assert.Contains(blocks, b => b.SequenceEqual(SyntheticTactics.Menu9));
        Assert.Contains(blocks, b => b.Count == 0);
        Assert.Contains(blocks, b => b.Count is > 0 and < 7 && b.Contains("Shaming"));
        Assert.Contains(blocks, b => b.Count is > 0 and < 7 && b.Any(SyntheticTactics.Unknown.Contains));
    }

    [Fact]
    public void Narratives_carry_evidence_sentences_for_every_tactic_and_dated_operations_in_several_styles()
    {
        var all = string.Join("\n", Documents.Select(d => d.Text));

        Assert.All(SyntheticTactics.All.SelectMany(t => t.Sentences), s => Assert.Contains(s, all, StringComparison.Ordinal));
        Assert.All(SyntheticTactics.WebStingDetails, s => Assert.Contains(s, all, StringComparison.Ordinal));
        Assert.Matches(@"In [A-Z][a-z]+, \d{4}, ", all);
        Assert.Matches(@"On [A-Z][a-z]+ \d{1,2}, \d{4}, ", all);
        Assert.Matches(@"During \d{4}, ", all);
        Assert.Matches(@"arrested (four|eleven|seven|three) men", all);
        Assert.Matches(@"arrested \d+ men", all);
        Assert.Contains("a dozen men were arrested", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_citation_styles_sub_units_and_encodings_all_appear()
    {
        var all = string.Join("\n", Documents.Select(d => d.Text));

        foreach (var alias in new[] { "Web-Based Reverse Stings", "Public Shaming", "Dear John Letters", "Geographic Restraining Orders", "IT-Based Tactics", "Offender Education Program" })
        {
            Assert.Contains(alias, all, StringComparison.Ordinal);
        }

        Assert.Matches(@"\nhttps://news\.example\.org/\S+\n", all);
        Assert.Matches(@"\n[^\n]+ – [^\n]+ – [A-Z][a-z]+ \d{1,2}, \d{4}\n", all);
        Assert.Matches(@"\nSynth[^\n]+ efforts https://news\.example\.org/\S+\n", all);
        Assert.Contains("    ◦ ", all, StringComparison.Ordinal);
        Assert.Matches(@"\n {4,}[•*-] ", all);
        Assert.Matches(@"\nLocation -?\d+\.\d{4}, -?\d+\.\d{4}\n", all);
        Assert.Contains(Documents, d => d.ByteOrderMark);
        Assert.Contains(Documents, d => d.Text.Contains("\r\n", StringComparison.Ordinal));
        Assert.Contains(Documents, d => !d.ByteOrderMark && !d.Text.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void Neighbours_in_one_synthetic_county_name_each_other_and_share_partners()
    {
        // Documents 7..12 form the second synthetic county.
        var county = Documents.Skip(6).Take(6).ToList();
        var partnerLines = county.Select(d => Lines(d).Where(l => l.TrimStart().StartsWith("• ", StringComparison.Ordinal)
            || l.TrimStart().StartsWith("- ", StringComparison.Ordinal) || l.TrimStart().StartsWith("* ", StringComparison.Ordinal))
            .Select(l => l.TrimStart()[2..]).ToHashSet()).ToList();
        var shared = partnerLines.SelectMany(p => p).GroupBy(p => p).Where(g => g.Count() >= 2).Select(g => g.Key).ToList();

        Assert.NotEmpty(shared);
        Assert.Contains(county, d => d.Text.Contains("Some other cities in Synthcounty 00002 County that have worked to address demand include", StringComparison.Ordinal));
        Assert.Contains("Synthcounty 00002 County, AK", county[0].Title, StringComparison.Ordinal);
    }

    /// <summary>The lines of the Tactics Used block, or none.</summary>
    private static List<string> TacticsBlock(SyntheticDocument d)
    {
        var lines = Lines(d).ToList();
        if (!lines[2].StartsWith("Tactics ", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        return [.. lines.Skip(4).TakeWhile(l => l.Length > 0)];
    }

    [GeneratedRegex(@"^Synth(ville|ton|burg|ford|dale|field|port|wood|mont|brook|state|region|county) \d{5}( County)?, [A-Z]{2}$")]
    private static partial Regex SyntheticTitle();

    [GeneratedRegex(@"https://([^/\s]+)/")]
    private static partial Regex UrlHosts();
}
