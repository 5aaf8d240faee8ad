using DemandAtlas.Web.Pages.Jurisdictions;
using DemandAtlas.Web.Pages.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace DemandAtlas.Tests.Pages.Operations;

public sealed class OperationFilterTests
{
    private static readonly Dictionary<string, TacticRef> Tactics =
        new TacticRef[] { new(11, "reverse-stings", "Reverse Stings"), new(9, "letters", "Letters") }.ToDictionary(t => t.Slug, StringComparer.Ordinal);

    private static (OperationFilter? Filter, IReadOnlyDictionary<string, string[]> Errors) Parse(string query) =>
        OperationFilter.Parse(new QueryCollection(QueryHelpers.ParseQuery(query)), Tactics);

    [Fact]
    public void The_place_conditions_go_to_where_and_the_years_beside_them_and_both_write_back_in_order()
    {
        var filter = Parse("?page=2&to=2020&from=2015&q=Salem&state=MA&match=any&tactic=letters&tactic=reverse-stings").Filter!;

        Assert.Equal(["letters", "reverse-stings"], filter.Where.Tactics.Select(t => t.Slug));
        Assert.False(filter.Where.MatchAll);
        Assert.Equal(("MA", "Salem", 2), (filter.Where.State, filter.Where.Text, filter.Where.Page));
        Assert.Equal((2015, 2020), (filter.FromYear, filter.ToYear));
        Assert.Equal("?tactic=letters&tactic=reverse-stings&match=any&state=ma&q=Salem&from=2015&to=2020&page=2", filter.ToQueryString());
    }

    [Fact]
    public void Evidence_and_sort_are_not_operation_filters_and_are_left_alone()
    {
        var filter = Parse("?evidence=nonsense&sort=nonsense").Filter!;

        Assert.Equal(("", false, JurisdictionSort.Name), (filter.ToQueryString(), filter.Where.StatedOnly, filter.Where.Sort));
    }

    [Theory]
    [InlineData("?from=20x0", "from", "Years must be four-digit years from 1900 to 2100.")]
    [InlineData("?to=2,020", "to", "Years must be four-digit years from 1900 to 2100.")]
    [InlineData("?from=2020&to=2010", "to", "The last year must not be before the first.")]
    [InlineData("?minPop=10&maxPop=5", "maxPop", "The largest population must not be below the smallest.")]
    [InlineData("?tactic=web-stings", "tactic", "A tactic in the filter is not one of the directory's tactics; choose them from the list.")]
    public void Invalid_values_are_refused_under_their_key_with_the_rule(string query, string key, string message)
    {
        var (filter, errors) = Parse(query);

        Assert.Null(filter);
        Assert.Equal([message], errors[key]);
    }
}
