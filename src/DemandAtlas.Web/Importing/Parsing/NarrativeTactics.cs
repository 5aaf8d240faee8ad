using System.Buffers;
using System.Text.RegularExpressions;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Narrative evidence: sentences that say a tactic was used. Each rule is a phrase pattern, optionally a
/// context the same sentence must also have, and phrases that rule it out. The rules are deliberately narrow
/// ("letters" alone, "community" alone or "education" alone prove nothing) because a wrong claim is worse
/// than a missing one: staff can add what the rules miss.
/// </summary>
public static partial class NarrativeTactics
{
    /// <summary>
    /// <paramref name="Hints"/> are fragments at least one of which any match contains; checking them first keeps
    /// bulk imports fast, since most sentences mention no tactic at all.
    /// </summary>
    public sealed record Rule(string Slug, string[] Hints, Regex Pattern, Regex? Requires = null, Regex? Excludes = null)
    {
        /// <summary>All the hints searched for at once, in any case (vectorized; no lower-cased copy of the sentence).</summary>
        private readonly SearchValues<string> hints = SearchValues.Create(Hints, StringComparison.OrdinalIgnoreCase);

        public bool Matches(string sentence) =>
            sentence.AsSpan().ContainsAny(hints) && Pattern.IsMatch(sentence)
            && (Requires is null || Requires.IsMatch(sentence)) && (Excludes is null || !Excludes.IsMatch(sentence));
    }

