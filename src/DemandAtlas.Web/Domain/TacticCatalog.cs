namespace DemandAtlas.Web.Domain;

/// <summary>
/// The 15 tactics and the aliases real documents use for them. Seeded by migration; staff can edit
/// names, descriptions and aliases afterwards, so runtime code reads the database, not this list.
/// </summary>
public static class TacticCatalog
{
    public sealed record Entry(int Id, string Slug, string Name, string Description, string NationalContext, string[] Aliases);

    public static readonly IReadOnlyList<Entry> All =
    [
        new(1, "auto-seizure", "Auto Seizure",
            "Police impound or seize the vehicle a buyer used to solicit. Getting it back costs fees or fines, often between $250 and $2,000, and some places forfeit and auction it.",
            "More than 295 cities and counties (Demand Forum, May 2023).",
            ["Vehicle Seizure", "Vehicle Seizures", "Impound", "Vehicle Impound", "Vehicle Impoundment", "Car Seizure", "Auto Seizures"]),
        new(2, "buyer-arrests", "Buyer Arrests",
            "Arresting people who try to buy sex, by any means: stings, patrols or investigations.",
            "More than 2,690 cities and counties (Demand Forum, May 2023).",
            ["Buyer Arrest", "Arrests of Buyers", "John Arrests"]),
        new(3, "cameras", "Cameras",
            "Surveillance cameras in areas where buyers solicit. Visible cameras deter; hidden ones gather evidence. Residents sometimes film buyers themselves.",
            "More than 260 (Demand Forum, May 2023).",
            ["Camera", "Surveillance Cameras", "Video Surveillance"]),
        new(4, "community-service", "Community Service",
            "Arrested buyers are ordered to do community service, often street clean-up, as a sentence or as a condition of diversion.",
            "More than 235 (Demand Forum, May 2023).",
            []),
        new(5, "employment-loss", "Employment Loss",
            "Buyers lose their jobs or resign after an arrest becomes known, especially people who hold positions of public trust.",
            "More than 490 (Demand Forum, May 2023).",
            ["Job Loss", "Loss of Employment"]),
        new(6, "identity-disclosure", "Identity Disclosure",
            "The names and photographs of arrested buyers are made public through news releases, police or prosecutor websites, social media or billboards. Formerly called shaming.",
            "An older count: more than 1,280 (Demand Forum).",
            ["Shaming", "Public Shaming", "Publicizing Names", "Identity Disclosures"]),
        new(7, "it-based-tactics", "IT Based Tactics",
            "Technology that deters buyers or builds evidence against them, such as decoy ads answered by chatbots or deterrence messages shown to people searching for paid sex. Partners often ask that locations stay undisclosed, so published counts are a floor.",
            "More than 78, a lower bound (Demand Forum, May 2023).",
            ["IT-Based Tactics", "IT Based Tactic", "Information Technology Tactics", "Chatbots"]),
        new(8, "john-school", "John School",
            "An education or treatment program for arrested buyers, imposed as a sentence condition or offered as diversion, and usually paid for by participants' fees of about $400. Some programs run online.",
            "Programs in more than 70 locations serving more than 235 cities and counties (Demand Forum, May 2023).",
            ["John Schools", "Offender Education Program", "Offender Education Programs", "First Offender Prostitution Program", "Buyer Education Program"]),
        new(9, "letters", "Letters",
            "\"Dear John\" letters sent to the registered owners of vehicles seen in prostitution areas, or to the homes of arrested buyers.",
            "Close to 100 (Demand Forum, May 2023).",
            ["Dear John Letters", "Dear John Letter", "Letter"]),
        new(10, "license-suspension", "License Suspension",
            "Suspending the driver's license of a buyer who used a vehicle to solicit, where state law allows it.",
            "35 known, likely undercounted (Demand Forum, May 2023).",
            ["Driver's License Suspension", "Driver License Suspension", "License Suspensions"]),
        new(11, "neighborhood-action", "Neighborhood Action",
            "Organized residents who give tips to police, run patrols, put up websites or billboards naming buyers, or sit on community impact panels.",
            "More than 265 (Demand Forum, May 2023).",
            ["Neighbourhood Action", "Community Action", "Neighborhood Watch"]),
        new(12, "public-education", "Public Education",
            "Campaigns that discourage buying sex, aimed at the general public, at known buyers or at young people.",
            "More than 210 (Demand Forum, May 2023).",
            ["Public Awareness Campaign", "Public Awareness Campaigns", "Awareness Campaign"]),
        new(13, "reverse-stings", "Reverse Stings",
            "Officers pose as people selling sex, or as trafficked minors, and arrest those who try to buy. Variants run on the street, online and elsewhere; it is the most widely used tactic.",
            "More than 2,205 (Demand Forum, May 2023).",
            ["Reverse Sting", "John Sting", "John Stings", "John Operation", "John Operations", "Street-Level Reverse Sting", "Street-Level Reverse Stings", "Decoy Operation"]),
        new(14, "soap-orders", "SOAP Orders",
            "\"Stay Out of Areas of Prostitution\" orders: a court or an ordinance bars arrested buyers from zones of known prostitution. Also called geographic restraining orders.",
            "At least 140 (Demand Forum, May 2023).",
            ["SOAP Order", "Geographic Restraining Orders", "Geographic Restraining Order", "Exclusion Zones", "Exclusion Zone", "Stay Out of Areas of Prostitution", "Stay Out of Areas of Prostitution Orders"]),
        new(15, "web-stings", "Web Stings",
            "Police post decoy ads online, or take over real ones, and arrest the people who arrive to buy, often at a hotel or apartment.",
            "More than 1,610 (Demand Forum, May 2023).",
            ["Web Sting", "Web-Based Reverse Sting", "Web-Based Reverse Stings", "Online Sting", "Online Stings", "Internet Sting", "Internet Stings", "Decoy Ad", "Decoy Ads"]),
    ];

    /// <summary>
    /// Matching key for tactic names: lower case, curly quotes straightened, hyphens and punctuation
    /// folded to single spaces, so "Web-Based Reverse Stings" and "web based reverse stings" agree.
    /// </summary>
    public static string Key(string name)
    {
        var folded = new System.Text.StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var raw in name.Normalize(System.Text.NormalizationForm.FormKC))
        {
            var c = raw is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && folded.Length > 0)
                {
                    folded.Append(' ');
                }

                pendingSpace = false;
                folded.Append(c);
            }
            else if (c != '\'')
            {
                pendingSpace = true;
            }
        }

        return folded.ToString();
    }
}
