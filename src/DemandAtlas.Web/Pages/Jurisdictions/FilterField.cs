using Microsoft.Extensions.Primitives;

namespace DemandAtlas.Web.Pages.Jurisdictions;

/// <summary>What reading a field's raw text gave: the filter with the field applied, or the rule it broke.</summary>
public readonly record struct FieldRead<TFilter>(TFilter Filter, string? Error);

/// <summary>An active-filter chip before it has a link: its label and the filter without it.</summary>
public readonly record struct FieldCondition<TFilter>(string Label, TFilter Without);

/// <summary>
/// One query parameter of a list filter, described once: binding, validation, the canonical query string, the
/// removable "active filter" chips and the OpenAPI parameter all come from here (<see cref="FilterFields"/> reads and
/// writes a list of them). <see cref="Read"/> gets every value the query has for <see cref="Key"/> (none when it is
/// absent) and the directory's tactics; its error describes the rule and never repeats the input.
/// </summary>
public sealed record FilterField<TFilter>(
    string Key,
    string Description,
    bool Repeats,
    Func<TFilter, StringValues, IReadOnlyDictionary<string, TacticRef>, FieldRead<TFilter>> Read,
    Func<TFilter, IEnumerable<string>> Write,
    Func<TFilter, IEnumerable<FieldCondition<TFilter>>> Conditions)
{
    /// <summary>A rule across fields (say, not below the smallest), checked once every field is read; its error is filed under <see cref="Key"/>.</summary>
    public Func<TFilter, string?>? Check { get; init; }

    /// <summary>The same field for a filter that holds this one (the operation list's place conditions are a jurisdiction filter).</summary>
    public FilterField<TOuter> Over<TOuter>(Func<TOuter, TFilter> inner, Func<TOuter, TFilter, TOuter> with) => new(
        Key,
        Description,
        Repeats,
        (outer, values, tactics) =>
        {
            var read = Read(inner(outer), values, tactics);
            return new(with(outer, read.Filter), read.Error);
        },
        outer => Write(inner(outer)),
        outer => Conditions(inner(outer)).Select(c => new FieldCondition<TOuter>(c.Label, with(outer, c.Without))))
    {
        Check = Check is { } check ? outer => check(inner(outer)) : null,
    };

    /// <summary>This field with its canonical value(s) written only when <paramref name="when"/> holds (`match=any` means nothing with one tactic).</summary>
    public FilterField<TFilter> WrittenOnlyWhen(Func<TFilter, bool> when)
    {
        var write = Write;
        return this with { Write = filter => when(filter) ? write(filter) : [] };
    }
}
