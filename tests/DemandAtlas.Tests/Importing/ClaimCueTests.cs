using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

/// <summary>Sentences that name a tactic but say it did not happen, or that it was the sellers' side.</summary>
public sealed class ClaimCueTests
{
    private static readonly TacticLexicon Lexicon = TacticLexicon.FromCatalog();

    private static ParsedProfile Parse(params string[] narrative) =>
        ProfileParser.Parse(Profiles.Document(narrative: narrative), "cues.txt", Lexicon);

    [Theory]
    [InlineData("identity-disclosure", "Police said the names of the two men would not be released until trial.")]
    [InlineData("identity-disclosure", "The sheriff declined to publish the names of anyone charged in the sweep.")]
    [InlineData("john-school", "The county has not developed a john school for men caught buying sex.")]
    [InlineData("license-suspension", "A 2021 bill would have let judges suspend the driver's license of any man convicted of soliciting from a car.")]
    [InlineData("john-school", "No john school has been started in the county, although judges have asked for one.")]
    [InlineData("john-school", "Commissioners proposed a john school in 2019, but it was never funded.")]
    [InlineData("auto-seizure", "The council is considering an ordinance that would let police impound the cars of men caught soliciting.")]
    [InlineData("letters", "The board discussed mailing Dear John letters to the owners of cars seen on the stroll, and the idea was dropped.")]
    [InlineData("buyer-arrests", "In 2015 the prosecutor said her office would no longer prosecute men arrested for soliciting.")]
    [InlineData("buyer-arrests", "The new chief decided to stop arresting buyers altogether.")]
    [InlineData("buyer-arrests", "No buyers were arrested in that case.")]
    [InlineData("license-suspension", "A state law allows judges to suspend the driver's license of a man convicted of soliciting from a car, but no court in the county has used it.")]
    [InlineData("john-school", "The sheriff said his office has no plans for a john school.")]
    [InlineData("letters", "Neighbors asked the city council to mail letters to the owners of cars seen cruising for prostitutes.")]
    [InlineData("buyer-arrests", "The police department does not arrest men for buying sex.")]
    [InlineData("buyer-arrests", "The new prosecutor stopped filing charges against men arrested for soliciting.")]
    [InlineData("employment-loss", "Asked whether any of those arrested lost their jobs, the mayor said she did not know.")]
    [InlineData("john-school", "A graduate student found no evidence that the township ever ran a john school for men charged with soliciting.")]
    [InlineData("public-education", "The neighborhood council has asked for a public awareness campaign aimed at buyers, but none has been funded.")]
    [InlineData("john-school", "In 2018 the prosecutor began planning a john school for men arrested for soliciting.")]
    [InlineData("license-suspension", "State law gives judges no power to suspend the driver's license of a man convicted of soliciting.")]
    [InlineData("buyer-arrests", "In 2017 the sheriff quit arresting men for soliciting.")]
    [InlineData("buyer-arrests", "Since the policy changed, officers have made no john arrests at all.")]
    [InlineData("public-education", "The council discussed buying billboards that warn men against buying sex.")]
    [InlineData("letters", "The board agreed to send letters to registered owners of cruising cars but then dropped the idea.")]
    [InlineData("john-school", "John school: none.")]
    [InlineData("license-suspension", "All five men were fined; no license suspensions were ordered.")]
    [InlineData("letters", "This spring the board debates mailing letters to the owners of cars seen cruising for prostitutes.")]
    [InlineData("cameras", "Neighbors wanted cameras installed on Birch Street to catch johns, but there was no money, so it never happened.")]
    [InlineData("john-school", "The district attorney said she would \"think about\" a john school for buyers, but there is nothing yet.")]
    [InlineData("john-school", "Visitors often assume Fenwick runs a john school for men arrested for soliciting. It doesn’t.")]
    [InlineData("john-school", "The county's Tuesday class is not a john school, and there is nothing like it for the men who buy.")]
    [InlineData("john-school", "Asked by a reporter whether the court would start a class for men arrested for soliciting, the judge said no.")]
    [InlineData("identity-disclosure", "The chief refused to give the names of the men to reporters.")]
    [InlineData("identity-disclosure", "In 2018 the paper stopped printing the names of men charged with soliciting.")]
    [InlineData("identity-disclosure", "Officers have not released the names of the men arrested in the sweep.")]
    [InlineData("auto-seizure", "The county does not seize the cars of men arrested for soliciting.")]
    [InlineData("john-school", "Brindle Falls has no john school for men arrested for soliciting.")]
    [InlineData("cameras", "Shop owners asked the board to install surveillance cameras on the avenue where men cruise for prostitutes.")]
    [InlineData("john-school", "In 2019 the prosecutor announced a class for men charged with soliciting. The class was never offered.")]
    [InlineData("community-service", "The council approved a plan under which men convicted of soliciting would do community service. It never started.")]
    [InlineData("john-school", "The county does not yet have a class for men arrested for soliciting.")]
    [InlineData("john-school", "Next year the chief will seek grant money for a class for men charged with soliciting.")]
    [InlineData("auto-seizure", "Residents will ask the council to consider an ordinance letting police impound the cars of men who solicit.")]
    [InlineData("john-school", "There is no class for men arrested for soliciting anywhere in the township.")]
    [InlineData("john-school", "The board looked at a class for men charged with soliciting, but the judges declined to take part.")]
    [InlineData("auto-seizure", "An ordinance letting officers impound the car of any man caught soliciting on the boulevard came before the board in March and failed by one vote.")]
    [InlineData("web-stings", "Detectives have never posted a decoy ad online to catch men looking to buy sex.")]
    [InlineData("letters", "The council approved a pilot to mail letters to the owners of cars seen cruising for prostitutes. The pilot never launched.")]
    [InlineData("license-suspension", "The mayor asked lawmakers for the power to suspend the driver's licenses of men caught soliciting from cars. The request never got a hearing.")]
    [InlineData("buyer-arrests", "The sheriff has not arrested a buyer since the new prosecutor took office.")]
    public void A_reversing_cue_leaves_no_claim_and_a_note_with_its_own_code_and_line(string slug, string sentence)
    {
        var profile = Parse(sentence);

        Assert.DoesNotContain(profile.Tactics, t => t.Slug == slug);
        var note = Assert.Single(profile.Warnings, w => w.Code == WarningCodes.ReversedClaim && w.Message.StartsWith(slug, StringComparison.Ordinal));
        Assert.Equal(3, note.Line);
    }

