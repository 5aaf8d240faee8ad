using System.Buffers;
using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>How much a sentence that matched a tactic rule can be trusted.</summary>
public enum CueKind
{
    /// <summary>No cue: the sentence is evidence.</summary>
    None,

    /// <summary>A seller-side cue is near (arrests of women or traffickers, ads placed by sellers): kept, pending an editor.</summary>
    Pending,

    /// <summary>The sentence says the act did not happen (not released, not developed, stopped, only proposed): no claim, a note.</summary>
    Reversed,

    /// <summary>Named only in passing by a sentence whose reversal concerns another tactic: no claim, and no note of its own.</summary>
    Dropped,
}

/// <summary>
/// Cues that reverse a claim or make it doubtful. A rule matching a sentence says a tactic is named; these say whether
/// the sentence tells of it being used. Reversing cues are phrases that deny, stop or only plan the act ("names were
/// not released", "has not developed a john school", "would no longer prosecute", "proposed an ordinance that would
/// let police impound…"); they void every claim the sentence would make. Seller-side cues concern who was arrested or
/// who placed the ads; they only make buyer arrests and web stings doubtful, since a sentence can tell of both sides.
/// Each pattern is bounded, and all of them run only on sentences a rule already matched.
/// </summary>
public static partial class ClaimCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The phrase that says the sentence's act did not happen (not developed, never funded, only proposed), or null.</summary>
    public static string? Reversal(string sentence) =>
        Reverses().Match(sentence) is { Success: true } match ? match.Value : null;

    /// <summary>
    /// The phrase that says no buyers are arrested ("made no arrests", "no longer prosecute", "stopped arresting"), or
    /// null. It voids buyer arrests and the stings that consist of them, not the chatbot or the class beside them.
    /// </summary>
    public static string? ArrestReversal(string sentence) =>
        NoArrests().Match(sentence) is { Success: true } match ? match.Value : null;

    /// <summary>
    /// The clause that only asks a question ("Asked whether any of the men lost their jobs, the chief said…"), or null.
    /// What a question names is not said to have happened; the rest of the sentence still may say so.
    /// </summary>
    public static Match? Question(string sentence) =>
        sentence.Contains("ask", StringComparison.OrdinalIgnoreCase) && Asks().Match(sentence) is { Success: true } match ? match : null;

    /// <summary>The tactics whose act is an arrest of buyers.</summary>
    public static bool IsArrestTactic(string slug) => slug is "buyer-arrests" or "reverse-stings" or "web-stings";

    /// <summary>The phrase that says names or photos were withheld, or null ("the names … were not released").</summary>
    public static string? IdentityReversal(string sentence) =>
        sentence.AsSpan().ContainsAny(IdentityHints) && MentionsIdentity().IsMatch(sentence) && IdentityWithheld().Match(sentence) is { Success: true } match
            ? match.Value
            : null;

    // Every sentence is checked for withheld names, so a vectorized search for the words comes first.
    private static readonly SearchValues<string> IdentityHints =
        SearchValues.Create(["name", "identit", "photo", "mug", "shaming", "identify", "faces"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Why buyer arrests in this sentence are doubtful (only sellers or traffickers were counted or named), or null.</summary>
    public static string? SellerArrests(string sentence, IReadOnlyList<ArrestCount> counts)
    {
        if (ArrestCounts.Buyers(counts) is not null && !ArrestCounts.OnlySellers(counts))
        {
            return null;
        }

        return ArrestCounts.OnlySellers(counts) ? "the arrests counted are of sellers or traffickers"
            : SellersArrested().Match(sentence) is { Success: true } match ? $"\"{match.Value}\""
            : null;
    }

    /// <summary>Why a web sting in this sentence is doubtful (the ads were sellers', or answered by a program), or null.</summary>
    public static string? SellerAds(string sentence, IReadOnlyList<ArrestCount> counts)
    {
        if (SellersAdvertised().Match(sentence) is { Success: true } ads)
        {
            return $"\"{ads.Value}\"";
        }

        var buyers = ArrestCounts.Buyers(counts) is not null && !ArrestCounts.OnlySellers(counts);
        if (!buyers && Chatbot().Match(sentence) is { Success: true } bot)
        {
            return $"the ads are answered by a program (\"{bot.Value}\"), not by police making arrests";
        }

        // Officers posing as the customers answer the sellers' ads; ads that police only noticed or counted are the
        // sellers' too. Either way no decoy was posted, unless the sentence also counts buyers arrested.
        if (!buyers && SellersAdsAnswered().Match(sentence) is { Success: true } answered)
        {
            return $"\"{answered.Value}\": the ads were the sellers', not police decoys";
        }

        return buyers ? null : SellerArrests(sentence, counts);
    }

    /// <summary>
    /// The phrase by which a sentence says that what the sentence before it announced never came about ("The class was
    /// never offered.", "It never started."), or null: it opens by pointing back (it, they, the class, the request) and
    /// says the thing never began. A thing that ran and then ended ("It was dropped in 2016") still ran, and is not this.
    /// </summary>
    public static string? FollowUpDenial(string sentence) =>
        PointsBack().IsMatch(sentence) && NeverHappened().Match(sentence) is { Success: true } match ? match.Value : null;

    /// <summary>
    /// The denial that none of a thing was done ("no license suspensions were ordered", "no letters sent") with the
    /// clause it stands in, or null. Unlike <see cref="Reversal"/> it voids only the tactics that clause names: "all
    /// five fined; no license suspensions were ordered" says nothing against the fines, and "11 men were arrested, and
    /// no letters were sent" nothing against the arrests.
    /// </summary>
    public static (string Phrase, string Clause)? NoneDone(string sentence)
    {
        if (NothingDone().Match(sentence) is not { Success: true } match)
        {
            return null;
        }

        var start = match.Index == 0 ? 0 : sentence.LastIndexOfAny(ClauseMarks, match.Index - 1) + 1;
        var end = sentence.IndexOfAny(ClauseMarks, match.Index + match.Length) is var next and >= 0 ? next : sentence.Length;
        return (match.Value, sentence[start..end]);
    }

    private static readonly char[] ClauseMarks = [';', ',', ':', '—', '–'];

    /// <summary>
    /// The phrase that says a class or program serves the sellers ("a diversion class for women arrested for
    /// prostitution", "a program for people arrested for selling sex"), or null: a john school there is doubtful.
    /// </summary>
    public static string? SellerProgram(string sentence) =>
        SellersProgram().Match(sentence) is { Success: true } match ? $"\"{match.Value}\"" : null;

    /// <summary>
    /// True for a question ("Q: Does the city have a john school?"): it asks whether a thing is done, and says
    /// nothing of whether it is, so nothing it names is evidence. A quoted question inside a statement ("a billboard
    /// that read “Buying sex here?”") is not one: the sentence must open as a question does.
    /// </summary>
    public static bool IsQuestion(string sentence) =>
        sentence.AsSpan().TrimEnd(" \t\"'”’)]") is [.., '?'] && AsksOpening().IsMatch(sentence);

    /// <summary>True when a dated sentence says no operation took place ("no buyer stings were held").</summary>
    public static bool DeniesOperation(string sentence) => NoOperation().IsMatch(sentence);

    // Denied, never done, or only planned ("does not seize vehicles"; "has no john school", unless a "but" follows).
    // "may" and "allows" are not here: "a judge may issue an order" describes a tactic in use. Notes written as
    // "John school: none." deny what their label names, and so does a note that is nothing but "No john school.";
    // advice ("the town could consider a john school") is a possibility, not a use. So are findings of no evidence,
    // requests ("has asked for"), plans begun, bills that died and laws that give no power, and a thing said not to be
    // one ("it is not a john school"), or of which there is "nothing yet". Discussion is of doing
    // something ("discussed paying for billboards"), not of a thing ("discussed sting operations").
    [GeneratedRegex(@"\b(?:has|have|had|did|does|do)\s+(?:not|never)\s+(?:yet\s+)?(?:developed|started|created|adopted|established|set\s+up|used|run|held|begun|launched|funded|implemented|resumed|pursued|published|installed|offered|taken\s+it\s+up|posted|answered|suspended|revoked|seized|impounded|mailed|sent|ordered)\b"
        + @"|\b(?:did|does|do)\s+not\s+(?:yet\s+)?(?:seize|impound|tow|install|offer|send|mail|post|publish|have)\b|\b(?:has|have|had)\s+no\s+(?:[\w-]+\s+){0,2}?(?:program|class|school|court|ordinance|cameras?)\b(?![^.;]*\bbut\b)"
        + @"|\bthere\s+(?:is|are|was|were)\s+no\s+(?:such\s+)?(?:[\w-]+\s+){0,2}?(?:program|class|school|court|ordinance|cameras?)\b(?![^.;]*\bbut\b)|\b(?:declined|refused)\s+to\s+(?:take\s+part|participate|join)\b"
        + @"|\bno\s+(?:[\w-]+\s+){0,3}?(?:program|programs|class|classes|school|schools|court|courts|vote|funding|ordinance)\b[^.;]{0,40}?\b(?:has|have|had|was|were|is|are|exists?)\b|\bno\s+such\s+program"
        + @"|\bnever\s+(?:been\s+)?(?:funded|voted|started|held|adopted|approved|used|implemented|materialized|took\s+effect|run|ran|offered|installed|opened|launched|began|begun|happened|came\s+about|got\s+(?:a\s+)?(?:hearing|vote))\b"
        + @"|\b(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?(?:dropped|abandoned|shelved|rejected|voted\s+down|tabled|scrapped|withdrawn)\b|\bvoted\s+down\b"
        + @"|\bpropos(?:ed|al|als|es|ing)\b|\b(?:is|are|was|were)\s+(?:now\s+)?considering\b|\bconsidered\s+(?:a|an|the)\s+(?:proposal|plan|ordinance|bill)\b"
        + @"|\b(?:discuss|debat)(?:ed|ing|es)\s+(?:using|(?!(?:some|any|no|every)thing)\w{3,}ing|a\s+proposal|an\s+ordinance|a\s+plan|the\s+idea)\b"
        + @"|\b(?:and|but|then|later)\s+(?:dropped|abandoned|shelved|scrapped|rejected)\s+(?:it|them|the\s+(?:idea|plan|proposal))\b"
        + @"|\b(?:plans?|planning|hopes?|intends?)\s+to\s+(?!continue|keep|expand|repeat|resume)|\bwould\s+like\s+to\b|\bwould\s+(?:have\s+)?(?:let|allow(?:ed)?|require[d]?|permit(?:ted)?|give|given)\b"
        + @"|\b(?:has|have|had)\s+no\s+(?:current\s+|immediate\s+|such\s+)?plans?\b|\bno\s+plans?\s+(?:for|to)\b|\bnothing\s+yet\b|\bnothing\s+like\s+it\s+for\b"
        + @"|\b(?:is|was|are|were)\s+not\s+(?:really\s+|actually\s+)?an?\s+(?:john\s+school|(?:reverse\s+|web\s+)?sting)\b|\b(?:isn['’]t|wasn['’]t)\s+(?:really\s+|actually\s+)?an?\s+(?:john\s+school|(?:reverse\s+|web\s+)?sting)\b"
        + @"|:\s*(?:none|never|no)\s*(?:[.;(]|$)"
        + @"|^\s*no\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*[.;]?\s*$"
        + @"|\b(?:could|might|should)\s+(?:also\s+)?[""“]?(?:consider|explore|look\s+into|study|think\s+about)\b|\bwould\s+[""“]?(?:think\s+about|consider)\b|\bmay\s+want\s+to\b"
        + @"|\b(?:found|finds|find|saw|sees|turned\s+up|uncovered)\s+no\s+(?:evidence|records?|signs?|indication|trace)\b|\bno\s+(?:evidence|record|indication)\s+(?:that|of)\b"
        + @"|\bbut\s+none\s+(?:has|have|had|was|were)\b|\bbut\s+no\s+(?:[\w-]+\s+){0,2}?(?:has|have|had|was|were)\s+(?:yet\s+|ever\s+)?(?:been\s+)?(?:funded|started|held|adopted|approved|created|launched|run|built|established)\b"
        + @"|\b(?:has|have|had)\s+(?:asked|called|pressed|pushed|lobbied|petitioned)\s+(?:[\w'-]+\s+){0,3}?for\b|\b(?:began|begun|started|was|were|is|are|been)\s+planning\b"
        + @"|\b(?:gives?|gave|grants?|granted)\s+(?:[\w'-]+\s+){0,3}?no\s+(?:power|authority|right)\b|\bno\s+(?:legal\s+)?(?:power|authority)\s+to\b|\bdied\s+in\s+committee\b"
        + @"|\b(?:bill|ordinance|measure|proposal)s?\b[^.;]{0,160}\b(?:died|failed|stalled|was\s+(?:defeated|rejected|voted\s+down|tabled|withdrawn|vetoed))\b"
        + @"|\b(?:ask(?:ed|s)?|urged?|petition(?:ed|s)?|press(?:ed)?|call(?:ed)?\s+on)\s+(?:[\w'-]+\s+){1,5}?to\s+(?:start|begin|create|hold|run|launch|set\s+up|develop|adopt|publish|release|send|mail|try|install|fund|buy|put\s+up|build|open|offer|pay\s+for|consider)\b"
        + @"|\bseek(?:s|ing)?\s+(?:[\w-]+\s+){0,2}?(?:funding|money|grants?|a\s+grant)\s+(?:for|to)\b", Options)]
    private static partial Regex Reverses();

    // "quit", "gave up" and "no buyer arrests" are the same stop in other words; "no arrests" may name whose.
    [GeneratedRegex(@"\b(?:stop(?:ped|s)?|ceas(?:e|ed|es)|end(?:ed|s)?|halt(?:ed|s)?|quit(?:s|ting)?|g(?:ave|ive|ives|iving)\s+up)\s+(?:prosecuting|arresting|citing|charging)\b|\bno\s+longer\s+(?:prosecut|arrest|cit|charg)\w*"
        + @"|\b(?:made|make|makes)\s+no\s+(?:buyer\s+|john\s+|new\s+|further\s+|such\s+)?arrests\b|\bno\s+(?:one|buyers?|men|johns|arrests?)\s+(?:is|are|was|were|have\s+been|has\s+been|had\s+been)\s+(?:made\b|arrested|charged|prosecuted|cited)"
        + @"|\bnot\s+going\s+to\s+(?:arrest|prosecute|charge)\b|\b(?:won't|will\s+not|would\s+not)\s+(?:arrest|prosecute|charge)\b"
        + @"|\b(?:does|do|did)\s+not\s+(?:arrest|prosecute|charge|cite)\s+(?:the\s+|any\s+)?(?:buyers|johns|men|customers|clients|anyone)\b|\b(?:doesn't|don't|didn't)\s+(?:arrest|prosecute|charge|cite)\s+(?:the\s+|any\s+)?(?:buyers|johns|men|customers|clients|anyone)\b"
        + @"|\bstop(?:ped|s)?\s+filing\s+(?:[\w-]+\s+){0,2}?charges\b|\b(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?arrested\s+(?:a\s+|any\s+|one\s+)?(?:single\s+)?(?:buyers?|johns?|customers?|men|man)\b", Options)]
    private static partial Regex NoArrests();

    // Up to the clause's comma: "Asked whether Quimbly would start a john school, the chief said…"; who asked or
    // when may come between ("Asked in 2022 whether", "asked by a reporter if").
    [GeneratedRegex(@"\b(?:when\s+)?ask(?:ed|ing|s)?\s+(?:[\w'-]+\s+){0,5}?(?:whether|if)\b[^,;.:]{0,200}", Options)]
    private static partial Regex Asks();

    [GeneratedRegex(@"\b(?:names?|identit(?:y|ies)|photos?|photographs?|mug ?shots?|faces|shaming|identify)\b", Options)]
    private static partial Regex MentionsIdentity();

    [GeneratedRegex(@"\b(?:names?|identities|photos|photographs|mug ?shots)\b[^.;]{0,60}?\b(?:(?:were|was|are|is|have\s+been|had\s+been|will\s+be|being)\s+(?:not|never)|(?:would|will|could|should)\s+not\s+be)\b"
        + @"|\b(?:not|never|declined\s+to|refused\s+to|won't|will\s+not|did\s+not|didn't|does\s+not|doesn't|do\s+not)\s+(?:to\s+)?(?:releas(?:e|ed)|publish(?:ed)?|post(?:ed)?|disclos(?:e|ed)|identif(?:y|ied)|named?|print(?:ed)?|ma(?:k|d)e\s+public|reveal(?:ed)?|give|given|provided?|hand(?:ed)?\s+over)\s+(?:the\s+|their\s+|any\s+)?(?:names?|identit\w*|photos?|photographs?|mug ?shots?|men|buyers|johns|them|those|people|anyone)\b"
        + @"|\bwithh[eo]ld\w*\s+(?:the\s+|their\s+)?(?:names|identities|photos)\b|\b(?:stop(?:ped|s)?|ceased|quit|ended)\s+(?:releasing|publishing|posting|printing|giving\s+out)\b|\bnot\s+about\s+shaming\b|\bnever\s+(?:published|released|posted)\b", Options)]
    private static partial Regex IdentityWithheld();

    // The arrested are sellers: "arrested both women", "two women were also arrested", "charged with trafficking".
    [GeneratedRegex(@"\b(?:arrest\w*|charged|cited|booked)\s+(?:[\w-]+\s+){0,3}?(?:women|woman|girls?|prostitutes|sex\s+workers|escorts|pimps?|traffickers?)\b"
        + @"|\b(?:women|woman|girls|prostitutes|sex\s+workers|pimps?|traffickers?)\s+(?:[\w-]+\s+){0,2}?(?:were|was)\s+(?:also\s+)?(?:arrested|charged|cited)\b"
        + @"|\b(?:trafficking|pimping|pandering|racketeering)\s+charges?\b|\bcharged\s+(?:with|w/)\s*(?:[\w-]+\s+){0,2}?(?:trafficking|pimping|pandering)\b|\bwho\s+had\s+(?:been\s+)?(?:trafficked|trafficking|running)\b|\bfor\s+(?:pimping|pandering|(?:promoting|compelling)\s+prostitution|deriving\s+support\s+from)\b"
        + @"|\b(?:nearly\s+|almost\s+)?(?:all|most)\s+of\s+(?:them|those)\s+(?:were\s+)?(?:of\s+)?(?:women|girls|prostitutes|sex\s+workers|escorts)\b|\b(?:arrested|charged|cited)\s+(?:for|with)\s+selling\s+sex\b", Options)]
    private static partial Regex SellersArrested();

    // Ads the sellers placed, which police answered: not decoys, so not a web sting.
    [GeneratedRegex(@"\b(?:ads?|advertisements?|postings?)\s+(?:[\w-]+\s+){0,2}?(?:placed|posted|put\s+up|run)\s+by\s+(?:the\s+)?(?:women|woman|sellers|prostitutes|escorts|girls)\b"
        + @"|\b(?:are|were|is|was|been)\s+(?:mostly\s+|usually\s+|often\s+|all\s+)?(?:placed|posted|put\s+up|run)\s+by\s+(?:the\s+)?(?:women|woman|sellers|prostitutes|escorts|girls|pimps|traffickers)\b"
        + @"|\b(?:women|woman|girls|prostitutes|escorts|sellers)\s+(?:[\w-]+\s+){0,3}?(?:posting|posted|placed|placing|advertising|advertised)\b"
        + @"|\bthe\s+women\s+themselves\s+had\s+(?:placed|posted)\b|\b(?:placed|posted|ran|run)\s+(?:their|her)\s+own\s+(?:online\s+)?(?:ads?|advertisements?|listings?|postings?)\b", Options)]
    private static partial Regex SellersAdvertised();

    [GeneratedRegex(@"\b(?:pos(?:ed|ing|e)|acting|acted)\s+as\s+(?:an?\s+)?(?:customers?|clients?|buyers?|johns?|potential\s+customers)\b"
        + @"|\b(?:noticed|saw|spotted|tracked|monitored|counted)\s+(?:[\w-]+\s+){0,4}?(?:ads?|advertisements|postings|listings)\b|\b(?:jump|rise|increase|surge|spike|flood)\s+in\s+(?:the\s+)?(?:number\s+of\s+)?(?:online\s+)?(?:ads|advertisements|postings|listings)\b", Options)]
    private static partial Regex SellersAdsAnswered();

    // A program answering the ads: a chatbot, or automated replies and texts that warn instead of a detective meeting the man.
    [GeneratedRegex(@"\bchat ?bots?\b|\bautomated\s+chat\w*(?:\s+program)?|\bchat\s+program\b|\bautomated\s+(?:replies|responses|text\s+messages|texts|messages)\b", Options)]
    private static partial Regex Chatbot();

    [GeneratedRegex(@"^\s*(?:but\s+|however,?\s+)?(?:it|they|this|that|these|those|none|the\s+(?:[\w'-]+\s+){0,2}?(?:class|classes|program|programs|programme|school|course|plan|plans|request|proposal|ordinance|idea|project|pilot|policy|cameras?|signs?|billboards?|letters?|campaign|court|diversion|grant|money))\b", Options)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"\bnever\s+(?:been\s+|was\s+|were\s+)?(?:offered|started|held|funded|run|ran|opened|launched|began|begun|installed|used|implemented|materialized|took\s+effect|happened|came\s+about|got\s+(?:off\s+the\s+ground|started|a\s+hearing|a\s+vote))\b(?!\s+again)"
        + @"|\b(?:did|does|has|have|had)\s+not\s+(?:yet\s+)?(?:start|begin|open|happen|materialize|take\s+effect|get\s+started|taken\s+it\s+up)\b"
        + @"|\bno\s+(?:[\w-]+\s+){0,2}?(?:has|have|had)\s+(?:yet\s+|ever\s+)?been\s+(?:installed|held|offered|run|funded|started|sent|mailed|posted|put\s+up|opened)\b|\bnone\s+(?:has|have|had)\s+(?:yet\s+|ever\s+)?been\b"
        + @"|^\s*(?:but\s+)?(?:it|they|this|that)\s+(?:doesn['’]t|does\s+not|don['’]t|do\s+not|didn['’]t|did\s+not|isn['’]t|is\s+not)(?:\s+have\s+(?:one|any|it))?\s*[.!]?\s*$", Options)]
    private static partial Regex NeverHappened();

    // "no license suspensions were ordered", "no letters sent", "no cameras have been installed". Arrests and names
    // have cues of their own (NoArrests, IdentityWithheld), so neither "made" nor "released" is here.
    [GeneratedRegex(@"\bno\s+(?:[\w'-]+\s+){0,3}?(?:were|was|has\s+been|have\s+been|had\s+been)\s+(?:yet\s+|ever\s+)?(?:ordered|issued|imposed|sent|mailed|installed|put\s+up|seized|impounded|towed|suspended|revoked|offered|opened)\b"
        + @"|\bno\s+(?:[\w'-]+\s+){0,2}?(?:letters|suspensions|cameras|orders|classes|seizures)\s+(?:sent|mailed|ordered|issued|installed|held|imposed)\b", Options)]
    private static partial Regex NothingDone();

    // A class, program or court for the sellers: "offers a diversion class to women arrested for prostitution". The
    // arrest is required: "teaches men about the harm done to people selling sex" is a john school's lesson.
    [GeneratedRegex(@"\b(?:class(?:es)?|programs?|courses?|courts?|diversion)\b[^.;]{0,80}?\b(?:for|to|serv(?:es|ing|ed))\s+(?:the\s+)?(?:women|woman|girls|people|persons|those|individuals|sex\s+workers|prostitutes)\b"
        + @"\s+(?:who\s+(?:are|were|have\s+been)\s+)?(?:arrested|charged|cited|convicted)\s+(?:for|with)\s+(?:selling\s+sex|prostitution|sex\s+work)\b", Options)]
    private static partial Regex SellersProgram();

    // How a question opens: "Q: Does…", "Are the names…", "What about…", "How many men…".
    [GeneratedRegex(@"^\s*(?:q\s*[:.]\s*|question\s*:\s*)?(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should|how|what|why|when|where|who|which)\b", Options)]
    private static partial Regex AsksOpening();

    [GeneratedRegex(@"\bno\s+(?:buyer\s+|john\s+|street\s+|web\s+|online\s+)?(?:stings?|operations?|sweeps?|arrests)\s+(?:were|was|have\s+been|had\s+been)\s+(?:held|run|conducted|made|carried\s+out)\b|\bnever\s+run\s+an?\s+operation", Options)]
    private static partial Regex NoOperation();
}
