using DemandAtlas.Web.Editing;
using static DemandAtlas.Web.Editing.LineDiff.Kind;

namespace DemandAtlas.Tests.Editing;

public sealed class LineDiffTests
{
    private static List<(LineDiff.Kind, string)> Diff(string before, string after) =>
        [.. LineDiff.Compare(before, after).Select(l => (l.Kind, l.Text))];

    [Fact]
    public void Unchanged_text_is_all_same_lines() =>
        Assert.Equal([(Same, "one"), (Same, "two")], Diff("one\ntwo", "one\ntwo"));

    [Fact]
    public void A_changed_line_is_removed_then_added_between_the_lines_it_kept()
    {
        Assert.Equal(
            [(Same, "Reverse Stings: Confirmed"), (Removed, "Web Stings: Inferred"), (Added, "Web Stings: Rejected"), (Same, "Letters: Inferred")],
            Diff("Reverse Stings: Confirmed\nWeb Stings: Inferred\nLetters: Inferred", "Reverse Stings: Confirmed\nWeb Stings: Rejected\nLetters: Inferred"));
    }

    [Fact]
    public void Added_and_removed_lines_keep_their_places()
    {
        Assert.Equal(
            [(Removed, "first"), (Same, "second"), (Added, "middle"), (Same, "third"), (Added, "fourth")],
            Diff("first\nsecond\nthird", "second\nmiddle\nthird\nfourth"));
    }

    [Fact]
    public void From_or_to_an_empty_text_every_line_is_added_or_removed()
    {
        Assert.Equal([(Added, "Good text.")], Diff("", "Good text."));
        Assert.Equal([(Removed, "Good text.")], Diff("Good text.", ""));
        Assert.Empty(Diff("", ""));
    }

    [Fact]
    public void Windows_and_unix_line_ends_are_the_same_lines() =>
        Assert.Equal([(Same, "one"), (Same, "two")], Diff("one\r\ntwo", "one\ntwo"));

    [Fact]
    public void Whitespace_and_case_changes_are_changes()
    {
        Assert.Equal([(Removed, "Letters"), (Added, "  Letters")], Diff("Letters", "  Letters"));
        Assert.Equal([(Removed, "letters"), (Added, "Letters")], Diff("letters", "Letters"));
    }

    [Fact]
    public void A_long_text_with_one_change_shows_only_that_change()
    {
        var lines = Enumerable.Range(0, 5000).Select(i => $"Line {i}").ToList();
        var changed = lines.ToList();
        changed[2500] = "Line 2500, edited";

        var diff = Diff(string.Join('\n', lines), string.Join('\n', changed));

        Assert.Equal(5001, diff.Count);
        Assert.Equal([(Removed, "Line 2500"), (Added, "Line 2500, edited")], diff.Where(d => d.Item1 != Same));
    }
}