    /// <summary>A next sentence that ends a thing that ran, or says it was not repeated, leaves the claim standing.</summary>
    [Theory]
    [InlineData("john-school", "From 2012 to 2016 the county ran a john school for men arrested for soliciting. It was dropped in 2017 for lack of money.")]
    [InlineData("reverse-stings", "In 2015 officers posing as women selling sex arrested 12 men. It never happened again.")]
    [InlineData("john-school", "Brindle Falls has no john school of its own, but judges send first-time buyers to the county's class.")]
    [InlineData("john-school", "The john school teaches men arrested for soliciting about the harm done to people selling sex.")]
    public void A_thing_that_happened_keeps_its_claim(string slug, string text)
    {
        var profile = Parse(text);

        Assert.Contains(profile.Tactics, t => t.Slug == slug && !t.Pending);
    }

    [Fact]
    public void None_of_a_thing_done_voids_only_the_tactics_of_its_own_clause()
    {
        var profile = Parse("Eleven men were arrested in a reverse sting on Wren Street, and no letters were sent to the registered owners of their cars.");

        Assert.Contains(profile.Tactics, t => t.Slug == "reverse-stings" && !t.Pending);
        Assert.Contains(profile.Tactics, t => t.Slug == "buyer-arrests" && !t.Pending);
        Assert.DoesNotContain(profile.Tactics, t => t.Slug == "letters");
        Assert.Single(profile.Warnings, w => w.Code == WarningCodes.ReversedClaim && w.Message.StartsWith("letters", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_claims_nothing_but_a_quoted_question_inside_a_statement_still_does()
    {
        var asked = Parse("Q: Does Fenwick have a john school for men arrested for soliciting?");
        var quoted = Parse("In 2020 the city put up a billboard on Route 6 that read “Buying sex on Dock Street?” to warn off johns.");

        Assert.Empty(asked.Tactics);
        Assert.Contains(quoted.Tactics, t => t.Slug == "public-education" && !t.Pending);
    }

    [Fact]
    public void What_a_neighbouring_place_does_after_in_is_not_claimed()
    {
        var profile = Parse("In neighboring Tolliver County, the sheriff seizes the cars of men arrested for soliciting.");

        Assert.DoesNotContain(profile.Tactics, t => t.Slug == "auto-seizure");
    }

    [Fact]
    public void A_tactic_stated_outside_a_reported_question_is_still_claimed()
    {
        var profile = Parse("Asked whether the stings work, the chief said 40 men were arrested in them in 2019.");

        Assert.Contains(profile.Tactics, t => t.Slug == "buyer-arrests" && !t.Pending);
        Assert.DoesNotContain(profile.Warnings, w => w.Code == WarningCodes.ReversedClaim);
    }

    [Fact]
    public void A_reversal_in_one_sentence_does_not_void_the_same_tactic_stated_in_another()
    {
        var profile = Parse("In 2016 the names of the men were not released.", "In 2019 the department published the names of all nine men arrested in a reverse sting.");

        Assert.Contains(profile.Tactics, t => t.Slug == "identity-disclosure" && !t.Pending);
        Assert.Equal(ClaimStatus.Inferred, TacticFinding.StatusOf(profile.Tactics.Where(t => t.Slug == "identity-disclosure")));
    }

    [Fact]
    public void A_source_heading_for_a_tactic_the_narrative_reverses_makes_only_a_pending_claim()
    {
        var text = Profiles.Document(narrative: ["The names of the men were not released."], sources: ["Shaming:"]);

        var profile = ProfileParser.Parse(text, "heading.txt", Lexicon);

        var finding = Assert.Single(profile.Tactics, t => t.Slug == "identity-disclosure");
        Assert.True(finding.Pending);
        Assert.Contains(profile.Warnings, w => w.Code == WarningCodes.PendingClaim);
    }

    [Theory]
    [InlineData("web-stings", "Automated replies answer men who respond to decoy ads placed online, warning them that buying sex is a crime.")]
    [InlineData("buyer-arrests", "In 2018 investigators arrested three men who had trafficked women through the motels.")]
    [InlineData("buyer-arrests", "Two men were charged with sex trafficking after a long investigation.")]
    [InlineData("web-stings", "Officers answered ads that women had posted on a classified website and arrested four women for prostitution.")]
    [InlineData("web-stings", "A nonprofit places decoy ads on escort websites, and a chatbot answers the men who reply with a warning about the law.")]
    [InlineData("web-stings", "Most of the ads for the town on escort websites are posted by the women themselves, and detectives answered several of them.")]
    [InlineData("john-school", "The Second Chance class run by the county is a diversion program for people arrested for selling sex, not for buyers.")]
    public void A_seller_side_cue_makes_the_claim_pending_and_says_so(string slug, string sentence)
    {
        var profile = Parse(sentence);

        var finding = Assert.Single(profile.Tactics, t => t.Slug == slug);
        Assert.True(finding.Pending);
        Assert.Equal(ClaimStatus.Pending, TacticFinding.StatusOf([finding]));
        Assert.Contains(profile.Warnings, w => w.Code == WarningCodes.PendingClaim && w.Message.StartsWith(slug, StringComparison.Ordinal));
    }

    [Fact]
    public void Buyers_and_sellers_arrested_together_are_still_buyer_arrests()
    {
        var profile = Parse("On May 2, 2020, seven men and two women were arrested at the motel; the men had answered a decoy ad posted by detectives.");

        Assert.All(profile.Tactics.Where(t => t.Slug is "buyer-arrests" or "web-stings"), t => Assert.False(t.Pending));
        var operation = Assert.Single(profile.Operations);
        Assert.Equal(7, operation.Arrests);
    }

    [Fact]
    public void A_plan_that_mentions_men_arrested_drops_buyer_arrests_without_a_note_of_its_own()
    {
        var profile = Parse("The mayor would like to start a john school for men arrested in the city.");

        Assert.Empty(profile.Tactics);
        Assert.Single(profile.Warnings, w => w.Code == WarningCodes.ReversedClaim);
    }

    [Fact]
    public void What_a_neighbour_does_is_not_claimed_for_this_place_and_makes_no_operation()
    {
        var profile = Parse(
            "Some other places in Caddo County that have worked to address demand include Larkspur and Quillan.",
            "Neighboring Quillan, the chief noted, sends first-time buyers to a Saturday class for men arrested for soliciting.",
            "Across the river, Larkspur police impound the cars of men arrested for soliciting. In March 2020, Larkspur police arrested 14 men in a reverse sting.",
            "In May 2021, Testford police arrested 6 men in a reverse sting.");

        Assert.DoesNotContain(profile.Tactics, t => t.Slug is "john-school" or "auto-seizure");
        Assert.Contains(profile.Tactics, t => t.Slug == "reverse-stings" && t.Text.StartsWith("In May 2021", StringComparison.Ordinal));
        Assert.Equal([(2021, (int?)6)], profile.Operations.Select(o => (o.Year, o.Arrests)));
    }

    [Fact]
    public void A_sentence_naming_this_place_beside_a_neighbour_still_claims()
    {
        var profile = Parse(
            "Some other places in Caddo County that have worked to address demand include Larkspur.",
            "Larkspur and Testford police impound the cars of men arrested for soliciting.");

        Assert.Contains(profile.Tactics, t => t.Slug == "auto-seizure");
    }
}
