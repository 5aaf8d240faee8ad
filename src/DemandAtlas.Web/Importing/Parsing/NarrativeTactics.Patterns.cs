using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

// The patterns, compiled to C# at build time (no Reflection.Emit or JIT when an import starts). No match timeout:
// every pattern is bounded ({0,60} gaps, no nested repeats), and a timeout would only make results depend on machine
// load. Each says what the act looks like in a sentence; what merely names the tactic without telling of its use
// ("letters" alone, "education" alone) is not enough, and look-alikes are ruled out by the Excludes beside each.
public static partial class NarrativeTactics
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private const string SexTrade = @"\b(prostitut\w*|solicit\w*|johns?\b|sex buyers?|buyers? of sex|buying sex|buys? sex|purchas\w* sex|commercial sex|sex trade|sexual conduct for a fee|patroniz\w*|sting|strolls?|escorts?|trafficking|sexual services|sex acts?|paid sex|sex for (money|pay|a fee))";

    [GeneratedRegex(SexTrade, Options)]
    private static partial Regex SexTradeContext();

    // Decoy ads and chatbots are already police work; they only need to be about buying sex.
    [GeneratedRegex(SexTrade + @"|\b(buyers?|sex|arrest\w*|motels?|hotels?|men)\b", Options)]
    private static partial Regex BuyingContext();

    [GeneratedRegex(@"\b(vehicles?|cars?|autos?|automobiles?|trucks?)\b[^.;]{0,40}\b(seized|impou?n?ded|towed|forfeited|confiscated)\b|\b(seiz(e|ed|es|ing|ure)|impou?n?d(ed|ing|ment|s)?|tow(s|ed|ing)?|forfeit(ed|ure)?|confiscat\w+)\b[^.;]{0,30}\b(vehicles?|cars?|autos?|automobiles?|trucks?)\b|\b(auto|vehicle) (seizures?|impound\w*)\b", Options)]
    private static partial Regex AutoSeizure();

    // A seizure of the cars of arrested men ("each man's car", "the vehicles of all 14 men", "9 buyers arrested; 4
    // vehicles impounded") needs no other sex-trade word.
    [GeneratedRegex(SexTrade + @"|\b(the|all|each|every|arrested)\s+(\d+\s+)?(men|man|drivers?|buyers|johns)\b|\b(men|buyers|johns)\s+(were\s+)?(arrested|charged|cited)\b", Options)]
    private static partial Regex AutoSeizureRequires();

    // "Booked" only as an arrest ("were booked on solicitation charges"), never a booked motel room; "taken into
    // custody" is how police releases say arrested.
    [GeneratedRegex(@"\b(ar{1,2}est(ed|s|ing)?|charged|cited|apprehended|detained)\b|\b(were|was|been|being)\s+booked\b|\bbooked\s+(on|for|into)\b|\btaken\s+into\s+custody\b", Options)]
    private static partial Regex BuyerArrests();

    [GeneratedRegex(@"\b(johns?|buyers?|men|males|customers?|clients?|purchasers?|patrons?)\b|\b(soliciting|solicitation|patronizing|sexual conduct for a fee|buying sex|purchasing sex|attempting to (buy|purchase))\b", Options)]
    private static partial Regex BuyerArrestsRequires();

    [GeneratedRegex(@"\b(no (one|arrests?)|nobody) (was|were) (arrested|charged)\b|\bwithout (any )?arrests\b", Options)]
    private static partial Regex BuyerArrestsExcludes();

    [GeneratedRegex(@"\b(surveillance|security|hidden|covert|porch|pole|license[- ]plate|traffic) cameras?\b|\b(installed|mounted|put up|placed|erected)\s+(?:[\w-]+\s+){0,3}?cameras?\b|\bcameras?\b[^.;]{0,40}\b(installed|placed|mounted|put up|record(ed|ing|s)?|film(ed|ing)?|captur(e|ed|ing))\b|\b(residents|neighbou?rs|citizens)\b[^.;]{0,40}\b(film(ed|ing)?|videotap(ed|ing)|photograph(ed|ing))\b", Options)]
    private static partial Regex Cameras();

    [GeneratedRegex(SexTrade + @"|\bbuyers?\b|\bcruis\w+|\b(install(ed|s|ing)?|mount(ed|s|ing)?|placed|put up|add(ed|s)?)\b[^.;]{0,60}\b(corridors?|strolls?|tracks?|districts?|streets?|avenues?|boulevards?|blocks?|motels?|roads?|intersections?|highways?|poles?|trail|corners?)\b", Options)]
    private static partial Regex CamerasRequires();

    [GeneratedRegex(@"\b(news|television|tv|body|dash)[- ]?cam|\b(speed(ing)?|red[- ]light|traffic|speeders?)\b", Options)]
    private static partial Regex CamerasExcludes();

    [GeneratedRegex(@"\bhours? of community service\b|\b(sentenced|ordered|required|assigned|perform(ed|ing)?|complet(e|ed|ing)|do(ing)?) [^.;]{0,40}\bcommunity service\b|\bcommunity service (as|in lieu|sentences?|hours|work|requirements?|programs?)\b"
        + @"|\b(pick(ed|s|ing)? up|collect(ed|s|ing)?|clean(ed|s|ing)? up)\s+(trash|litter|garbage)\b|\b(litter|trash|roadside) (pick-?ups?|crews?|duty|clean-?ups?)\b", Options)]
    private static partial Regex CommunityService();

    // Unpaid work told by what it is (picking up litter) is community service only as a sentence: a plea, a court's
    // order, a probation term. Residents cleaning up a stroll are not.
    [GeneratedRegex(@"\bcommunity service\b|\b(plea|pleas|sentenc\w*|order(ed|s)?|convicted|offenders?|probation|judges?|courts?|diversion)\b", Options)]
    private static partial Regex CommunityServiceRequires();

    [GeneratedRegex(@"\bcommunity service (officers?|aides?|units?|division)\b", Options)]
    private static partial Regex CommunityServiceExcludes();

    [GeneratedRegex(@"\b(lost|lose|losing) (his|her|their) (jobs?|positions?|employment|posts?)\b|\b(was|were|been|got) (fired|terminated|dismissed)\b|\bfired (both of )?(him|her|them|both)\b|\b(resigned|stepped down|forced to resign|placed on (administrative |unpaid )?leave)\b|\b(was|were|been|got) (let go|laid off)\b", Options)]
    private static partial Regex EmploymentLoss();

    // The loss must follow an arrest: said in the sentence, or by "one of them" / "among those arrested" / "another".
    [GeneratedRegex(@"\b(arrest\w*|charged|sting|solicit\w*|prostitut\w*)|\bone of (them|the men|those)\b|\bamong (them|those)\b|^another (was|were)\b", Options)]
    private static partial Regex EmploymentLossRequires();

    // Said in any tense but the bare infinitive ("posting the booking photos", "gave the names to the paper"): "declined
    // to release the names" names the act without telling of it, and withheld names are a cue (ClaimCues) besides.
    [GeneratedRegex(@"\b(names?|identities|photos|photographs|mug ?shots|faces)\b[^.;]{0,60}\b(were|was|are|is|have been|had been|will be|being)\s+(also\s+|again\s+)?(pu\w{0,3}sh(ed|es)|released|posted|made public|included|printed|disclosed|publicized|broadcast|shared|displayed|appeared)\b"
        + @"|\b(pu\w{0,3}sh(ed|es|ing)|releas(ed|es|ing)|posts?|posted|posting|publicized|disclosed|print(ed|s|ing)|broadcast|displayed|gives|gave|provides|provided|(hands|handed|turns|turned) over)\b\s+(?:(?:the|their|all|every|each|his|its)\s+(?:[\w'-]+\s+){0,2}?)?(full\s+)?(names?|identities|photos?|photographs?|mug ?shots?)\b"
        + @"|\b(names?|photos|photographs|mug ?shots)\b[^.;]{0,60}\b(posted|published|printed)\s+(to|on|in)\s+(the\s+|a\s+|an\s+|its\s+|their\s+)?[\w'-]+|\b(names?|photos|photographs|mug ?shots)\b[^.;]{0,60}\breleased\s+to\s+(the\s+)?(press|media|news|newspapers?|paper|public|reporters)\b|\b(their|whose)\s+(names|identities|photos|photographs)\b[^.;]{0,30}\b(included|pu\w{0,3}shed|released|posted|made public|listed|printed|appeared)|\bnames\s+(every|each|all)\s+(man|men|buyers?|johns?)\b|\bnames\b[^.;]{0,80}?\b(and|then)\s+(pu\w{0,3}shed|printed|posted|listed)\s+(them|all|each|every)\b|\b(identity disclosure|shaming)\b", Options)]
    private static partial Regex IdentityDisclosure();

    [GeneratedRegex(@"\bchat ?bots?\b|\bautomated chat\w*|\b(deterren(ce|t)|warning) (messages?|ads?|pop[- ]?ups?|banners?)\b|\b(ads?|messages?|pop[- ]?ups?|banners?)\s+(appears?|pops? up|is shown|are shown)\s+warning\b|\bIT[- ]based\b|\bsoftware\b[^.;]{0,100}\bwarn(ing|ings|s)?\b|\bartificial intelligence\b[^.;]{0,60}\b(buyers|johns|ads?)\b|\bautomated\s+(text|sms|e-?mail|reply|replies|response|responses|messages?)\b[^.;]{0,30}\bwarn\w*|\bautomated\s+(text\s+|sms\s+)?warnings?\b", Options)]
    private static partial Regex ItBasedTactics();

    [GeneratedRegex(@"\bjohn'?s? schools?\b|\b(first[- ]offender|offender|buyer|john|demand) (education|accountability|prostitution|diversion|deterrence) (programs?|classes|class|courses?|schools?)\b"
        + @"|\b(education|educational|diversion|treatment) (programs?|classes|class|courses?)\b[^.;]{0,60}\b(johns|buyers|arrested men|men arrested|those arrested|soliciting|solicitation|patronizing)\b"
        + @"|\b(johns|buyers|arrested men|men arrested|those arrested)\b[^.;]{0,60}\b(education|educational|diversion|treatment) (programs?|classes|class|courses?)\b"
        + @"|\b(johns|buyers|men (arrested|charged|convicted))\b[^.;]{0,60}\b(class|course)\b|\b(class|course)\b[^.;]{0,30}\bfor (johns|buyers|men|those) (arrested|charged|convicted)\b"
        + @"|\b(solicitation|prostitution|john|buyers?'?)\s+(diversion|education|offender)\s+(programs?|class(es)?|courses?)\b"
        + @"|\bfirst[- ]offender (program|class|course)s?\b[^.]{0,60}\b(class|course|session|buyers|johns|soliciting|solicitation)\b", Options)]
    private static partial Regex JohnSchool();

    [GeneratedRegex(@"\bdear john letters?\b|\bletters?\b[^.;]{0,50}\b(sent|mailed)\b[^.;]{0,60}\b(registered owners?|owners? of (the |their )?(vehicles?|cars?)|vehicle owners?|homes? of|johns|buyers|arrested men)\b"
        + @"|\b(sent|mailed|send|mail|sends|mails|sending|mailing)\b[^.;]{0,30}\bletters?\b[^.;]{0,60}\b(registered owners?|vehicle owners?|owners of|johns|buyers|homes? (of|address)|households)\b"
        + @"|\b(mails?|mailed|sends?|sent)\s+(the\s+)?(registered\s+)?owners?\s+(a\s+)?letters?\b|\b(registered owners?|owners? of (the |their )?(vehicles?|cars?))\b[^.;]{0,80}\b(were|was)\s+(sent|mailed)\s+(a\s+)?letters?\b", Options)]
    private static partial Regex Letters();

    [GeneratedRegex(@"\bletters? to the editor\b", Options)]
    private static partial Regex LettersExcludes();

    [GeneratedRegex(@"\bdriver'?s'? licen[cs]es?\b[^.;]{0,40}\b(suspend\w*|revok\w*|revocation)\b|\b(suspend\w*|revok\w*|revocation of)\b[^.;]{0,30}\bdriver'?s'? licen[cs]es?\b|\blicen[cs]e suspensions?\b"
        + @"|\b(los(e|es|t|ing)|suspend\w*|revok\w*|forfeit\w*|revocation of)\s+(his|her|their|the|its)?\s*driving privileges?\b|\bdriving privileges?\b[^.;]{0,30}\b(suspend\w*|revok\w*)\b", Options)]
    private static partial Regex LicenseSuspension();

    [GeneratedRegex(@"\b(liquor|business|massage|operating|establishment|spa|bar|medical|nursing|law|teaching)('s)? licen", Options)]
    private static partial Regex LicenseSuspensionExcludes();

    [GeneratedRegex(@"\b(neighbou?rhood|residents'?|citizens'?|community) (watch(es)?|patrols?|associations?|groups?|activists?|coalitions?|organizations?)\b|\bcommunity impact (panels?|statements?)\b"
        + @"|\b(residents|neighbou?rs|citizens)\b[^.;]{0,30}\b(organized|organizing|formed|forming|launched|patrol(led|ed|ling|ing)?|took to the streets|posted signs|recorded license plates)\b"
        + @"|\b(residents|neighbou?rs|citizens|volunteers|members|watch|group|association)\b[^.;]{0,80}\b(license plates|plates|plate numbers)\b[^.;]{0,80}\b(police|officers|detectives|deputies|sheriff)"
        + @"|\b(residents|neighbou?rs|citizens|volunteers|members|watch|group|association)\b[^.;]{0,80}\b(police|officers|detectives|deputies|sheriff)\b[^.;]{0,30}\b(license plates|plates|plate numbers)\b"
        + @"|\b(phoned|called|passed|reported|handed|gave|turned)\s+(in\s+|on\s+|over\s+)?(the\s+|their\s+)?(license\s+)?plates?\b[^.;]{0,60}\b(police|officers|detectives|deputies|sheriff)", Options)]
    private static partial Regex NeighborhoodAction();

    // Residents who report to police about the trade: tips, logs or plates shared with the police count as its context.
    [GeneratedRegex(SexTrade + @"|\bbuyers?\b|\bpick(ed|ing)? up women\b|\bcruis\w+|\bplates?\b|\b(log|logs|tips|reports?|lists?)\b[^.;]{0,80}\bpolice\b", Options)]
    private static partial Regex NeighborhoodActionRequires();

    [GeneratedRegex(@"\bcomplain(t|ts|ed)\b", Options)]
    private static partial Regex NeighborhoodActionExcludes();

    [GeneratedRegex(@"\b(public[- ](awareness|service|education)|public|awareness|education(al)?|media|billboard|prevention|deterrence|ad|advertising) campaigns?\b|\bcampaign of (radio |television |tv )?(ads|spots|posters|billboards)\b|\bpublic education\b|\bpublic service announcements?\b"
        + @"|\bbillboards?\b[^.;]{0,60}\b(warn\w*|deter\w*|discourag\w*)\b"
        + @"|\b(radio|television|tv|social[- ]media|poster|bus|newspaper)\b[^.;]{0,40}\bcampaigns?\b[^.;]{0,60}\b(aimed at|targeting|directed at|for|warning)\s+(men|buyers|johns|would-be buyers|customers|drivers)\b", Options)]
    private static partial Regex PublicEducation();

    // Posters, radio spots and school lessons or presentations are public education only when they speak to buying sex.
    [GeneratedRegex(@"\b(posters?|billboards?|(radio|television|tv) (spots?|ads?)|ads? on (local )?(radio|television|tv))\b|\b(teach(es|ing)?|taught|lessons?|unit|presentations?|programs?|assembl(y|ies)|curriculum|workshops?)\b[^.;]{0,80}\b(students|high schools?|middle schools?|ninth[- ]grade|junior class|teens|young people)\b", Options)]
    private static partial Regex PublicEducationMedia();

    [GeneratedRegex(@"\b(buy(s|ing)? sex|buyers? of sex|buying a human|sex buyers?|purchas\w* sex|demand for|johns?\b|men who buy|who buy sex)", Options)]
    private static partial Regex PublicEducationMediaRequires();

    [GeneratedRegex(@"\b(buy\w*|purchas\w*|demand|johns?|buyers?|prostitut\w*|trafficking|exploitation|solicit\w*)", Options)]
    private static partial Regex PublicEducationRequires();

    [GeneratedRegex(@"(?<!\b(web|web[- ]based|online|internet)\s)\breverse[- ]stings?(?:\b|(?=(?:at|in|on|and|the)\b))|\bjohn (stings?|operations?|sweeps?)\b"
        + @"|\b(officers?|detectives?|deput(y|ies)|agents?|troopers?|police(wom[ae]n)?)\b[^.;]{0,30}\b((posed|posing|pose|acted|acting|dressed|disguised|work(ed|ing) undercover) as|pretend(ed|ing|s)? to be) (a |an |the )?(prostitu\w*|streetwalkers?|hookers?|sex workers?|escorts?|decoys?|(teen(age)? )?girls?|women|wom[ae]n selling sex|sellers?|(people|persons|someone) selling sex)\b"
        + @"|\b(officers?|detectives?|deput(y|ies)|agents?|troopers?|police(wom[ae]n)?)\b[^.;]{0,30}\b(posed|posing|pose|acted|acting|dressed|disguised) as an? woman\b"
        + @"|\b(female|undercover|plainclothes)\s+(officers?|deput(y|ies)|detectives?|agents?|troopers?|police(wom[ae]n)?)\b[^.;]{0,60}\b(wait(ed|ing)?\s+to\s+be\s+(approached|propositioned|solicited|picked up)|(was|were|being|got)\s+(approached|propositioned|solicited)\s+by\s+(men|drivers|buyers|johns|customers|an?\s+(man|driver|buyer|john|customer)))\b"
        + @"|\b(female|undercover)\s+(officers?|deputies|detectives?|agents?|police(wom[ae]n)?)\s+(as|working as|acting as)\s+(the\s+)?decoys?\b|\bas the decoy\b"
        + @"|\b(men|man|buyers?|johns?|drivers?)\b[^.;]{0,20}\b(offered|propositioned|agreed\s+to\s+pay|paid)\s+(an?\s+|the\s+)?(female\s+)?undercover\s+(officers?|detectives?|deput(y|ies)|agents?|troopers?|police(wom[ae]n)?|decoys?)\b"
        + @"|\b(female|undercover|plainclothes|decoy)\s+(officers?|deput(y|ies)|detectives?|agents?|troopers?|police(wom[ae]n)?)\s+(standing|stationed|posted|waiting|working)\b[^.;]{0,80}\b(men|drivers|buyers|johns)\b[^.;]{0,60}\b(arrested|charged|cited)\b"
        + @"|(?<!\b(online|web|internet|digital|e-?mail|text)\s)\bdecoy (officers?|operations?)\b|\bstreet[- ](level )?(stings?|operations?|decoy operations?)\b|\bsolicit\w*\s+(an?\s+|the\s+)?(female\s+)?undercover (officers?|detectives?|deputies|agents?|troopers?|police(wom[ae]n)?|decoys?)\b", Options)]
    private static partial Regex ReverseStings();

    // Officers posing as women in ads run a web sting, not a street one.
    [GeneratedRegex(@"\bweb[- ]based reverse[- ]stings?\b|\b(posed|posing|pose|acted|acting|dressed)\s+as\s+(an?\s+|the\s+)?(wom[ae]n|girls?|escorts?|prostitutes)\s+(advertising|online|on\s+(the\s+)?(internet|web)|in\s+(online\s+)?ads)\b|\b(women|females?|prostitutes|sex workers|escorts)\b[^.;]{0,30}\b(arrested|charged|cited)\b[^.;]{0,20}\bsolicit\w*\s+(an?\s+|the\s+)?(male\s+)?undercover\b", Options)]
    private static partial Regex ReverseStingsExcludes();

    [GeneratedRegex(@"\bSOAP orders?\b|\bstay[- ]out[- ]of[- ]areas?[- ]of[- ]prostitution\b|\bgeographic(al)? restraining orders?\b|\b(prostitution[- ]free|exclusion) zones?\b|\bstay[- ](out|away) (orders?|zones?)\b"
        + @"|\b(banned|barred|ordered to stay away) from (the |certain )?(area|areas|neighbou?rhoods?|zones?|corridors?|districts?)\b|\b(banned|barred)\s+(by\s+(?:[\w'-]+\s+){1,5}?)?from\s+[^.;]{0,40}\b(blocks?|streets?|corridor|row|avenue|district|zone|area)\b"
        + @"|\b(order\w*|required)\s+(?:[\w-]+\s+){0,8}?to\s+stay\s+(out|away)\s+(of|from)\b", Options)]
    private static partial Regex SoapOrders();

    [GeneratedRegex(@"\bsoap (and|&) water\b", Options)]
    private static partial Regex SoapOrdersExcludes();

    [GeneratedRegex(@"\b(web|online|internet)[- ](based )?(reverse )?(stings?|operations?)\b|\b(fake|decoy|undercover|bogus|phony|false|sting) (online |internet |web |escort |personal |classified |dating )?(ad{1,2}s?|advertisements?|postings?|listings?|profiles?)\b|\b(posed|posing|pose)\s+as\s+(an?\s+|the\s+)?(wom[ae]n|girls?|escorts?|prostitutes)\s+(advertising|online|on\s+(the\s+)?(internet|web)|in\s+(online\s+)?ads)\b"
        + @"|\b(ads?|advertisements?|postings?|listings?)\b[^.;]{0,30}\b(on|to|at|in|via|through) (a |an |the |various |several |two |local )?(adult |online )?(websites?|web ?sites?|internet|online|social media|dating (apps?|sites?)|((escort|classifieds?|dating|sex) (and|or) )?(escort|classifieds?|dating|sex) ?(sites?|websites?|pages|apps?)|backpage(\.com)?|craigslist(\.org)?|listcrawler|skipthegames|megapersonals|eros(\.com)?)\b"
        + @"|\b(backpage|craigslist)( ads?| advertisements?| postings?| listings?)\b|\b(responded|responding|replied|replying) to (an? |the |their )?(online |internet |prostitution |decoy |fake |sex |escort |undercover |personal |classified )*(ads?|advertisements?|postings?)\b"
        + @"|\b(answered|answering)\s+(an?\s+|the\s+|their\s+)?(online\s+|decoy\s+|fake\s+|escort\s+)?(ads?|advertisements?)\b", Options)]
    private static partial Regex WebStings();
}
