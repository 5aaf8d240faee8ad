using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Domain;

public sealed class UsStatesTests
{
    [Fact]
    public void The_list_has_fifty_states_dc_puerto_rico_and_the_territories()
    {
        Assert.Equal(56, UsStates.All.Count);
        Assert.Equal(56, UsStates.All.Select(s => s.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("MA", "Massachusetts")]
    [InlineData("ma", "Massachusetts")]
    [InlineData("new hampshire", "New Hampshire")]
    [InlineData("District of Columbia", "District of Columbia")]
    [InlineData("PR", "Puerto Rico")]
    public void States_are_found_by_code_or_name_in_any_case(string input, string name)
    {
        Assert.Equal(name, UsStates.Find(input)!.Name);
    }

    [Fact]
    public void Unknown_codes_and_names_give_nothing()
    {
        Assert.Null(UsStates.Find("ZZ"));
        Assert.Null(UsStates.Find("Narnia"));
    }
}
