using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Jurisdictions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace DemandAtlas.Tests.Pages.Jurisdictions;

public sealed class JurisdictionFilterTests
{
    private static readonly Dictionary<string, TacticRef> Tactics = new(StringComparer.Ordinal)
    {
        ["web-stings"] = new(15, "web-stings", "Web Stings"),
        ["john-school"] = new(8, "john-school", "John School"),
    };

    [Fact]
    public void A_valid_query_parses_into_one_filter_with_normalised_values()
    {
        var query = Query(
            ("tactic", ["web-stings", "john-school", "web-stings"]), ("match", ["any"]), ("state", ["ma"]), ("type", ["town"]),
            ("minPop", ["1,000"]), ("maxPop", ["50000"]), ("q", ["  Worcester "]), ("sort", ["-population"]), ("page", ["2"]), ("pageSize", ["50"]));

        var filter = JurisdictionFilter.Parse(query, Tactics).Filter!;

        Assert.Equal(["web-stings", "john-school"], filter.Tactics.Select(t => t.Slug));
        Assert.False(filter.MatchAll);
        Assert.Equal("MA", filter.State);
        Assert.Equal(JurisdictionType.Town, filter.Type);
        Assert.Equal(1000, filter.MinPopulation);
        Assert.Equal(50000, filter.MaxPopulation);
        Assert.Equal("Worcester", filter.Text);
        Assert.Equal(JurisdictionSort.PopulationDescending, filter.Sort);
        Assert.Equal((2, 50), (filter.Page, filter.PageSize));
    }

    [Fact]
    public void The_canonical_query_string_round_trips_and_leaves_out_defaults()
    {
        var filter = new JurisdictionFilter { Tactics = [Tactics["web-stings"], Tactics["john-school"]], MatchAll = false, State = "VT", Text = "a&b", Page = 3 };

        var query = filter.ToQueryString();
        var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        var again = JurisdictionFilter.Parse(new QueryCollection(parsed), Tactics).Filter!;

        Assert.Equal("?tactic=web-stings&tactic=john-school&match=any&state=vt&q=a%26b&page=3", query);
        Assert.Equal(filter.ToQueryString(), again.ToQueryString());
        Assert.Equal("", new JurisdictionFilter().ToQueryString());
    }

    [Fact]
    public void Removing_an_active_filter_keeps_the_others_and_returns_to_page_one()
    {
        var filter = new JurisdictionFilter { Tactics = [Tactics["web-stings"]], State = "VT", Page = 4 };

        var active = filter.ActiveFilters("/jurisdictions");

        Assert.Equal(["Tactic: Web Stings", "State: Vermont"], active.Select(a => a.Label));
        Assert.Equal("/jurisdictions?state=vt", active[0].RemoveLink);
        Assert.Equal("/jurisdictions?tactic=web-stings", active[1].RemoveLink);
    }

    [Theory]
    [InlineData("page", "0")]
    [InlineData("page", "1.5")]
    [InlineData("pageSize", "101")]
    [InlineData("minPop", "-1")]
    [InlineData("state", "Massachusetts")]
    [InlineData("type", "1")]
    [InlineData("sort", "Name")]
    public void Out_of_range_values_are_refused_with_a_message_that_does_not_repeat_them(string key, string value)
    {
        var result = JurisdictionFilter.Parse(Query((key, [value])), Tactics);

        Assert.Null(result.Filter);
        var message = Assert.Single(result.Errors[key]);
        Assert.DoesNotContain($" {value}", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?state=ma&state=vt", "state")]
    [InlineData("?match=all&match=any", "match")]
    [InlineData("?page=1&page=2", "page")]
    [InlineData("?sort=name&sort=-name", "sort")]
    [InlineData("?q=a&q=b", "q")]
    [InlineData("?minPop=1&minPop=000", "minPop")]
    public void A_single_valued_parameter_given_twice_is_refused(string query, string key)
    {
        var result = JurisdictionFilter.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)), Tactics);

        Assert.Null(result.Filter);
        Assert.Equal(key, Assert.Single(result.Errors).Key);
    }

    [Fact]
    public void A_page_whose_address_fixes_a_field_ignores_that_parameter()
    {
        var filter = JurisdictionFilter.Parse(Query(("state", ["not a state"]), ("q", ["Worcester"])), Tactics, ignoring: "state").Filter!;

        Assert.Null(filter.State);
        Assert.Equal("?q=Worcester", filter.ToQueryString());
    }

    [Fact]
    public void The_population_range_must_not_be_upside_down()
    {
        var result = JurisdictionFilter.Parse(Query(("minPop", ["5000"]), ("maxPop", ["100"])), Tactics);

        Assert.Equal(["The largest population must not be below the smallest."], result.Errors["maxPop"]);
    }

    [Fact]
    public void Every_field_has_its_own_key_and_a_description()
    {
        Assert.Equal(JurisdictionFilterFields.All.Count, JurisdictionFilterFields.All.Select(f => f.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(JurisdictionFilterFields.All, f => Assert.False(string.IsNullOrWhiteSpace(f.Description), f.Key));
    }

    private static QueryCollection Query(params (string Key, string[] Values)[] pairs) =>
        new(pairs.ToDictionary(p => p.Key, p => new StringValues(p.Values)));
}
