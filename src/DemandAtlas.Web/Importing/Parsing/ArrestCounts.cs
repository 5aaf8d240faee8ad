using System.Text.RegularExpressions;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>Who a count of arrests is about.</summary>
public enum ArrestSide
{
    /// <summary>Men, johns, buyers, customers: the people an operation against demand arrests.</summary>
    Buyers,

    /// <summary>Women or girls, prostitutes, pimps, traffickers: never a buyer operation.</summary>
    Sellers,

    /// <summary>People, suspects, "eleven more": taken for buyers only when nothing better is said.</summary>
    Unknown,
}

/// <summary>A number of people a sentence says were arrested; <paramref name="Stated"/> when it says outright they were men ("17 were men").</summary>
public sealed record ArrestCount(int Count, ArrestSide Side, bool Stated = false);

/// <summary>
/// Counts of arrests and who they were of, read word by word rather than by one large pattern (which backtracked
/// for seconds on long sentences): "arrested 10 area men", "Fourteen men who answered the ads … were arrested",
/// "led to the arrests of 61 men", "five arrests", "a dozen", "eleven more were arrested", "Of the 23 people arrested,
/// 17 were men". Arrests of women, prostitutes, pimps or traffickers, and of men charged with trafficking, are
/// sellers' arrests: they never make a buyer operation.
/// </summary>
public static partial class ArrestCounts
{
    private static readonly HashSet<string> BuyerNouns = new(StringComparer.Ordinal)
    {
        "men", "man", "males", "guys", "johns", "buyers", "buyer", "customers", "clients", "patrons", "purchasers", "motorists", "drivers",
    };

    private static readonly HashSet<string> SellerNouns = new(StringComparer.Ordinal)
    {
        "women", "woman", "girls", "girl", "females", "prostitutes", "workers", "escorts", "pimps", "traffickers",
    };

    private static readonly HashSet<string> OtherNouns = new(StringComparer.Ordinal)
    {
        "people", "persons", "individuals", "suspects", "adults",
    };

    /// <summary>Words that may stand between an arrest verb and its count ("arrested a total of 27 men", "a combined 31").</summary>
    private static readonly HashSet<string> BeforeCount = new(StringComparer.Ordinal)
    {
        "a", "total", "combined", "of", "at", "least", "some", "about", "more", "than", "nearly", "another", "over", "approximately", "roughly", "around", "the", "an", "all",
    };

    /// <summary>Words that end the search for a count's noun or verb: the next clause has begun.</summary>
    private static readonly HashSet<string> ClauseEnds = new(StringComparer.Ordinal)
    {
        ";", "but", "none", "no", "while", "although", "whereas", "though",
    };

    /// <summary>What may follow a count that stands alone after its arrest verb: the clause ends, or a place or time follows.</summary>
    private static readonly HashSet<string> EllipsisEnds = new(StringComparer.Ordinal)
    {
        ",", ";", "and", "at", "in", "on", "during", "over", "after", "near", "inside", "across", "for", "that", "when", "while",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "were", "was", "been", "being", "got", "are", "is", "had", "have", "has", "later", "also", "all", "then", "each", "subsequently", "eventually",
    };

    public static List<ArrestCount> In(string sentence)
    {
        var counts = new List<ArrestCount>();
        if (!ArrestWord().IsMatch(sentence))
        {
            return counts;
        }

        var tokens = Tokens(sentence);
        // The noun (or count) that ended the last count taken: "arrested six women and fourteen men" counts both.
        var lastTaken = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Number(tokens, i, sentence) is not var (value, used))
            {
                continue;
            }

            var after = i + used;
            if (IsWord(tokens, after, "were", "are") && after + 1 < tokens.Count && BuyerNouns.Contains(tokens[after + 1].Text))
            {
                counts.Add(new ArrestCount(value, ArrestSide.Buyers, Stated: true));
                continue;
            }

