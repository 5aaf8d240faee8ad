namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>What a line gave the importer, or why it gave nothing.</summary>
public enum TraceVerdict
{
    /// <summary>Read into the profile (a title, a claim's evidence, an operation, a partner…).</summary>
    Took,

    /// <summary>Read and deliberately left out (a menu, boilerplate, a reversed claim, arrests of sellers…).</summary>
    Ignored,

    /// <summary>Which part of the document the line belongs to, when nothing more specific was recorded.</summary>
    Section,
}

/// <summary>One decision about one line, by a named rule.</summary>
public sealed record TraceEntry(int Line, TraceVerdict Verdict, string Rule, string What);

/// <summary>
/// The parser's account of each line, for `import --explain`. Parsing records into it only when one is passed, and
/// every call site is <c>trace?.Took(…)</c>, whose message is not even built when there is none, so a bulk import
/// pays nothing for it.
/// </summary>
public sealed class ParseTrace
{
    private readonly List<TraceEntry> entries = [];

    public IReadOnlyList<TraceEntry> Entries => entries;

    public void Took(int line, string rule, string what) => entries.Add(new TraceEntry(line, TraceVerdict.Took, rule, what));

    public void Ignored(int line, string rule, string why) => entries.Add(new TraceEntry(line, TraceVerdict.Ignored, rule, why));

    public void Section(int line, string section) => entries.Add(new TraceEntry(line, TraceVerdict.Section, "section", section));

    /// <summary>The entries for each line, in the order they were recorded.</summary>
    public ILookup<int, TraceEntry> ByLine() => entries.ToLookup(e => e.Line);
}
