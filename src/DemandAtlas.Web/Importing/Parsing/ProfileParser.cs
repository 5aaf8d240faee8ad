using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Reads one community profile document (see docs/PROFILE-FORMAT.md) into a <see cref="ParsedProfile"/>.
/// Pure: text in, structure and line-numbered warnings and errors out. The sections are found here; each
/// kind of evidence has its own small rule file beside this one.
/// </summary>
public static class ProfileParser
{
    private enum Section { Narrative, Tactics, Partners, Sources, Footer }

    public static ParsedProfile Parse(ReadOnlySpan<byte> bytes, string file, TacticLexicon lexicon)
    {
        var text = ProfileText.Decode(bytes, out var error, out var note);
        if (text is null)
        {
            return new ParsedProfile(file).Fail(1, error!);
        }

        var profile = Parse(text, file, lexicon);
        if (note is not null)
        {
            profile.Warn(1, WarningCodes.Encoding, note);
        }

        return profile;
    }

    public static ParsedProfile Parse(string text, string file, TacticLexicon lexicon)
    {
        var profile = new ParsedProfile(file);
        var lines = ProfileText.Lines(text);
        var titleIndex = lines.FindIndex(l => l.Trim().Length > 0);
        if (titleIndex < 0)
        {
            return profile.Fail(1, "file is empty");
        }

        if (!ProfileTitle.TryRead(lines[titleIndex].Trim(), profile))
        {
            return profile.Fail(titleIndex + 1, $"no recognisable title: expected \"Name, ST\" or a state name, found \"{Shorten(lines[titleIndex].Trim())}\"");
        }

        var section = Section.Narrative;
        var tacticLines = new List<(string Text, int Line)>();
        var narrative = new List<(string Text, int Line)>();
        var partnerLines = new List<(string Text, int Line)>();
        var sourceLines = new List<(string Text, int Line)>();
        var sawTacticsHeader = false;
        for (var i = titleIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var number = i + 1;
            var trimmed = line.Trim();
            if (Metadata.IsBoilerplate(trimmed))
            {
                continue;
            }

            if (HeaderOf(trimmed) is { } header)
            {
                section = header;
                sawTacticsHeader |= header == Section.Tactics;
                continue;
            }

            if (trimmed.Length is > 0 and < 80 && Metadata.TryRead(trimmed, number, profile, loose: section != Section.Narrative))
            {
                // The metadata block ends any partner or source list: what follows is never a bullet or citation.
                section = section is Section.Partners or Section.Sources ? Section.Footer : section;
                continue;
            }

            if (section == Section.Tactics)
            {
                if (trimmed.Length == 0)
                {
                    section = tacticLines.Count > 0 ? Section.Narrative : Section.Tactics;
                    continue;
                }

                if (!MenuBlocks.LooksLikeItem(trimmed))
                {
                    // The narrative began without a blank line after the block.
                    section = Section.Narrative;
                }
                else
                {
                    tacticLines.Add((trimmed, number));
                    continue;
                }
            }

            if (section == Section.Footer)
            {
                if (trimmed.Length > 0)
                {
                    profile.Warn(number, WarningCodes.UnreadableLine, $"unexpected text after the metadata was ignored: \"{Shorten(trimmed)}\"");
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
        }

        if (sawTacticsHeader)
        {
            MenuBlocks.Read(tacticLines, lexicon, profile);
        }

        var paragraphs = NarrativeParagraph.Split(narrative);
        profile.NarrativeMarkdown = NarrativeMarkdown.Build(paragraphs);
        PartnerBullets.Read(partnerLines, profile);
        SourceGroups.Read(sourceLines, lexicon, profile);
        NarrativeTactics.Find(paragraphs, profile);
        profile.County ??= NeighbourExtractor.FindCounty(paragraphs, profile.StateName);
        NeighbourExtractor.Find(paragraphs, profile);
        OperationExtractor.Find(paragraphs, profile);
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
