using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DemandAtlas.Tests.Support;

namespace DemandAtlas.Tests.Admin;

/// <summary>The review queue as a browser without JavaScript sees it: its rows, and its buttons pressed with the form's fields.</summary>
internal static class ReviewPages
{
    public const string Path = "/admin/review";

    public static Task<IHtmlDocument> OpenAsync(StaffClient client, string query = "") =>
        Forms.GetDocumentAsync(client.Http, Path + query);

    /// <summary>Each row as "Tactic name (status, strength)", in page order.</summary>
    public static IReadOnlyList<string> Rows(IDocument page) =>
        [.. page.QuerySelectorAll("article.review-item").Select(Describe)];

    public static string Describe(IElement row)
    {
        var badges = row.QuerySelectorAll(".review-item__head .admin-badge").Select(b => b.TextContent.Trim()).ToList();
        return $"{row.QuerySelector("h3")!.TextContent.Trim()} ({string.Join(", ", badges)})";
    }

    public static IElement Row(IDocument page, string tacticName) =>
        page.QuerySelectorAll("article.review-item").Single(r => r.QuerySelector("h3")!.TextContent.Trim() == tacticName);

    /// <summary>Presses a submit button of the decision form: the form's fields, that button's name and value, its formaction.</summary>
    public static Task<HttpResponseMessage> PressAsync(StaffClient client, IHtmlDocument page, IElement button)
    {
        var form = (IHtmlFormElement)page.QuerySelector("#review-form")!;
        var fields = Forms.FieldsOf(form);
        if (button.GetAttribute("name") is { Length: > 0 } name)
        {
            fields.Add(new(name, button.GetAttribute("value") ?? ""));
        }

        var action = button.GetAttribute("formaction") ?? form.GetAttribute("action") ?? Path;
        return client.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>The button in <paramref name="scope"/> whose text starts with <paramref name="label"/>.</summary>
    public static IElement Button(IParentNode scope, string label) =>
        scope.QuerySelectorAll("button").First(b => b.TextContent.Trim().StartsWith(label, StringComparison.Ordinal));

    public static void Tick(IElement row) => ((IHtmlInputElement)row.QuerySelector("input.review-select")!).IsChecked = true;

    public static async Task<IHtmlDocument> PressAndReadAsync(StaffClient client, IHtmlDocument page, IElement button)
    {
        var response = await PressAsync(client, page, button);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await Forms.ParseAsync(response);
    }

    public static string Message(IDocument page) => page.QuerySelector(".admin-ok")?.TextContent.Trim() ?? "";
}
