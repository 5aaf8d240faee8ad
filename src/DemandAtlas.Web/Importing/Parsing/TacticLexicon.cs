using DemandAtlas.Web.Domain;

namespace DemandAtlas.Web.Importing.Parsing;

/// <summary>
/// Tactic names and aliases → tactic slug. Matching goes through <see cref="TacticCatalog.Key"/> (case, hyphens,
/// curly quotes) and tolerates a plural or singular last word. Staff edit aliases, so the importer builds this from
/// the database; tests build it from the catalog.
/// </summary>
public sealed class TacticLexicon
{
    private readonly Dictionary<string, string> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly List<(string Key, string Slug)> longestFirst;

    public TacticLexicon(IEnumerable<(string Slug, string Name)> tactics, IEnumerable<(string Slug, string Alias)> aliases)
    {
        foreach (var (slug, name) in tactics)
        {
            names[slug] = name;
            Add(name, slug);
        }

        foreach (var (slug, alias) in aliases)
        {
            Add(alias, slug);
        }

        longestFirst = [.. byKey.OrderByDescending(p => p.Key.Length).Select(p => (p.Key, p.Value))];
    }

    public IReadOnlyDictionary<string, string> Names => names;

    /// <summary>True when both name every tactic alike and read every phrase as the same tactic.</summary>
    public bool SameAs(TacticLexicon other) =>
        names.Count == other.names.Count && names.All(p => other.names.GetValueOrDefault(p.Key) == p.Value)
        && longestFirst.SequenceEqual(other.longestFirst);

    public static TacticLexicon FromCatalog() => new(
        TacticCatalog.All.Select(e => (e.Slug, e.Name)),
        TacticCatalog.All.SelectMany(e => e.Aliases.Select(a => (e.Slug, a))));

    /// <summary>The slug for a whole name ("web-based reverse stings", "Shaming"), or null.</summary>
    public string? Resolve(string name)
    {
        var key = TacticCatalog.Key(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (byKey.TryGetValue(key, out var slug))
        {
            return slug;
        }

        // "Reverse Sting" / "SOAP Order" / "John Schools": try the other number of the last word.
        var alternative = key.EndsWith("ies", StringComparison.Ordinal) ? key[..^3] + "y"
            : key.EndsWith('s') ? key[..^1]
            : key + "s";
        return byKey.GetValueOrDefault(alternative);
    }

    /// <summary>
    /// The tactic of the longest name or alias that appears as whole words inside a phrase, so
    /// "Old Web-Based Reverse Stings" means web stings, not reverse stings.
    /// </summary>
    public string? FindLongestIn(string phrase)
    {
        var key = " " + TacticCatalog.Key(phrase) + " ";
        foreach (var (aliasKey, slug) in longestFirst)
        {
            if (key.Contains(" " + aliasKey + " ", StringComparison.Ordinal)
                || (!aliasKey.EndsWith('s') && key.Contains(" " + aliasKey + "s ", StringComparison.Ordinal)))
            {
                return slug;
            }
        }

        return null;
    }

    private void Add(string name, string slug)
    {
        var key = TacticCatalog.Key(name);
        if (key.Length > 0)
        {
            byKey.TryAdd(key, slug);
        }
    }
}
