using DemandAtlas.Web.Importing.Parsing;

namespace DemandAtlas.Tests.Importing;

/// <summary>Each rule on sentences written for it: ones it must accept and look-alikes it must refuse.</summary>
public sealed class NarrativeTacticsTests
{
    [Theory]
    [InlineData("auto-seizure", "Officers impounded the cars of men caught soliciting on Main Street.")]
    [InlineData("auto-seizure", "Vehicles used by johns were seized under the city's nuisance ordinance.")]
    [InlineData("buyer-arrests", "Detectives arrested 14 men who answered the ads.")]
    [InlineData("buyer-arrests", "Three buyers were charged with soliciting.")]
    [InlineData("reverse-stings", "A female officer pretended to be a prostitute on Wren Street and waited for the johns.")]
    [InlineData("public-education", "Each spring the coalition gives a presentation in high schools warning students that buying sex is a crime.")]
    [InlineData("cameras", "The city installed surveillance cameras along the stroll to deter johns.")]
    [InlineData("cameras", "Residents filmed buyers cruising the prostitution corridor and shared the clips.")]
    [InlineData("community-service", "Each man was sentenced to 40 hours of community service.")]
    [InlineData("community-service", "Convicted buyers were ordered to perform community service cleaning parks.")]
    [InlineData("employment-loss", "A school principal lost his job after his arrest in the sting.")]
    [InlineData("employment-loss", "Two of the men resigned from public posts after being charged with solicitation.")]
    [InlineData("identity-disclosure", "The names and photos of the men were released to the press.")]
    [InlineData("identity-disclosure", "The Ferrow Courier found the names in the jail log and printed all nine, with their towns.")]
    [InlineData("identity-disclosure", "The sheriff posted the mug shots of everyone arrested.")]
    [InlineData("identity-disclosure", "Their names were published in the local paper.")]
    [InlineData("it-based-tactics", "A chatbot answered the decoy ads and warned would-be buyers.")]
    [InlineData("it-based-tactics", "Deterrence messages appeared to people searching online for paid sex.")]
    [InlineData("john-school", "First-time offenders may attend a john school instead of trial.")]
    [InlineData("john-school", "Men arrested for soliciting can enroll in an education program for buyers.")]
    [InlineData("letters", "The department mailed Dear John letters to the owners of cars seen on the stroll.")]
    [InlineData("letters", "Police sent letters to the registered owners of vehicles seen cruising for prostitutes.")]
    [InlineData("license-suspension", "State law allows a driver's license to be suspended for soliciting from a car.")]
    [InlineData("license-suspension", "The court can revoke the driver's licenses of convicted buyers.")]
    [InlineData("neighborhood-action", "A neighborhood watch group recorded plates of johns and passed tips to police.")]
    [InlineData("neighborhood-action", "Members of the community impact panel spoke to men convicted of soliciting.")]
    [InlineData("public-education", "The county ran a billboard campaign warning men that buying sex fuels trafficking.")]
    [InlineData("public-education", "A public awareness campaign targeted demand for commercial sex.")]
    [InlineData("reverse-stings", "Officers ran a reverse sting near the interstate.")]
    [InlineData("reverse-stings", "A female detective posed as a prostitute on Elm Street.")]
    [InlineData("soap-orders", "Convicted buyers receive SOAP orders barring them from the corridor.")]
    [InlineData("soap-orders", "Judges issue geographic restraining orders to men convicted of soliciting.")]
    [InlineData("web-stings", "Detectives posted a decoy ad offering sex and arrested the men who arrived at the motel.")]
    [InlineData("web-stings", "The online sting targeted buyers of commercial sex.")]
    [InlineData("web-stings", "In May 2016, undercover officers arrested eight men who had answered ads on Backpage.")]
    [InlineData("web-stings", "Detectives arrested nine men who responded to online ads offering sex.")]
    [InlineData("web-stings", "Officers arrested johns who replied to ads posted on Craigslist and escort websites.")]
    [InlineData("cameras", "The township installed surveillance cameras along the corridor in 2010.")]
    [InlineData("reverse-stings", "Undercover officers posed as decoys and arrested the men who approached them.")]
    [InlineData("reverse-stings", "In March 2019, deputies arrested a dozen men in a similar street-level sting.")]
    [InlineData("reverse-stings", "In October 2016, police impounded the vehicles of 14 men arrested for soliciting undercover officers.")]
    public void A_sentence_that_describes_a_tactic_is_evidence_for_it(string slug, string sentence)
    {
        Assert.Contains(slug, NarrativeTactics.Match(sentence));
    }

