using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>
/// Reads and writes a list of <see cref="FilterField{TFilter}"/>, and makes the few kinds of field the lists use. A
/// field's "none" value is what an absent or blank parameter means: it is never written back and shows no chip.
/// </summary>
public static class FilterFields
{
    /// <summary>The filter the query describes, or every rule it broke by key (the messages never repeat the input).</summary>
    public static (TFilter? Filter, IReadOnlyDictionary<string, string[]> Errors) Parse<TFilter>(
        this IEnumerable<FilterField<TFilter>> fields, TFilter empty, IQueryCollection query,
        IReadOnlyDictionary<string, TacticRef> knownTactics, IReadOnlyCollection<string>? ignoring = null)
        where TFilter : class
    {
        var read = fields.Where(f => ignoring?.Contains(f.Key) != true).ToList();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var filter = empty;
        foreach (var field in read)
        {
            (filter, var error) = field.Read(filter, query.TryGetValue(field.Key, out var values) ? values : StringValues.Empty, knownTactics);
            if (error is not null)
            {
                errors[field.Key] = [error];
            }
        }

        foreach (var field in read)
        {
            if (field.Check is { } check && !errors.ContainsKey(field.Key) && check(filter) is { } message)
            {
                errors[field.Key] = [message];
            }
        }

        return errors.Count > 0 ? (null, errors) : (filter, errors);
    }

    /// <summary>The canonical query string (with its `?`, or empty): the fields in order, defaults left out.</summary>
    public static string ToQueryString<TFilter>(this IEnumerable<FilterField<TFilter>> fields, TFilter filter) =>
        QueryString.Create(fields.SelectMany(f => f.Write(filter).Select(value => new KeyValuePair<string, string?>(f.Key, value)))).ToString();

    /// <summary>A single-valued field; <paramref name="parse"/> gets the trimmed, non-blank text.</summary>
    public static FilterField<TFilter> Value<TFilter, T>(
        string key, string description, string message, Func<string, (bool Ok, T Value)> parse, Func<T, string> format,
        Func<TFilter, T> get, Func<TFilter, T, TFilter> set, T none, Func<T, string>? label = null)
    {
        var comparer = EqualityComparer<T>.Default;
        return new(
            key,
            description,
            Repeats: false,
            (filter, values, _) =>
            {
                // Given twice, a single-valued parameter is refused: joined the way model binding joins it, "1,2" would
                // read as page 12 and "a,b" as one search.
                if (values.Count > 1)
                {
                    return new(filter, message);
                }

                if (string.IsNullOrWhiteSpace(values.ToString()))
                {
                    return new(filter, null);
                }

                var (ok, value) = parse(values.ToString().Trim());
                return ok ? new(set(filter, value), null) : new(filter, message);
            },
            filter => comparer.Equals(get(filter), none) ? [] : [format(get(filter))],
            filter => label is null || comparer.Equals(get(filter), none) ? [] : [new(label(get(filter)), set(filter, none))]);
    }

    /// <summary>One of a fixed set of words; the canonical value is the word the choice is listed under.</summary>
    public static FilterField<TFilter> Choice<TFilter, T>(
        string key, string description, string message, IReadOnlyDictionary<string, T> choices,
        Func<TFilter, T> get, Func<TFilter, T, TFilter> set, T none, Func<T, string>? label = null) =>
        Value(
            key, description, message,
            text => choices.TryGetValue(text, out var value) ? (true, value) : (false, none),
            value => choices.First(c => EqualityComparer<T>.Default.Equals(c.Value, value)).Key,
            get, set, none, label);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; thousands separators are what people type ("20,000").</summary>
    public static FilterField<TFilter> Number<TFilter>(
        string key, string description, string message, int min, int max,
        Func<TFilter, int?> get, Func<TFilter, int?, TFilter> set, int? none = null, Func<int?, string>? label = null) =>
        Whole(key, description, message, min, max, thousands: true, get, set, none, label);

    /// <summary>A year from <paramref name="earliest"/> to <paramref name="latest"/>, digits only.</summary>
    public static FilterField<TFilter> Year<TFilter>(
        string key, string description, int earliest, int latest, Func<TFilter, int?> get, Func<TFilter, int?, TFilter> set) =>
        Whole(key, description, $"Years must be four-digit years from {earliest} to {latest}.", earliest, latest, thousands: false, get, set, none: null, label: null);

    /// <summary>Free text of at most <paramref name="maxLength"/> characters, trimmed.</summary>
    public static FilterField<TFilter> Text<TFilter>(
        string key, string description, string message, int maxLength,
        Func<TFilter, string?> get, Func<TFilter, string?, TFilter> set, Func<string?, string>? label = null) =>
        Value(key, description, message, text => (text.Length <= maxLength, text), text => text!, get, set, none: null, label);

    /// <summary>Repeated tactic slugs, each one of the directory's, kept once each in the order given; a chip per tactic.</summary>
    public static FilterField<TFilter> Tactics<TFilter>(
        string key, string description, string message,
        Func<TFilter, IReadOnlyList<TacticRef>> get, Func<TFilter, IReadOnlyList<TacticRef>, TFilter> set, Func<TacticRef, string> label) => new(
        key,
        description,
        Repeats: true,
        (filter, values, known) =>
        {
            var tactics = new List<TacticRef>();
            string? error = null;
            foreach (var slug in values.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()))
            {
                if (!known.TryGetValue(slug, out var tactic))
                {
                    error = message;
                }
                else if (!tactics.Contains(tactic))
                {
                    tactics.Add(tactic);
                }
            }

            return new(set(filter, tactics), error);
        },
        filter => get(filter).Select(t => t.Slug),
        filter => get(filter).Select(t => new FieldCondition<TFilter>(label(t), set(filter, [.. get(filter).Where(other => other != t)]))));

    private static FilterField<TFilter> Whole<TFilter>(
        string key, string description, string message, int min, int max, bool thousands,
        Func<TFilter, int?> get, Func<TFilter, int?, TFilter> set, int? none, Func<int?, string>? label) =>
        Value(
            key, description, message,
            text => int.TryParse(thousands ? text.Replace(",", "", StringComparison.Ordinal) : text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                && value >= min && value <= max ? (true, value) : (false, none),
            value => value!.Value.ToString(CultureInfo.InvariantCulture),
            get, set, none, label);
}