            i += used - 1;
            var (noun, nounIndex) = NounAfter(tokens, after);
            // The end of the counted subject: its noun, or the "more" of "eleven more were arrested".
            var subjectEnd = noun is not null ? nounIndex : IsWord(tokens, after, "more") ? after : -1;
            // "five arrests", "six more arrests": the count is of arrests themselves; "64 buyer arrests" says whose.
            var ofArrests = IsWord(tokens, after, "arrests") || (IsWord(tokens, after + 1, "arrests") && !IsArrestVerb(tokens[after].Text) && (noun is null || nounIndex == after));
            var before = ArrestVerbBefore(tokens, after - used);
            // "the arrests of nine": a count after "arrests of" needs no noun.
            ofArrests |= before == Before.ArrestsOf;
            // "Eleven who showed up at the motel were charged": a bare count is the subject of its own relative clause.
            var relative = noun is null && IsWord(tokens, after, "who") && RelativeThenArrest(tokens, after + 1);
            // "a third netted 19", "arrested 11 at a motel": the arrest verb's count stands alone, its noun understood.
            var elliptical = noun is null && before == Before.Verb && (after >= tokens.Count || EllipsisEnds.Contains(tokens[after].Text));
            // "Both were arrested", "Nine were charged": a bare count is the subject of the arrest.
            var bare = noun is null && IsWord(tokens, after, "were", "was") && ArrestVerbAfter(tokens, after);
            // "the arrests of six women for prostitution and fourteen men for soliciting them": a count joined by "and"
            // to one just taken shares its arrest.
            var joined = lastTaken >= 0 && i - used >= 0 && IsWord(tokens, i - used, "and") && i - used - lastTaken <= 6
                && !tokens.Skip(lastTaken + 1).Take(i - used - lastTaken - 1).Any(t => t.Text is ";" || ClauseEnds.Contains(t.Text) || IsArrestVerb(t.Text));
            var related = before != Before.None
                || ofArrests
                || relative
                || bare
                || (joined && noun is not null)
                || (subjectEnd >= 0 && ArrestVerbAfter(tokens, subjectEnd + 1));
            if (!related || (noun is null && !ofArrests && !relative && !elliptical && !bare && !IsWord(tokens, after, "more")))
            {
                continue;
            }

            lastTaken = noun is not null ? nounIndex : after - 1;

            var side = noun is null ? ArrestSide.Unknown
                : SellerNouns.Contains(noun) ? ArrestSide.Sellers
                : OtherNouns.Contains(noun) ? ArrestSide.Unknown
                : ArrestSide.Buyers;
            if (side != ArrestSide.Sellers && SellerCharge().IsMatch(sentence[tokens[nounIndex >= 0 ? nounIndex : Math.Min(ofArrests ? after : after - 1, tokens.Count - 1)].End..]))
            {
                side = ArrestSide.Sellers;
            }

