using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Pages.Jurisdictions;

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
        var input = new JurisdictionFilterInput
        {
            Tactic = ["web-stings", "john-school", "web-stings"], Match = "any", State = "ma", Type = "town",
            MinPop = "1,000", MaxPop = "50000", Q = "  Worcester ", Sort = "-population", Page = "2", PageSize = "50",
        };

        var filter = JurisdictionFilter.Parse(input, Tactics).Filter!;

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
        var again = JurisdictionFilter.Parse(JurisdictionFilterInput.From(new Microsoft.AspNetCore.Http.QueryCollection(parsed)), Tactics).Filter!;

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
        var input = key switch
        {
            "page" => new JurisdictionFilterInput { Page = value },
            "pageSize" => new JurisdictionFilterInput { PageSize = value },
            "minPop" => new JurisdictionFilterInput { MinPop = value },
            "state" => new JurisdictionFilterInput { State = value },
            "type" => new JurisdictionFilterInput { Type = value },
            _ => new JurisdictionFilterInput { Sort = value },
        };

        var result = JurisdictionFilter.Parse(input, Tactics);

        Assert.Null(result.Filter);
        var message = Assert.Single(result.Errors[key]);
        Assert.DoesNotContain($" {value}", message, StringComparison.Ordinal);
    }
}
