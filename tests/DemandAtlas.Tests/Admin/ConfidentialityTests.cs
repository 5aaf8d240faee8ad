using System.Net;
using System.Text.Json;
using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Export;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Tests.Admin;

/// <summary>A claim or operation staff mark confidential never appears with its jurisdiction on any public surface.</summary>
public sealed class ConfidentialityTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    [Fact]
    public async Task A_claim_and_an_operation_marked_confidential_in_admin_vanish_from_every_public_page_api_and_export()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var secretEvidence = $"chatbot-evidence-{tag}";
        var secretOperation = $"chatbot-operation-{tag}";
        var partner = $"Decoy Partner {tag}";
        var builder = new JurisdictionBuilder("Hushford")
            .WithTactic("it-based-tactics", evidence: secretEvidence)
            .WithTactic("reverse-stings", evidence: "Officers ran a street sting.")
            .WithOperation(2022, 5, 7, ["it-based-tactics"], [partner], summary: secretOperation)
            .WithOperation(2021, 2, 3, ["reverse-stings"], summary: $"public-operation-{tag}");
        var j = await factory.WithDbAsync(db => builder.SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);

        // Staff mark them confidential through the admin pages, as they would for an IT-based partner.
        await Forms.SubmitAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/claims", "#claim-it-based-tactics form",
            new Dictionary<string, string> { ["Input.Action"] = "Confidential" });
        await Forms.SubmitAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/operations", "#operation-1",
            new Dictionary<string, string> { ["Input.Confidential"] = "true" });
        await factory.WithDbAsync(async db =>
        {
            Assert.True(await db.Claims.AnyAsync(c => c.JurisdictionId == j.Id && c.IsConfidential && c.Tactic.Slug == "it-based-tactics"));
            Assert.True(await db.Operations.AnyAsync(o => o.JurisdictionId == j.Id && o.IsConfidential && o.Summary == secretOperation));
        });

        using var visitor = factory.CreateClient();
        var partnerSlug = Slugs.From(partner);
        var byTactic = new[] { "/jurisdictions?tactic=it-based-tactics", "/tactics/it-based-tactics", "/api/jurisdictions?tactic=it-based-tactics", "/jurisdictions.csv?tactic=it-based-tactics" };
        foreach (var url in byTactic)
        {
            var body = await GetAsync(visitor, url);
            Assert.DoesNotContain(builder.Name, body, StringComparison.Ordinal);
            Assert.DoesNotContain(j.Slug, body, StringComparison.Ordinal);
        }

        var aboutIt = new[]
        {
            $"/jurisdictions/{j.Slug}", $"/api/jurisdictions/{j.Slug}", $"/jurisdictions.csv?q={Uri.EscapeDataString(builder.Name)}",
            $"/api/operations?q={Uri.EscapeDataString(builder.Name)}", $"/operations.csv?q={Uri.EscapeDataString(builder.Name)}",
            "/api/operations?tactic=it-based-tactics", "/operations.csv?tactic=it-based-tactics", "/states/ma", $"/partners/{partnerSlug}",
        };
        foreach (var url in aboutIt)
        {
            var body = await GetAsync(visitor, url);
            Assert.DoesNotContain(secretEvidence, body, StringComparison.Ordinal);
            Assert.DoesNotContain(secretOperation, body, StringComparison.Ordinal);
        }

        var profile = await GetAsync(visitor, $"/jurisdictions/{j.Slug}");
        Assert.Contains("Reverse Stings", profile, StringComparison.Ordinal);
        Assert.Contains($"public-operation-{tag}", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("/tactics/it-based-tactics\"", profile, StringComparison.Ordinal);
        var api = await GetAsync(visitor, $"/api/jurisdictions/{j.Slug}");
        Assert.DoesNotContain("it-based-tactics", api, StringComparison.Ordinal);

        // The export verb's documents use the same loader.
        var document = await factory.WithDbAsync(db => JurisdictionDocuments.LoadAsync(db, j.Slug, CancellationToken.None));
        var exported = JsonSerializer.Serialize(document);
        Assert.DoesNotContain(secretEvidence, exported, StringComparison.Ordinal);
        Assert.DoesNotContain(secretOperation, exported, StringComparison.Ordinal);
        Assert.DoesNotContain("it-based-tactics", exported, StringComparison.Ordinal);
    }

    private static async Task<string> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