            counts.Add(new ArrestCount(value, side));
        }

        return counts;
    }

    /// <summary>The number of buyers a sentence says were arrested, or null: a stated count first, then buyers, then people.</summary>
    public static int? Buyers(IReadOnlyList<ArrestCount> counts) =>
        (counts.FirstOrDefault(c => c.Stated) ?? counts.FirstOrDefault(c => c.Side == ArrestSide.Buyers)
            ?? counts.FirstOrDefault(c => c.Side == ArrestSide.Unknown))?.Count;

    /// <summary>True when the sentence counts arrests only of sellers, pimps or traffickers.</summary>
    public static bool OnlySellers(IReadOnlyList<ArrestCount> counts) =>
        counts.Count > 0 && counts.All(c => c.Side == ArrestSide.Sellers);

    private static (string? Noun, int Index) NounAfter(List<Token> tokens, int start)
    {
        // "arrests of 61 men": the noun of "N arrests" follows its "of".
        if (IsWord(tokens, start, "arrests") && IsWord(tokens, start + 1, "of"))
        {
            start += 2;
        }

        for (var i = start; i < tokens.Count && i <= start + 3; i++)
        {
            var word = tokens[i].Text;
            if (BuyerNouns.Contains(word) || SellerNouns.Contains(word) || OtherNouns.Contains(word))
            {
                return (word, i);
            }

            // Another count ends this one's phrase: in "over the three years 38 men were arrested" the men are the 38's.
            if (word is "," or ";" or ":" or "and" or "or" or "of" or "in" or "at" or "on" or "for" or "to" or "with" or "who" or "that" || IsArrestVerb(word) || Auxiliaries.Contains(word)
                || (i > start && NumberWords.Parse(word) is not null))
            {
                break;
            }
        }

        return (null, -1);
    }

    private enum Before { None, Verb, ArrestsOf }

    private static Before ArrestVerbBefore(List<Token> tokens, int number)
    {
        for (var i = number - 1; i >= 0 && i >= number - 4; i--)
        {
            var word = tokens[i].Text;
            // "the arrests of nine", and the breakdown of a total: "19 arrests: eleven men … and eight women …".
            if (word is "of" or ":" && i > 0 && tokens[i - 1].Text is "arrest" or "arrests")
            {
                return Before.ArrestsOf;
            }

            if (IsArrestVerb(word) || word is "arrest")
            {
                return Before.Verb;
            }

            if (!BeforeCount.Contains(word))
            {
                return Before.None;
            }
        }

        return Before.None;
    }

    /// <summary>
    /// "… men were arrested", "men arrested for", "men who answered the ads and came to the room were arrested": the
    /// first predicate after the noun, within one clause, is an arrest.
    /// </summary>
    private static bool ArrestVerbAfter(List<Token> tokens, int start)
    {
        for (var i = start; i < tokens.Count && i < start + 16; i++)
        {
            var word = tokens[i].Text;
            if (IsArrestVerb(word) || IntoCustody(tokens, i))
            {
                return true;
            }

            if (ClauseEnds.Contains(word))
            {
                return false;
            }

            if (word is "were" or "was" or "are" or "is" or "got")
            {
                // The subject's own predicate: an arrest, or something else ("were seen"), which ends the search.
                var next = i + 1;
                while (next < tokens.Count && Auxiliaries.Contains(tokens[next].Text))
                {
                    next++;
                }

                return next < tokens.Count && (IsArrestVerb(tokens[next].Text) || IntoCustody(tokens, next));
            }
        }

        return false;
    }

    /// <summary>"who showed up at the motel were charged": the relative clause, within one clause, is followed by an arrest.</summary>
    private static bool RelativeThenArrest(List<Token> tokens, int start)
    {
        for (var i = start; i < tokens.Count && i < start + 16; i++)
        {
            var word = tokens[i].Text;
            if (word is "," || ClauseEnds.Contains(word))
            {
                return false;
            }

            if (i > start && word is "were" or "was")
            {
                var next = i + 1;
                while (next < tokens.Count && Auxiliaries.Contains(tokens[next].Text))
                {
                    next++;
                }

                return next < tokens.Count && (IsArrestVerb(tokens[next].Text) || IntoCustody(tokens, next));
            }
        }

        return false;
    }

    private static bool IsArrestVerb(string word) =>
        word is "arrested" or "arresting" or "charged" or "cited" or "detained" or "apprehended" or "booked" or "netted" or "nabbed"
        || (word.StartsWith("ar", StringComparison.Ordinal) && ArrestTypo().IsMatch(word));

    /// <summary>"were taken into custody": the arrest told in the words of a police release.</summary>
    private static bool IntoCustody(List<Token> tokens, int index) =>
        IsWord(tokens, index, "taken") && IsWord(tokens, index + 1, "into") && IsWord(tokens, index + 2, "custody");

    private static bool IsWord(List<Token> tokens, int index, params ReadOnlySpan<string> words) =>
        index < tokens.Count && words.Contains(tokens[index].Text);

    /// <summary>A count at <paramref name="index"/>: digits, number words ("twenty-three", "twenty three"), dozens.</summary>
    private static (int Value, int Used)? Number(List<Token> tokens, int index, string sentence)
    {
        var first = tokens[index];
        if (first.Start > 0 && sentence[first.Start - 1] is '$' or '-' or '/' or '#' or ':')
        {
            return null;
        }

        if (first.Text is "a" or "one" or "two" or "three" && IsWord(tokens, index + 1, "dozen"))
        {
            return (NumberWords.Parse($"{first.Text} dozen") ?? 12, 2);
        }

        if (first.Text == "half" && IsWord(tokens, index + 1, "a") && IsWord(tokens, index + 2, "dozen"))
        {
            return (6, 3);
        }

        if (first.Text is "a" or "one" or "an")
        {
            return null;
        }

        // "Both were arrested": two, when "both" is the subject of what follows.
        if (first.Text == "both" && IsWord(tokens, index + 1, "were", "men"))
        {
            return (2, 1);
        }

        // "twenty three", written without its hyphen: a tens word and a unit word.
        if (index + 1 < tokens.Count && Tens.Contains(first.Text) && Units.Contains(tokens[index + 1].Text)
            && NumberWords.Parse($"{first.Text}-{tokens[index + 1].Text}") is { } pair)
        {
            return (pair, 2);
        }

        var value = NumberWords.Parse(first.Text);
        // Years and sums are not head counts; neither is zero.
        return value is > 0 and < 1900 || (value is > 2100 && char.IsAsciiDigit(first.Text[0])) ? (value.Value, 1) : null;
    }

    private static readonly HashSet<string> Tens = new(StringComparer.Ordinal) { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };

    private readonly record struct Token(string Text, int Start, int End);

    /// <summary>Lower-case words (digits with thousands separators kept whole) and the punctuation that ends a clause.</summary>
    private static List<Token> Tokens(string sentence)
    {
        var tokens = new List<Token>(sentence.Length / 5);
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < sentence.Length && (char.IsLetterOrDigit(sentence[i]) || sentence[i] is '\'' or '-'
                    || (sentence[i] == ',' && char.IsAsciiDigit(c) && i + 3 < sentence.Length && char.IsAsciiDigit(sentence[i + 1]) && char.IsAsciiDigit(sentence[i + 3]) && char.IsAsciiDigit(sentence[i + 2]))))
                {
                    i++;
                }

                var word = sentence[start..i].TrimEnd('\'', '-').ToLowerInvariant();
                // "Twelvemen were arrested": a count run together with its noun is read as the two words.
                if (word.Length > 5 && RunTogether().Match(word) is { Success: true } joined)
                {
                    var split = start + joined.Groups["count"].Length;
                    tokens.Add(new Token(joined.Groups["count"].Value, start, split));
                    tokens.Add(new Token(joined.Groups["noun"].Value, split, start + word.Length));
                    continue;
                }

                tokens.Add(new Token(word, start, i));
                continue;
            }

            if (c is ',' or ';' or ':')
            {
                tokens.Add(new Token(c.ToString(), i, i + 1));
            }

            i++;
        }

        return tokens;
    }

    [GeneratedRegex(@"ar{1,2}est|charged|cited|detained|apprehended|netted|nabbed|booked|into custody", RegexOptions.IgnoreCase)]
    private static partial Regex ArrestWord();

    [GeneratedRegex(@"^(?<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?<noun>men|women|johns|buyers)$")]
    private static partial Regex RunTogether();

    [GeneratedRegex(@"^ar{1,2}e?st(?:ed|ing)$")]
    private static partial Regex ArrestTypo();

    // What the counted people were arrested for, when it makes them sellers or traffickers rather than buyers. Only
    // the charge or the role counts: "arrested during a human trafficking sting" is still a buyer operation. A
    // charge may be a pimp's in other words ("compelling prostitution", "deriving support from" its proceeds), and
    // who the counted were may follow as an aside ("forty arrests, nearly all of them of women"). Terse notes write
    // "with" as "w/". A charge after "along with the arrest of two men" is theirs, not the first count's.
    [GeneratedRegex(@"^(?:(?!\balong\s+with\b|\bas\s+well\s+as\b|\b(?:the\s+)?arrests?\s+of\b)[^.;]){0,90}?\b(?:who\s+(?:had\s+)?(?:been\s+)?(?:trafficked|trafficking|pimped|pimping|prostituting)|(?:for|with|w/|of)\s+(?:human\s+|sex\s+|child\s+sex\s+)?(?:trafficking|pimping|pandering|(?:promoting|compelling)\s+prostitution|deriving\s+support\s+from|living\s+off\s+the\s+(?:earnings|proceeds)|racketeering)\b|on\s+(?:[\w-]+\s+){0,2}?(?:trafficking|pimping|pandering)\s+charges|were\s+(?:all\s+)?(?:the\s+)?arrests\s+of\s+(?:women|girls|prostitutes|sex\s+workers|escorts)\b|(?:for|with|w/)\s+(?:keeping|running|operating|maintaining)\s+(?:a\s+)?(?:brothel|bawdy\s+house|disorderly\s+house|(?:place|house)\s+of\s+prostitution)"
        + @"|,\s+(?:nearly\s+|almost\s+)?(?:all|most)\s+of\s+(?:them|those)\s+(?:were\s+)?(?:of\s+)?(?:women|girls|prostitutes|sex\s+workers|escorts)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SellerCharge();
}
