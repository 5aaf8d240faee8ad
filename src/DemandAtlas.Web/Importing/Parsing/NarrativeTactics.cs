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

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>At most this many supporting sentences are kept per tactic.</summary>
    public const int MaxEvidencePerTactic = 3;

    private const string SexTrade = @"\b(prostitut\w*|solicit\w*|johns?\b|sex buyers?|buyers? of sex|buying sex|purchas\w* sex|commercial sex|sex trade|sexual conduct for a fee|patroniz\w*|sting|strolls?|escorts?|trafficking|sexual services|sex acts?|paid sex|sex for (money|pay|a fee))";

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new("auto-seizure",
            ["seiz", "impound", "towed", "forfeit", "confiscat"],
            AutoSeizure(),
            SexTradeContext()),
        new("buyer-arrests",
            ["arrest", "charged", "cited", "apprehended", "detained"],
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
            ["community service"],
            CommunityService(),
            null,
            CommunityServiceExcludes()),
        new("employment-loss",
            ["lost", "lose", "losing", "fired", "terminated", "dismissed", "resign", "stepped down", "leave"],
            EmploymentLoss(),
            EmploymentLossRequires()),
        new("identity-disclosure",
            ["name", "identit", "photo", "mug", "faces", "shaming", "disclos"],
            IdentityDisclosure(),
            null,
            IdentityDisclosureExcludes()),
        new("it-based-tactics",
            ["chat", "deterren", "warning", "it-based", "it based", "artificial"],
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
            ["licen"],
            LicenseSuspension(),
            null,
            LicenseSuspensionExcludes()),
        new("neighborhood-action",
            ["neighbo", "resident", "citizen", "community"],
            NeighborhoodAction(),
            SexTradeContext(),
            NeighborhoodActionExcludes()),
        new("public-education",
            ["campaign", "public education", "public service", "billboard"],
            PublicEducation(),
            PublicEducationRequires()),
        new("reverse-stings",
            ["reverse", "john", "pose", "posing", "acted", "acting", "decoy", "street", "undercover"],
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

    internal static void Find(IEnumerable<NarrativeParagraph> paragraphs, ParsedProfile profile)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsHeading || paragraph.IsQuote)
            {
                continue;
            }

            var sentences = paragraph.Sentences();
            for (var i = 0; i < sentences.Count; i++)
            {
                var (sentence, line) = sentences[i];
                foreach (var slug in paragraph.TacticsOf(i))
                {
                    var count = counts.GetValueOrDefault(slug);
                    if (count < MaxEvidencePerTactic)
                    {
                        counts[slug] = count + 1;
                        profile.Tactics.Add(new TacticFinding(slug, EvidenceKind.Narrative, sentence, line));
                    }
                }
            }
        }
    }

    /// <summary>The tactics one sentence supports.</summary>
    public static List<string> Match(string sentence)
    {
        var found = new List<string>(2);
        foreach (var rule in Rules)
        {
            if (rule.Matches(sentence))
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
        return [.. Rules.Where(r => set.Contains(r.Slug)).Select(r => r.Slug)];
    }

    // The patterns, compiled to C# at build time (no Reflection.Emit or JIT when an import starts). No match
    // timeout: every pattern is bounded ({0,60} gaps, no nested repeats), and a timeout would only make results
    // depend on machine load.
    [GeneratedRegex(SexTrade, Options)]
    private static partial Regex SexTradeContext();

    // Decoy ads and chatbots are already police work; they only need to be about buying sex.
    [GeneratedRegex(SexTrade + @"|\b(buyers?|sex|arrest\w*|motels?|hotels?)\b", Options)]
    private static partial Regex BuyingContext();

    [GeneratedRegex(@"\b(vehicles?|cars?|autos?|automobiles?|trucks?)\b[^.;]{0,40}\b(seized|impounded|towed|forfeited|confiscated)\b|\b(seiz(e|ed|es|ing|ure)|impound(ed|ing|ment)?|forfeit(ed|ure)?|confiscat\w+)\b[^.;]{0,30}\b(vehicles?|cars?|autos?|automobiles?|trucks?)\b|\b(auto|vehicle) (seizures?|impound\w*)\b", Options)]
    private static partial Regex AutoSeizure();

    [GeneratedRegex(@"\b(arrest(ed|s|ing)?|charged|cited|apprehended|detained)\b", Options)]
    private static partial Regex BuyerArrests();

    [GeneratedRegex(@"\b(johns?|buyers?|men|males|customers?|clients?|purchasers?|patrons?)\b|\b(soliciting|solicitation|patronizing|sexual conduct for a fee|buying sex|purchasing sex|attempting to (buy|purchase))\b", Options)]
    private static partial Regex BuyerArrestsRequires();

    [GeneratedRegex(@"\b(no (one|arrests?)|nobody) (was|were) (arrested|charged)\b|\bwithout (any )?arrests\b", Options)]
    private static partial Regex BuyerArrestsExcludes();

    [GeneratedRegex(@"\b(surveillance|security|hidden|covert|license[- ]plate|traffic) cameras?\b|\bcameras?\b[^.;]{0,40}\b(installed|placed|mounted|put up|record(ed|ing)?|film(ed|ing)?|captur(e|ed|ing))\b|\b(residents|neighbou?rs|citizens)\b[^.;]{0,40}\b(film(ed|ing)?|videotap(ed|ing)|photograph(ed|ing))\b", Options)]
    private static partial Regex Cameras();

    [GeneratedRegex(SexTrade + @"|\b(installed|mounted|placed|put up|added)\b[^.;]{0,60}\b(corridors?|strolls?|tracks?|districts?|streets?|avenues?|boulevards?|blocks?|motels?)\b", Options)]
    private static partial Regex CamerasRequires();

    [GeneratedRegex(@"\b(news|television|tv|body|dash)[- ]?cam|\b(speed(ing)?|red[- ]light|traffic|speeders?)\b", Options)]
    private static partial Regex CamerasExcludes();

    [GeneratedRegex(@"\bhours? of community service\b|\b(sentenced|ordered|required|assigned|perform(ed|ing)?|complet(e|ed|ing)|do(ing)?) [^.;]{0,40}\bcommunity service\b|\bcommunity service (as|in lieu|sentences?|hours|work|requirements?)\b", Options)]
    private static partial Regex CommunityService();

    [GeneratedRegex(@"\bcommunity service (officers?|aides?|units?|division)\b", Options)]
    private static partial Regex CommunityServiceExcludes();

    [GeneratedRegex(@"\b(lost|lose|losing) (his|her|their) (jobs?|positions?|employment|posts?)\b|\b(was|were|been|got) (fired|terminated|dismissed)\b|\b(resigned|stepped down|forced to resign|placed on (administrative |unpaid )?leave)\b", Options)]
    private static partial Regex EmploymentLoss();

    [GeneratedRegex(@"\b(arrest\w*|charged|sting|solicit\w*|prostitut\w*)", Options)]
    private static partial Regex EmploymentLossRequires();

    [GeneratedRegex(@"\b(names|identities|photos|photographs|mug ?shots|faces)\b[^.;]{0,60}\b(were|was|are|is|have been|had been|will be|being)\s+(also\s+)?(published|released|posted|made public|included|printed|disclosed|publicized|broadcast|shared|displayed)\b|\b(published|released|posted|publicized|disclosed|printed|broadcast|displayed)\b\s+(the\s+|their\s+)?(full\s+)?(names|identities|photos|photographs|mug ?shots)\b|\b(their|whose)\s+(names|identities|photos|photographs)\b[^.;]{0,30}\b(included|published|released|posted|made public|listed|printed)\b|\b(identity disclosure|shaming)\b", Options)]
    private static partial Regex IdentityDisclosure();

    [GeneratedRegex(@"\b(not|never|declined to|refused to|withh[eo]ld)\b[^.;]{0,40}\b(released|published|made public|disclosed|included|posted|name|release|publish)\b", Options)]
    private static partial Regex IdentityDisclosureExcludes();

    [GeneratedRegex(@"\bchat ?bots?\b|\b(deterren(ce|t)|warning) (messages?|ads?|pop[- ]?ups?|banners?)\b|\bIT[- ]based\b|\bartificial intelligence\b[^.;]{0,60}\b(buyers|johns|ads?)\b", Options)]
    private static partial Regex ItBasedTactics();

    [GeneratedRegex(@"\bjohn'?s? schools?\b|\b(first[- ]offender|offender|buyer|john|demand) (education|accountability|prostitution|diversion|deterrence) (programs?|classes|class|courses?|schools?)\b|\b(education|educational|diversion|treatment) (programs?|classes|class|courses?)\b[^.;]{0,60}\b(johns|buyers|arrested men|men arrested|those arrested|soliciting|solicitation|patronizing)\b|\b(johns|buyers|arrested men|men arrested|those arrested)\b[^.;]{0,60}\b(education|educational|diversion|treatment) (programs?|classes|class|courses?)\b", Options)]
    private static partial Regex JohnSchool();

    [GeneratedRegex(@"\bdear john letters?\b|\bletters?\b[^.;]{0,50}\b(sent|mailed)\b[^.;]{0,60}\b(registered owners?|owners? of (the |their )?(vehicles?|cars?)|vehicle owners?|homes? of|johns|buyers|arrested men)\b|\b(sent|mailed|send|mail|sends|mails)\b[^.;]{0,30}\bletters?\b[^.;]{0,60}\b(registered owners?|vehicle owners?|owners of|johns|buyers|homes of|households)\b", Options)]
    private static partial Regex Letters();

    [GeneratedRegex(@"\bletters? to the editor\b", Options)]
    private static partial Regex LettersExcludes();

    [GeneratedRegex(@"\bdriver'?s'? licen[cs]es?\b[^.;]{0,40}\b(suspend\w*|revok\w*|revocation)\b|\b(suspend\w*|revok\w*|revocation of)\b[^.;]{0,30}\bdriver'?s'? licen[cs]es?\b|\blicen[cs]e suspensions?\b", Options)]
    private static partial Regex LicenseSuspension();

    [GeneratedRegex(@"\b(liquor|business|massage|operating|establishment|spa|bar|medical|nursing|law|teaching)('s)? licen", Options)]
    private static partial Regex LicenseSuspensionExcludes();

    [GeneratedRegex(@"\b(neighbou?rhood|residents'?|citizens'?|community) (watch(es)?|patrols?|associations?|groups?|activists?|coalitions?|organizations?)\b|\bcommunity impact (panels?|statements?)\b|\b(residents|neighbou?rs|citizens)\b[^.;]{0,30}\b(organized|formed|launched|patrol(led|ed|ling|ing)?|took to the streets|posted signs|recorded license plates)\b", Options)]
    private static partial Regex NeighborhoodAction();

    [GeneratedRegex(@"\bcomplain(t|ts|ed)\b", Options)]
    private static partial Regex NeighborhoodActionExcludes();

    [GeneratedRegex(@"\b(public[- ]awareness|awareness|education(al)?|media|billboard|prevention|deterrence|ad|advertising) campaigns?\b|\bpublic education\b|\bpublic service announcements?\b|\bbillboards?\b[^.;]{0,60}\b(warn\w*|deter\w*|discourag\w*)\b", Options)]
    private static partial Regex PublicEducation();

    [GeneratedRegex(@"\b(buy\w*|purchas\w*|demand|johns?|buyers?|prostitut\w*|trafficking|exploitation|solicit\w*)", Options)]
    private static partial Regex PublicEducationRequires();

    [GeneratedRegex(@"(?<!\b(web|web[- ]based|online|internet)\s)\breverse[- ]stings?\b|\bjohn (stings?|operations?|sweeps?)\b|\b(officers?|detectives?|deputies|agents?|troopers?|police(wom[ae]n)?)\b[^.;]{0,30}\b(posed|posing|pose|acted|acting) as (a |an )?(prostitutes?|sex workers?|escorts?|decoys?|(teen(age)? )?girls?|women|wom[ae]n selling sex)\b|\bdecoy (officers?|operations?)\b|\bstreet[- ](level )?(stings?|operations?|decoy operations?)\b|\bsolicit\w*\s+(an?\s+|the\s+)?(female\s+)?undercover (officers?|detectives?|deputies|agents?|troopers?|police(wom[ae]n)?|decoys?)\b", Options)]
    private static partial Regex ReverseStings();

    [GeneratedRegex(@"\bweb[- ]based reverse[- ]stings?\b|\b(women|females?|prostitutes|sex workers|escorts)\b[^.;]{0,30}\b(arrested|charged|cited)\b[^.;]{0,20}\bsolicit\w*\s+(an?\s+|the\s+)?(male\s+)?undercover\b", Options)]
    private static partial Regex ReverseStingsExcludes();

    [GeneratedRegex(@"\bSOAP orders?\b|\bstay[- ]out[- ]of[- ]areas?[- ]of[- ]prostitution\b|\bgeographic(al)? restraining orders?\b|\b(prostitution[- ]free|exclusion) zones?\b|\b(banned|barred|ordered to stay away) from (the |certain )?(area|areas|neighbou?rhoods?|zones?|corridors?|districts?)\b", Options)]
    private static partial Regex SoapOrders();

    [GeneratedRegex(@"\bsoap (and|&) water\b", Options)]
    private static partial Regex SoapOrdersExcludes();

    [GeneratedRegex(@"\b(web|online|internet)[- ](based )?(reverse )?(stings?|operations?)\b|\b(fake|decoy|undercover|bogus|phony|false|sting) (online |internet |web )?(ads?|advertisements?|postings?|listings?|profiles?)\b|\b(ads?|advertisements?|postings?)\b[^.;]{0,30}\b(on|to|at|in|via|through) (a |an |the |various |several )?(websites?|web ?sites?|internet|online|social media|dating (apps?|sites?)|(escort|classified|dating|sex) ?(sites?|websites?|pages|apps?)|backpage(\.com)?|craigslist(\.org)?|listcrawler|skipthegames|megapersonals|eros(\.com)?)\b|\b(backpage|craigslist)( ads?| advertisements?| postings?| listings?)\b|\b(responded|responding|replied|replying) to (an? |the |their )?(online |internet |prostitution |decoy |fake |sex |escort |undercover )*(ads?|advertisements?|postings?)\b", Options)]
    private static partial Regex WebStings();
}
