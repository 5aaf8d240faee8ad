using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DemandAtlas.Bench.WriteLoad;

/// <summary>
/// A form as a browser would submit it: every successful control with its current value (hidden antiforgery
/// token included), so the driver needs no knowledge of the page's field names beyond the one it edits.
/// </summary>
internal sealed class HtmlForm
{
    private static readonly HtmlParser Parser = new();

    private HtmlForm(Uri action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        Fields = fields;
    }

    public Uri Action { get; }
    public List<KeyValuePair<string, string>> Fields { get; }

    /// <summary>The first form on the page that contains a control matching <paramref name="selector"/>.</summary>
    public static HtmlForm? Find(string html, Uri page, string selector, string? submitText = null)
    {
        var document = Parser.ParseDocument(html);
        var form = document.Forms.FirstOrDefault(f => f.QuerySelector(selector) is not null);
        if (form is null)
        {
            return null;
        }

        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "image" or "reset" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && select.Options.Length > 0)
                    {
                        selected.Add(select.Options[0]);
                    }

                    fields.AddRange(selected.Select(o => new KeyValuePair<string, string>(name, o.Value)));

                    break;
            }
        }

        // The button a person would click, when it carries a name (handler selection in Razor Pages).
        var submit = form.QuerySelectorAll("button[type=submit], button:not([type]), input[type=submit]")
            .FirstOrDefault(b => submitText is null || b.TextContent.Contains(submitText, StringComparison.OrdinalIgnoreCase)
                || (b.GetAttribute("value") ?? "").Contains(submitText, StringComparison.OrdinalIgnoreCase));
        if (submit?.GetAttribute("name") is { Length: > 0 } submitName)
        {
            fields.Add(new(submitName, submit.GetAttribute("value") ?? ""));
        }

        var formAction = submit?.GetAttribute("formaction") ?? form.GetAttribute("action");
        return new HtmlForm(string.IsNullOrEmpty(formAction) ? page : new Uri(page, formAction), fields);
    }

    public string? this[string name] => Fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Sets every field whose name matches.</summary>
    public void Set(Func<string, bool> nameMatches, Func<string, string> value)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (nameMatches(Fields[i].Key))
            {
                Fields[i] = new(Fields[i].Key, value(Fields[i].Value));
            }
        }
    }

    public FormUrlEncodedContent ToContent() => new(Fields);

    public static string Text(string html) => Parser.ParseDocument(html).Body?.TextContent ?? "";
}
