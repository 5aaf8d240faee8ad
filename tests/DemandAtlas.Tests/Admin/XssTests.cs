using DemandAtlas.Tests.Support;
using DemandAtlas.Web.Domain;

namespace DemandAtlas.Tests.Admin;

/// <summary>Script payloads typed into every editable field come out inert on the public profile.</summary>
public sealed class XssTests(StaffFactory factory) : IClassFixture<StaffFactory>
{
    private const string Script = "<script>alert('x')</script>";
    private const string Img = "\"><img src=x onerror=alert(1)>";

    [Fact]
    public async Task Payloads_in_every_editable_field_are_harmless_on_the_public_profile()
    {
        var j = await factory.WithDbAsync(db => new JurisdictionBuilder("Scriptville").WithTactic("web-stings").SaveAsync(db));
        using var editor = await Staff.LoginAsAsync(factory, Roles.Editor);
        var edit = $"/admin/jurisdictions/{j.Slug}/edit";

        await Forms.SubmitAsync(editor.Http, edit, "#edit-form", new Dictionary<string, string>
        {
            ["Input.Name"] = $"Scriptville {Script}",
            ["Input.StateName"] = $"Massachusetts {Img}",
            ["Input.County"] = $"County {Img}",
            ["Input.Narrative"] = $"Hi {Script} [click](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) <img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\" onclick=\"alert(2)\">raw</a>\n\n<iframe src=\"javascript:alert(1)\"></iframe>",
            ["Input.Partners"] = $"Police {Script}\n<svg onload=alert(1)>",
            ["Input.RelatedJurisdictions"] = $"Neighbour {Img}",
            ["Input.Sources"] = $"Web Stings {Img}:\n- Headline {Script} | Outlet <b onmouseover=alert(1)> | 2020 | javascript:alert(1)\n- https://example.org/story?q=\"><script>alert(1)</script>",
        });
        await Forms.SubmitAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/claims", "#claim-web-stings form",
            new Dictionary<string, string> { ["Input.Action"] = "Confirm", ["Input.Note"] = $"Note {Script} {Img}" });
        await Forms.SubmitAsync(editor.Http, $"/admin/jurisdictions/{j.Slug}/operations", "#operation-new", new Dictionary<string, string>
        {
            ["Input.Year"] = "2020",
            ["Input.Arrests"] = "3",
            ["Input.Summary"] = $"Sting {Script} {Img}",
            ["Input.Partners"] = $"Agency {Img}",
            ["Input.Tactics"] = "web-stings",
        });

        using var visitor = factory.CreateClient();
        var page = await Forms.GetDocumentAsync(visitor, $"/jurisdictions/{j.Slug}");
        var main = page.QuerySelector("main")!;

        // The payloads were saved and are shown, as text.
        Assert.Contains("alert('x')", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sting", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Note", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => !s.HasAttribute("src"));
        Assert.Empty(page.QuerySelectorAll("iframe, svg[onload], object, embed"));
        foreach (var element in page.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Name is "href" or "src" && IsScriptUrl(a.Value));
            Assert.False(element.HasAttribute("style"), $"{element.TagName} carries a style attribute");
        }

        Assert.Empty(main.QuerySelectorAll("img"));
    }

    private static bool IsScriptUrl(string value)
    {
        var folded = new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        return folded.StartsWith("javascript:", StringComparison.Ordinal) || folded.StartsWith("data:", StringComparison.Ordinal) || folded.StartsWith("vbscript:", StringComparison.Ordinal);
    }
}
