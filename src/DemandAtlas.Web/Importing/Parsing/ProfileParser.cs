using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Reads one community profile document (see docs/PROFILE-FORMAT.md) into a <see cref="ParsedProfile"/>.
/// Pure: text in, structure and line-numbered warnings and errors out. The sections are found here; each
/// kind of evidence has its own small rule file beside this one. With a <see cref="ParseTrace"/>, every line's
/// fate is recorded for `import --explain`; without one, nothing is.
/// </summary>
public static class ProfileParser
{
    private enum Section { Narrative, Tactics, Partners, Sources, Footer }

    public static ParsedProfile Parse(ReadOnlySpan<byte> bytes, string file, TacticLexicon lexicon, ParseTrace? trace = null)
    {
        var text = ProfileText.Decode(bytes, out var error, out var note);
        if (text is null)
        {
            return new ParsedProfile(file).Fail(1, error!);
        }

        var profile = Parse(text, file, lexicon, trace);
        if (note is not null)
        {
            profile.Warn(1, WarningCodes.Encoding, note);
        }

        return profile;
    }

    public static ParsedProfile Parse(string text, string file, TacticLexicon lexicon, ParseTrace? trace = null)
    {
        var profile = new ParsedProfile(file);
        var lines = ProfileText.Lines(text);
        var titleIndex = lines.FindIndex(l => l.Trim().Length > 0);
        if (titleIndex < 0)
        {
            return profile.Fail(1, "file is empty");
        }

        var title = lines[titleIndex].Trim();
        if (!ProfileTitle.TryRead(title, profile))
        {
            var found = HeaderOf(title) is not null ? $"the section heading \"{Shorten(title)}\"" : $"\"{Shorten(title)}\"";
            return profile.Fail(titleIndex + 1, $"no recognisable title: the first line must be \"Name, ST\" or a state name, but it is {found}; the title line seems to be missing");
        }

        trace?.Took(titleIndex + 1, "title", $"{profile.Name}, {profile.StateName} ({profile.Slug})" + (profile.Type is { } type ? $"; type {type}" : ""));
        var section = Section.Narrative;
        // Each Tactics Used block is judged on its own: a page may carry two (a table capture, then a list), and the
        // second is no more the place's record than the first; neither is it narrative.
        var tacticBlocks = new List<List<(string Text, int Line)>>();
        var tacticLines = new List<(string Text, int Line)>();
        var narrative = new List<(string Text, int Line)>();
        var partnerLines = new List<(string Text, int Line)>();
        var sourceLines = new List<(string Text, int Line)>();
        var sawTacticsHeader = false;
        var narrativeStarted = false;
        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var number = i + 1;
            var trimmed = line.Trim();
            if (Metadata.IsBoilerplate(trimmed))
            {
                trace?.Ignored(number, "boilerplate", "page boilerplate");
                continue;
            }

            if (HeaderOf(trimmed) is { } header)
            {
                section = header;
                if (header == Section.Tactics)
                {
                    tacticLines = [];
                    tacticBlocks.Add(tacticLines);
                }

                sawTacticsHeader |= header == Section.Tactics;
                trace?.Section(number, $"the {trimmed.TrimEnd(':', '|', ' ')} section begins");
                continue;
            }

            if (section == Section.Narrative && !narrativeStarted && TableCapture.IsCategories(trimmed))
            {
                trace?.Ignored(number, "boilerplate", "the page's category line: site navigation");
                continue;
            }

            if (trimmed.Length is > 0 and < 80 && Metadata.TryRead(trimmed, number, profile, loose: section != Section.Narrative))
            {
                // The metadata block ends any partner or source list: what follows is never a bullet or citation.
                section = section is Section.Partners or Section.Sources ? Section.Footer : section;
                trace?.Took(number, "footer", $"footer line: {trimmed}");
                continue;
            }

            if (section == Section.Tactics)
            {
                if (trimmed.Length == 0)
                {
                    section = tacticLines.Count > 0 ? Section.Narrative : Section.Tactics;
                    continue;
                }

                if (TableCapture.IsRule(trimmed))
                {
                    trace?.Ignored(number, "table", "table markup");
                    continue;
                }

                if (MenuBlocks.LooksLikeItem(trimmed))
                {
                    if (TableCapture.Row(trimmed) is not { } row)
                    {
                        tacticLines.Add((trimmed, number));
                    }
                    else if (row.Marked)
                    {
                        tacticLines.Add((row.Name, number));
                    }
                    else
                    {
                        trace?.Ignored(number, "table", "a table row with no mark: the table does not list it");
                    }

                    continue;
                }

                // The narrative began without a blank line after the block.
                section = Section.Narrative;
            }

            if (section == Section.Footer)
            {
                // Two pages pasted together: the next one's title after this one's footer. Only the first is this place's.
                if (trimmed.Length > 0 && ProfileTitle.TryRead(trimmed, new ParsedProfile(file)))
                {
                    profile.Warn(number, WarningCodes.UnreadableLine, $"another profile (\"{Shorten(trimmed)}\") begins after the footer; it was not read");
                    trace?.Ignored(number, "footer", "another page's title after this one's footer: the rest of the file is not this place's");
                    break;
                }

                if (trimmed.Length > 0)
                {
                    profile.Warn(number, WarningCodes.UnreadableLine, $"unexpected text after the metadata was ignored: \"{Shorten(trimmed)}\"");
                    trace?.Ignored(number, "footer", "text after the footer");
                }

                continue;
            }

            var target = section switch
            {
                Section.Partners => partnerLines,
                Section.Sources => sourceLines,
                _ => narrative,
            };
            target.Add((section == Section.Partners ? line : trimmed, number));
            if (trimmed.Length > 0 && section == Section.Narrative)
            {
                narrativeStarted = true;
                trace?.Section(number, "narrative");
            }
        }

        if (sawTacticsHeader)
        {
            foreach (var block in tacticBlocks.Where((b, i) => i == 0 || b.Count > 0))
            {
                MenuBlocks.Read(block, lexicon, profile, trace);
            }
        }

        var paragraphs = NarrativeParagraph.Split(narrative);
        profile.NarrativeMarkdown = NarrativeMarkdown.Build(paragraphs);
        PartnerBullets.Read(partnerLines, profile, trace);
        SourceGroups.Read(sourceLines, lexicon, profile, trace);
        // Neighbours first: a sentence whose subject is a neighbour claims nothing for this place.
        NeighbourExtractor.Find(paragraphs, profile, trace);
        var reversed = NarrativeTactics.Find(paragraphs, profile, trace);
        NarrativeTactics.Settle(profile, reversed, trace);
        profile.County ??= NeighbourExtractor.FindCounty(paragraphs, profile.StateName);
        OperationExtractor.Find(paragraphs, profile, trace);
        PlaceType.Infer(paragraphs, profile, trace);
        PopulationCheck.Compare(paragraphs, profile, trace);
        Metadata.Finish(profile);
        return profile;
    }

    private static Section? HeaderOf(string trimmed) =>
        trimmed.Length > 20 ? null : TacticCatalog.Key(trimmed) switch
        {
            "tactics used" => Section.Tactics,
            "key partners" => Section.Partners,
            "key sources" => Section.Sources,
            _ => null,
        };

    internal static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
