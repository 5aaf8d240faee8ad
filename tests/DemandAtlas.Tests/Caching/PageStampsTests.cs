using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Caching;

/// <summary>
/// Pages are cached by when what they show last changed (<see cref="DemandAtlas.Web.Caching.PageStamps"/>): an
/// edit refreshes the pages that show the edited place and leaves the others cached.
/// </summary>
public sealed class PageStampsTests(AtlasFactory factory) : IClassFixture<AtlasFactory>
{
    [Fact]
    public async Task An_edit_refreshes_the_pages_showing_the_place_and_leaves_other_states_and_profiles_cached()
    {
        var edited = new JurisdictionBuilder("Quillbridge", "OR", "Oregon").WithPopulation(41_230).WithTactic("john-school");
        var elsewhere = new JurisdictionBuilder("Vellum Falls", "VT", "Vermont").WithPopulation(8_120).WithTactic("john-school");
        await factory.WithDbAsync(async db => { await edited.SaveAsync(db); await elsewhere.SaveAsync(db); });
        var client = factory.CreateClient();
        string[] untouched = ["/jurisdictions?state=vt", $"/jurisdictions/{elsewhere.Slug}", "/api/jurisdictions?state=vt", "/states/vt"];
        string[] showingIt = ["/jurisdictions?state=or", "/jurisdictions?tactic=john-school", $"/jurisdictions/{edited.Slug}", "/states/or", "/tactics/john-school", "/jurisdictions", "/"];
        foreach (var url in untouched.Concat(showingIt))
        {
            await CachedAsync(client, url);
        }

        await factory.WithDbAsync(async db =>
        {
            var row = await db.Jurisdictions.SingleAsync(j => j.Slug == edited.Slug);
            row.Population = 52_990;
            row.Version++;
            await db.SaveChangesAsync();
        });

        foreach (var url in untouched)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.Headers.Age.HasValue, $"{url} shows nothing of the edited place, yet was rendered again");
        }

        foreach (var url in showingIt.Where(u => u != "/"))
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.False(response.Headers.Age.HasValue, $"{url} shows the edited place, yet came from the cache");
            Assert.Contains("52,990", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.False(home.Headers.Age.HasValue, "the home page's figures count every place, so every edit refreshes it");
    }

    [Fact]
    public async Task Renaming_a_parent_partner_refreshes_a_profile_that_names_only_its_sub_unit()
    {
        var place = new JurisdictionBuilder("Larkspur Hollow", "NE", "Nebraska").WithTactic("reverse-stings");
        await factory.WithDbAsync(async db =>
        {
            var saved = await place.SaveAsync(db);
            var parent = db.Partners.Add(new Partner { Slug = "larkspur-hollow-police", Name = "Larkspur Hollow Police" }).Entity;
            var unit = db.Partners.Add(new Partner { Slug = "larkspur-hollow-vice-squad", Name = "Vice Squad", Parent = parent }).Entity;
            saved.Partners.Add(new JurisdictionPartner { Partner = unit, SortOrder = 0 });
            await db.SaveChangesAsync();
        });
        var client = factory.CreateClient();
        var url = $"/jurisdictions/{place.Slug}";
        var before = await CachedAsync(client, url);

        await factory.WithDbAsync(async db =>
        {
            var parent = await db.Partners.SingleAsync(p => p.Slug == "larkspur-hollow-police");
            parent.Name = "Larkspur Hollow Police Department";
            await db.SaveChangesAsync();
        });
        var (_, after) = await client.GetPageAsync(url);

        Assert.Contains(">Larkspur Hollow Police</a>", before, StringComparison.Ordinal);
        Assert.Contains("part of Larkspur Hollow Police Department", after.MainText(), StringComparison.Ordinal);
    }

    /// <summary>Asks until the page comes from the cache (it is stored as the first response ends); returns its text.</summary>
    private static async Task<string> CachedAsync(HttpClient client, string url)
    {
        for (var attempt = 0; attempt < 40; attempt++)
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            if (response.Headers.Age.HasValue)
            {
                return await response.Content.ReadAsStringAsync();
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"{url} was never served from the cache");
    }
}
