namespace DemandAtlas.Synthetic;

/// <summary>
/// How synthetic documents talk about tactics: how often each is used, the names and aliases that appear in
/// lists and source headings, and sentences written so an evidence-reading importer has something real to find.
/// </summary>
internal static class SyntheticTactics
{
    internal sealed record Spec(string Slug, double Share, string[] Names, string[] Sentences);

    /// <summary>Shares loosely follow the national counts (buyer arrests and reverse stings everywhere, letters rare).</summary>
    internal static readonly IReadOnlyList<Spec> All =
    [
        new("auto-seizure", 0.14, ["Auto Seizure", "Vehicle Seizure", "Impound"],
        [
            "Vehicles of men caught soliciting were impounded, and owners paid a fee of several hundred dollars to get them back.",
            "Under a local ordinance, police seized the cars of men caught soliciting, and several were later forfeited.",
        ]),
        new("buyer-arrests", 0.0, ["Buyer Arrests", "Arrests of Buyers"], []),
        new("cameras", 0.09, ["Cameras", "Surveillance Cameras"],
        [
            "The city installed surveillance cameras along the corridor where buyers had been soliciting.",
            "Residents were given a camera program to record the plates of cars cruising the stroll, and police reviewed the footage.",
        ]),
        new("community-service", 0.09, ["Community Service"],
        [
            "Men convicted of soliciting were sentenced to community service cleaning the streets where they had tried to buy sex.",
            "As a condition of diversion, arrested buyers completed community service hours.",
        ]),
        new("employment-loss", 0.15, ["Employment Loss", "Job Loss"],
        [
            "One of the men arrested, a school administrator, lost his job after the arrest became public.",
            "A municipal employee among those charged resigned from his position after the arrest was reported.",
        ]),
        new("identity-disclosure", 0.45, ["Identity Disclosure", "Shaming", "Public Shaming"],
        [
            "The names of the arrested men were released to the press and published in local news reports.",
            "Police posted the names and photographs of the men arrested on the department's website.",
            "The identities of the men charged were included in news reports.",
        ]),
        new("it-based-tactics", 0.05, ["IT Based Tactics", "IT-Based Tactics", "Chatbots"],
        [
            "A chatbot answered decoy ads online and sent deterrence messages to men who were buying sex.",
            "Men searching online for commercial sex were shown deterrence messages as part of an IT-based tactics program.",
        ]),
        new("john-school", 0.11, ["John School", "Offender Education Program", "John Schools"],
        [
            "First-time offenders may attend a john school, a one-day offender education program paid for by their fees.",
            "Arrested buyers were offered diversion through a john school run by the prosecutor's office.",
        ]),
        new("letters", 0.06, ["Letters", "Dear John Letters"],
        [
            "The department mails Dear John letters to the registered owners of vehicles seen cruising known prostitution areas.",
            "Police sent letters to the homes of men whose cars were seen soliciting on the corridor.",
        ]),
        new("license-suspension", 0.04, ["License Suspension", "Driver's License Suspension"],
        [
            "Under state law, a judge may suspend the driver's license of a man convicted of soliciting from a vehicle.",
            "Several of the men had their driver's licenses suspended after conviction.",
        ]),
        new("neighborhood-action", 0.09, ["Neighborhood Action", "Community Action"],
        [
            "Residents formed a neighborhood watch that reports the plates of suspected sex buyers to police.",
            "A neighborhood association organized patrols and community impact panels to push buyers out of the prostitution area.",
        ]),
        new("public-education", 0.08, ["Public Education", "Public Awareness Campaign"],
        [
            "The county launched a public awareness campaign with billboards warning would-be buyers of the consequences.",
            "A public education campaign in the high schools taught students about the harms of buying sex.",
        ]),
        new("reverse-stings", 0.82, ["Reverse Stings", "Reverse Sting", "John Stings", "Street-Level Reverse Stings"], []),
        new("soap-orders", 0.06, ["SOAP Orders", "Geographic Restraining Orders", "Stay Out of Areas of Prostitution"],
        [
            "Judges routinely issue SOAP orders (stay out of areas of prostitution) barring arrested men from the corridor.",
            "Arrested buyers were served geographic restraining orders that bar them from zones of known prostitution.",
        ]),
        new("web-stings", 0.55, ["Web Stings", "Web-Based Reverse Stings", "Online Stings", "Decoy Ads"], []),
    ];

    internal static Spec Get(string slug) => All.First(t => t.Slug == slug);

    /// <summary>The site-menu forms of the "Tactics Used" block (PROFILE-FORMAT.md): not evidence of anything.</summary>
    internal static readonly string[] Menu15 =
    [
        "Auto Seizure", "Buyer Arrests", "Cameras", "Community Service", "Employment Loss", "Identity Disclosure",
        "IT Based Tactics", "John School", "Letters", "License Suspension", "Neighborhood Action", "Public Education",
        "Reverse Stings", "SOAP Orders", "Web Stings",
    ];

    internal static readonly string[] Menu13 = [.. Menu15.Where(t => t is not ("Cameras" or "Letters"))];

    internal static readonly string[] Menu9 =
    [
        "Reverse stings", "Auto seizure", "Community service", "Public education", "Neighborhood action",
        "SOAP orders", "John school", "Web stings", "License suspension",
    ];

    /// <summary>Names no catalogue knows; a few documents list one so importers get to warn about it.</summary>
    internal static readonly string[] Unknown = ["Hotel Outreach", "Hotline Signage", "Synthetic Deterrence Walks"];

    /// <summary>Web-sting sentences that place the decoy ad; each follows an operation sentence.</summary>
    internal static readonly string[] WebStingDetails =
    [
        "Police had set up a decoy ad on a website offering commercial sex at a motel, and the men who answered it were arrested on arrival.",
        "Detectives posted a fake ad on a website and arrested the johns who arrived at the hotel room.",
        "It was an online sting: men who responded to an escort ad were arrested at the arranged apartment.",
    ];
}