    [Theory]
    [InlineData("auto-seizure", "Officers seized drugs and cash during the raid.")]
    [InlineData("auto-seizure", "The towing company seized the opportunity to expand.")]
    [InlineData("buyer-arrests", "Two women were arrested for prostitution.")]
    [InlineData("buyer-arrests", "No one was arrested during the town meeting about men's health.")]
    [InlineData("cameras", "News cameras filmed the chief outside the courthouse after the sting.")]
    [InlineData("cameras", "The museum installed cameras in its new wing.")]
    [InlineData("community-service", "The community service officer spoke to students about prostitution.")]
    [InlineData("community-service", "The community has long valued service to others.")]
    [InlineData("employment-loss", "The police chief resigned in 2012 to take a job elsewhere.")]
    [InlineData("identity-disclosure", "Police declined to release the names of the men arrested.")]
    [InlineData("identity-disclosure", "The town names a new fire chief every few years.")]
    [InlineData("it-based-tactics", "The department upgraded its computer systems last year.")]
    [InlineData("john-school", "The education budget was approved by voters.")]
    [InlineData("john-school", "Public education about trafficking reached thousands of students.")]
    [InlineData("letters", "The mayor received dozens of letters about road repairs.")]
    [InlineData("letters", "Residents wrote letters to the editor about prostitution on the avenue.")]
    [InlineData("license-suspension", "The massage parlor's business license was suspended after the sting.")]
    [InlineData("neighborhood-action", "The activity results in complaints to police from residents and businesses about prostitution.")]
    [InlineData("neighborhood-action", "The community gathered for the summer festival.")]
    [InlineData("public-education", "The school's education campaign focused on reading.")]
    [InlineData("public-education", "Education is a priority for the town.")]
    [InlineData("reverse-stings", "Detectives ran a web-based reverse sting out of a hotel.")]
    [InlineData("reverse-stings", "Four men were arrested during a human trafficking sting.")]
    [InlineData("soap-orders", "Volunteers handed out soap and water at the shelter.")]
    [InlineData("web-stings", "The newspaper ran an ad on its website for the fair.")]
    [InlineData("web-stings", "Officers posed as prostitutes on the street corner.")]
    [InlineData("web-stings", "The men answered questions from reporters outside the courthouse after their arrest.")]
    [InlineData("web-stings", "Backpage was shut down by federal authorities in 2018.")]
    [InlineData("cameras", "The city installed red-light cameras along the avenue to catch speeders.")]
    [InlineData("cameras", "The library installed new cameras in its lobby.")]
    [InlineData("reverse-stings", "Officers arrested three men who responded to an online ad in a web sting.")]
    [InlineData("reverse-stings", "The street was closed for a parade after the arrests of two men.")]
    [InlineData("reverse-stings", "Two women were arrested for soliciting an undercover officer.")]
    public void A_look_alike_sentence_is_not_evidence_for_the_tactic(string slug, string sentence)
    {
        Assert.DoesNotContain(slug, NarrativeTactics.Match(sentence));
    }

    [Theory]
    [InlineData("reverse-stings", "A deputy dressed as a woman waited on the corner of Pike Street for drivers.")]
    [InlineData("reverse-stings", "Detectives sent a policewoman disguised as a prostitute to the truck stop.")]
    [InlineData("reverse-stings", "A female officer stood outside the diner and waited to be approached.")]
    [InlineData("reverse-stings", "An undercover trooper in the lot was propositioned by a driver within minutes.")]
    [InlineData("license-suspension", "Men convicted of soliciting from a car lose their driving privileges for a year.")]
    [InlineData("community-service", "Under their plea deals the men spent two weekends picking up litter along the highway.")]
    [InlineData("community-service", "The judge ordered each buyer onto a roadside litter crew.")]
    [InlineData("web-stings", "Deputies arrested men who replied to a fake personal ad they had placed.")]
    [InlineData("buyer-arrests", "Eight men were booked on charges of soliciting.")]
    [InlineData("buyer-arrests", "Five men were taken into custody at the motel.")]
    [InlineData("identity-disclosure", "The department gives the names of men charged with soliciting to the local paper.")]
    [InlineData("identity-disclosure", "Last year the sheriff began posting the mug shot of each man charged with soliciting.")]
    [InlineData("cameras", "The town mounted four cameras above the motel lots where buyers park.")]
    [InlineData("cameras", "Police installed cameras along the stretch that men cruise at night.")]
    [InlineData("letters", "For two years the city tried sending letters to the registered owners of cars seen on the stroll.")]
    [InlineData("soap-orders", "A man convicted of soliciting can be barred by a judge from the blocks around the bus station.")]
    [InlineData("reverse-stings", "Two deputies posing as streetwalkers arrested eleven drivers on Route 4.")]
    [InlineData("web-stings", "Detectives put ads on escort and dating sites and arrested the men who showed up.")]
    [InlineData("web-stings", "The unit placed a listing on an adult classifieds site and arrested four men at a motel.")]
    [InlineData("web-stings", "Officers posed as women advertising online and met the men who replied at a hotel.")]
    [InlineData("it-based-tactics", "The sheriff uses software that answers men who reply to escort ads with a warning.")]
    [InlineData("auto-seizure", "Deputies seize the trucks of drivers who stop to buy sex at the plaza.")]
    public void Decoys_lost_driving_privileges_unpaid_work_and_bookings_are_evidence_as_authors_tell_them(string slug, string sentence)
    {
        Assert.Contains(slug, NarrativeTactics.Match(sentence));
    }

    [Theory]
    [InlineData("reverse-stings", "Detectives posed as women advertising online and arrested the men who answered.")]
    [InlineData("reverse-stings", "The female officer was approached by reporters after the hearing.")]
    [InlineData("reverse-stings", "Officers posing as the woman in the ad's photos texted with buyers.")]
    [InlineData("community-service", "Residents picked up trash along the stroll every Saturday.")]
    [InlineData("license-suspension", "The motel lost its operating license after the raid.")]
    [InlineData("buyer-arrests", "Detectives booked a room at the motel for the men to visit.")]
    public void Their_look_alikes_are_not_evidence(string slug, string sentence)
    {
        Assert.DoesNotContain(slug, NarrativeTactics.Match(sentence));
    }

    [Fact]
    public void A_web_based_reverse_sting_is_a_web_sting()
    {
        Assert.Contains("web-stings", NarrativeTactics.Match("Detectives ran a web-based reverse sting out of a hotel."));
    }
}