    /// <summary>At most this many supporting sentences are kept per tactic.</summary>
    public const int MaxEvidencePerTactic = 3;

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new("auto-seizure",
            ["seiz", "impou", "impond", "tow", "forfeit", "confiscat"],
            AutoSeizure(),
            AutoSeizureRequires()),
        new("buyer-arrests",
            ["arrest", "arest", "charged", "cited", "apprehended", "detained", "booked", "custody"],
            BuyerArrests(),
            BuyerArrestsRequires(),
            BuyerArrestsExcludes()),
        new("cameras",
            ["camera", "film", "videotap", "photograph"],
            Cameras(),
            // Cameras put up along a corridor or stroll are aimed at it even when the sentence says no more.
            CamerasRequires(),
            CamerasExcludes()),
        new("community-service",
            ["community service", "trash", "litter", "garbage"],
            CommunityService(),
            CommunityServiceRequires(),
            CommunityServiceExcludes()),
        new("employment-loss",
            ["lost", "lose", "losing", "fired", "terminated", "dismissed", "resign", "stepped down", "leave", "let go", "laid off"],
            EmploymentLoss(),
            EmploymentLossRequires()),
        new("identity-disclosure",
            ["name", "identit", "photo", "mug", "faces", "shaming", "disclos"],
            // Names withheld ("were not released") are a reversing cue (ClaimCues), which leaves a note, not a silent miss.
            IdentityDisclosure()),
        new("it-based-tactics",
            ["chat", "deterren", "warning", "it-based", "it based", "artificial", "software", "automated"],
            ItBasedTactics(),
            BuyingContext()),
        new("john-school",
            ["school", "program", "class", "course"],
            JohnSchool()),
        new("letters",
            ["letter"],
            Letters(),
            null,
            LettersExcludes()),
        new("license-suspension",
            ["licen", "driving privilege"],
            LicenseSuspension(),
            null,
            LicenseSuspensionExcludes()),
        new("neighborhood-action",
            ["neighbo", "resident", "citizen", "community", "plate"],
            NeighborhoodAction(),
            NeighborhoodActionRequires(),
            NeighborhoodActionExcludes()),
        new("public-education",
            ["campaign", "public education", "public service", "billboard"],
            PublicEducation(),
            PublicEducationRequires()),
        new("public-education",
            // Lessons, programs and presentations count only when given to students, so the audience is the hint.
            ["poster", "billboard", "radio", "television", " tv ", "student", "school", "ninth", "junior class", "teen", "young people"],
            PublicEducationMedia(),
            PublicEducationMediaRequires()),
        new("reverse-stings",
            ["reverse", "john", "pose", "posing", "acted", "acting", "dressed", "disguised", "pretend", "decoy", "street", "undercover", "female", "plainclothes"],
            ReverseStings(),
            null,
            ReverseStingsExcludes()),
        new("soap-orders",
            ["soap", "stay", "restraining", "zone", "banned", "barred"],
            SoapOrders(),
            null,
            SoapOrdersExcludes()),
        new("web-stings",
            ["web", "online", "internet", " ad", "advertis", "posting", "listing", "profile", "backpage", "craigslist"],
            WebStings(),
            BuyingContext()),
    ];

    private static readonly SentenceFinding[] Nothing = [];

    /// <summary>
    /// Records narrative evidence. A sentence whose tactic a cue reverses gives no finding but a `reversed-claim`
    /// note with its line, for staff; one with a seller-side cue gives a pending finding. Returns the tactics the
    /// narrative reversed, for <see cref="Settle"/>.
    /// </summary>
    internal static HashSet<string> Find(IEnumerable<NarrativeParagraph> paragraphs, ParsedProfile profile, ParseTrace? trace)
    {
        var counts = new Dictionary<(string, bool), int>();
        var reversed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsHeading || paragraph.IsQuote)
            {
                trace?.Ignored(paragraph.Line, "narrative", paragraph.IsHeading
                    ? "a narrative sub-heading: not a section and not evidence, whatever tactic it names"
                    : "a quotation: no rule reads quotations as evidence");
                continue;
            }

            var sentences = paragraph.Sentences();
            for (var i = 0; i < sentences.Count; i++)
            {
                var (sentence, line) = sentences[i];
                if (trace is not null && ClaimCues.IsQuestion(sentence) && Match(sentence).Count > 0)
                {
                    trace.Ignored(line, "narrative", "a question asks whether a thing is done and says nothing of whether it is: no claim");
                    continue;
                }

                if (paragraph.FindingsOf(i).Count > 0 && OtherPlaceSubject.Of(sentence, profile) is { } other)
                {
                    trace?.Ignored(line, "narrative", $"the sentence tells what {other} does, not this place: no claim");
                    continue;
                }

                // "…announced a diversion class. The class was never offered.": the next sentence voids this one's claims.
                var denied = i + 1 < sentences.Count && paragraph.FindingsOf(i).Count > 0 ? ClaimCues.FollowUpDenial(sentences[i + 1].Text) : null;
                foreach (var (slug, found, reason) in paragraph.FindingsOf(i))
                {
                    var (cue, why) = denied is not null && found is CueKind.None or CueKind.Pending ? (CueKind.Reversed, denied) : (found, reason);
                    if (cue == CueKind.Dropped)
                    {
                        trace?.Ignored(line, $"cue:{slug}", $"{slug}: the sentence tells of a plan (\"{why}\"), not of arrests");
                        continue;
                    }

                    if (cue == CueKind.Reversed)
                    {
                        reversed.Add(slug);
                        profile.Warn(line, WarningCodes.ReversedClaim,
                            $"{slug} is not claimed: the narrative says it did not happen ({ProfileParser.Shorten(why!)}): \"{ProfileParser.Shorten(sentence)}\"");
                        trace?.Ignored(line, $"cue:{slug}", $"{slug} reversed by \"{why}\": no claim, kept as a note");
                        continue;
                    }

                    var pending = cue == CueKind.Pending;
                    // Up to three pieces of evidence a tactic, and one doubtful one, which must not crowd out good ones.
                    var count = counts.GetValueOrDefault((slug, pending));
                    if (count < (pending ? 1 : MaxEvidencePerTactic))
                    {
                        counts[(slug, pending)] = count + 1;
                        profile.Tactics.Add(new TacticFinding(slug, EvidenceKind.Narrative, sentence, line, pending));
                    }

                    if (pending)
                    {
                        trace?.Took(line, $"narrative:{slug}", $"{slug}, pending an editor: {why}");
                    }
                    else
                    {
                        trace?.Took(line, $"narrative:{slug}", $"{slug} (stated): \"{ProfileParser.Shorten(sentence)}\"");
                    }
                }
            }
        }

        return reversed;
    }

    /// <summary>
    /// After all evidence is read: a tactic the narrative reversed and states nowhere else keeps its weaker evidence
    /// (a Key Sources heading, a listed item) only as pending; a claim resting on nothing but pending evidence is noted
    /// so staff see why it waits.
    /// </summary>
    internal static void Settle(ParsedProfile profile, HashSet<string> reversed, ParseTrace? trace)
    {
        for (var i = 0; i < profile.Tactics.Count; i++)
        {
            var finding = profile.Tactics[i];
            if (reversed.Contains(finding.Slug) && finding.Kind != EvidenceKind.Narrative && !finding.Pending
                && !profile.Tactics.Any(t => t.Slug == finding.Slug && t.Kind == EvidenceKind.Narrative && !t.Pending))
            {
                profile.Tactics[i] = finding with { Pending = true };
                trace?.Ignored(finding.Line ?? 0, $"cue:{finding.Slug}", $"{finding.Slug}: the narrative reverses it, so this evidence only makes a pending claim");
            }
        }

        foreach (var group in profile.Tactics.GroupBy(t => t.Slug).Where(g => TacticFinding.StatusOf(g) == ClaimStatus.Pending))
        {
            var first = group.First();
            profile.Warn(first.Line, WarningCodes.PendingClaim,
                $"{group.Key} is claimed only as pending: its evidence sits beside a cue that may reverse it (\"{ProfileParser.Shorten(first.Text)}\"); an editor decides");
        }
    }

    /// <summary>
    /// The tactics a sentence names, each with its cue: reversed when the sentence denies, stops or only plans the
    /// act (every tactic it names), says none of a thing was done (the tactics of that clause) or withholds names
    /// (identity disclosure, even where no rule matched); pending when buyer arrests or a web sting sit beside arrests
    /// of sellers, sellers' own ads or a chatbot, or a john school beside a class for sellers. A question names nothing.
    /// </summary>
    public static IReadOnlyList<SentenceFinding> Assess(string sentence)
    {
        if (ClaimCues.IsQuestion(sentence))
        {
            return Nothing;
        }

        var slugs = Match(sentence);
        var identity = ClaimCues.IdentityReversal(sentence);
        if (slugs.Count == 0 && identity is null)
        {
            return Nothing;
        }

        var reversal = slugs.Count > 0 ? ClaimCues.Reversal(sentence) : null;
        var noneDone = slugs.Count > 0 ? ClaimCues.NoneDone(sentence) : null;
        var deniedInClause = noneDone is { } denial ? Match(denial.Clause) : null;
        var asked = slugs.Count > 0 ? Asked(sentence, slugs) : null;
        var noArrests = slugs.Exists(ClaimCues.IsArrestTactic) ? ClaimCues.ArrestReversal(sentence) : null;
        List<ArrestCount>? counts = null;
        var findings = new List<SentenceFinding>(slugs.Count + 1);
        foreach (var slug in slugs)
        {
            var question = asked is { } q && q.Slugs.Contains(slug) ? q.Why : null;
            var why = reversal
                ?? (deniedInClause?.Contains(slug) == true ? noneDone!.Value.Phrase : null)
                ?? (ClaimCues.IsArrestTactic(slug) ? noArrests : null)
                ?? (slug == "identity-disclosure" ? identity : null)
                ?? question;
            if (why is not null)
            {
                // A plan for a john school "for men arrested" tells of no arrests, but it is the school that is
                // planned: buyer arrests are dropped there without a note of their own. So in a question about
                // jobs lost "over the arrests".
                var aside = (reversal ?? question) is not null && noArrests is null && slug == "buyer-arrests" && slugs.Count > 1;
                findings.Add(new SentenceFinding(slug, aside ? CueKind.Dropped : CueKind.Reversed, why));
                continue;
            }

            var doubt = slug switch
            {
                "buyer-arrests" => ClaimCues.SellerArrests(sentence, counts ??= ArrestCounts.In(sentence)),
                "web-stings" => ClaimCues.SellerAds(sentence, counts ??= ArrestCounts.In(sentence)),
                "john-school" => ClaimCues.SellerProgram(sentence),
                _ => null,
            };
            findings.Add(new SentenceFinding(slug, doubt is null ? CueKind.None : CueKind.Pending, doubt));
        }

        if (identity is not null && !slugs.Contains("identity-disclosure"))
        {
            findings.Add(new SentenceFinding("identity-disclosure", CueKind.Reversed, identity));
        }

        return findings;
    }

    /// <summary>
    /// The tactics a sentence names only inside a question it reports ("Asked whether any of the men lost their jobs,
    /// …"), with the question; null when it asks none, or states each tactic outside the question too.
    /// </summary>
    private static (List<string> Slugs, string Why)? Asked(string sentence, List<string> slugs)
    {
        if (ClaimCues.Question(sentence) is not { } question)
        {
            return null;
        }

        var outside = Match(sentence.Remove(question.Index, question.Length));
        var onlyAsked = slugs.FindAll(s => !outside.Contains(s));
        return onlyAsked.Count > 0 ? (onlyAsked, question.Value) : null;
    }

    /// <summary>The tactics one sentence supports.</summary>
    public static List<string> Match(string sentence)
    {
        var found = new List<string>(2);
        foreach (var rule in Rules)
        {
            // A tactic may have more than one rule; it is found once.
            if (!found.Contains(rule.Slug) && rule.Matches(sentence))
            {
                found.Add(rule.Slug);
            }
        }

        return found;
    }

    /// <summary>Distinct tactic slugs in catalog order.</summary>
    public static List<string> InCatalogOrder(IEnumerable<string> slugs)
    {
        var set = slugs.ToHashSet(StringComparer.Ordinal);
        return [.. Rules.Where(r => set.Contains(r.Slug)).Select(r => r.Slug).Distinct()];
    }
}
