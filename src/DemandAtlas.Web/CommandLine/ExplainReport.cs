using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Importing.Pipeline;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// `import --explain FILE`: what the importer would take from one document and why, line by line — the title, each
/// claim's evidence and by which rule, operations, partners, sources, footer — and what it ignored and why (menus,
/// boilerplate, sub-headings, reversed claims, arrests of sellers). Nothing is written to the store; tactic names and
/// aliases are the store's, as an import would use them.
/// </summary>
public static class ExplainReport
{
    /// <summary>Lines of the document are shown up to this many characters.</summary>
    private const int LineWidth = 96;

    public static async Task<int> RunAsync(VerbContext context, IServiceProvider services, string file, CancellationToken cancellationToken)
    {
        var path = VerbPaths.Resolve(file);
        var lexicon = await LexiconAsync(services, cancellationToken);
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        var trace = new ParseTrace();
        var profile = ProfileParser.Parse(bytes, Path.GetFileName(path), lexicon, trace);
        var text = ProfileText.Decode(bytes, out _, out _);
        Write(context.Out, path, text is null ? [] : ProfileText.Lines(text), profile, trace);
        return profile.Failed ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>The store's tactic names; a store that does not exist yet is not created to explain a file.</summary>
    private static async Task<TacticLexicon> LexiconAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (DataServices.IsNewStore(services))
        {
            return TacticLexicon.FromCatalog();
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDb>();
        await DataServices.MigrateAsync(db, cancellationToken);
        return (await ImportCaches.LoadAsync(db, cancellationToken)).Lexicon;
    }

    public static void Write(TextWriter output, string path, IReadOnlyList<string> lines, ParsedProfile profile, ParseTrace trace)
    {
        output.WriteLine($"{path}: " + (profile.Failed ? "would fail" : $"{profile.Name}, {profile.StateName} ({profile.Slug})"));
        foreach (var error in profile.Errors)
        {
            output.WriteLine($"  error{At(error.Line)}: {error.Message}");
        }

        if (!profile.Failed)
        {
            WriteSummary(output, profile);
        }

        output.WriteLine();
        output.WriteLine("Line by line (took: read into the profile; ignored: read and left out, with the reason):");
        var byLine = trace.ByLine();
        var width = lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        for (var i = 0; i < lines.Count; i++)
        {
            var number = i + 1;
            var text = lines[i].Trim();
            output.WriteLine($"{number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)}  {(text.Length <= LineWidth ? text : text[..(LineWidth - 1)] + "…")}");
            var entries = byLine[number].ToList();
            var specific = entries.Where(e => e.Verdict != TraceVerdict.Section).ToList();
            foreach (var entry in specific)
            {
                output.WriteLine($"{new string(' ', width)}    {(entry.Verdict == TraceVerdict.Took ? "took   " : "ignored")}  {entry.Rule}: {entry.What}");
            }

            if (specific.Count == 0 && entries.FirstOrDefault() is { } section)
            {
                output.WriteLine($"{new string(' ', width)}    {(section.What == "narrative" ? "(narrative text: no rule took anything from this line)" : section.What)}");
            }
        }
    }

    private static void WriteSummary(TextWriter output, ParsedProfile profile)
    {
        output.WriteLine($"  type {profile.Type?.ToString() ?? "unknown"}, population {profile.Population?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}"
            + (profile.Latitude is { } lat ? $", location {lat}, {profile.Longitude}" : "")
            + (profile.HadMenuTacticsBlock ? "; the Tactics Used block is the site's menu" : ""));
        output.WriteLine("Claims:");
        var claims = profile.Tactics.GroupBy(t => t.Slug).ToList();
        if (claims.Count == 0)
        {
            output.WriteLine("  none");
        }

        foreach (var claim in claims)
        {
            var status = TacticFinding.StatusOf(claim) == ClaimStatus.Pending ? "pending an editor, not public" : "public (inferred)";
            // Strongest first: what a sentence states, then what a heading names, then what a block lists.
            var evidence = claim.GroupBy(f => (f.Kind, f.Pending)).OrderBy(g => Strength(g.Key.Kind)).ThenBy(g => g.Key.Pending)
                .Select(g => $"{Kind(g.Key.Kind)}{(g.Key.Pending ? " beside a cue" : "")} (line{(g.Select(f => f.Line).Distinct().Count() > 1 ? "s" : "")} {string.Join(", ", g.Select(f => f.Line).Distinct())})");
            output.WriteLine($"  {claim.Key}: {status}; {string.Join(", ", evidence)}");
        }

        output.WriteLine($"Operations: {(profile.Operations.Count == 0 ? "none" : string.Join("; ", profile.Operations.Select(o => $"{OperationDate.Format(o.Year, o.Month, o.Day)} ({(o.Arrests is { } n ? $"{n} arrested" : "no count")}){At(o.Line)}")))}");
        output.WriteLine($"Partners: {(profile.Partners.Count == 0 ? "none" : string.Join("; ", profile.Partners.Select(p => p.Parent is null ? p.Name : $"{p.Name} (unit of {p.Parent})")))}");
        output.WriteLine($"Sources: {(profile.Sources.Count == 0 ? "none" : string.Join("; ", profile.Sources.Select(s => $"{s.Category} ({s.Items.Count} citations)")))}");
        if (profile.Warnings.Count > 0)
        {
            output.WriteLine("Warnings and notes (staff see these):");
            foreach (var warning in profile.Warnings)
            {
                output.WriteLine($"  [{warning.Code}]{At(warning.Line)}: {warning.Message}");
            }
        }
    }

    private static int Strength(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Editor => 0,
        EvidenceKind.Narrative => 1,
        EvidenceKind.SourceHeading => 2,
        _ => 3,
    };

    private static string Kind(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Narrative => "stated",
        EvidenceKind.SourceHeading => "named",
        EvidenceKind.Listed => "listed",
        _ => "editor",
    };

    private static string At(int? line) => line is { } n ? $" line {n}" : "";
}
