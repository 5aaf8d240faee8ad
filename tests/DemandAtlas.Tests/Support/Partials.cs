using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.Tests.Support;

/// <summary>
/// Renders a shared partial (Pages/Shared/_Name.cshtml) of the real app with a model, as a page would, so markup tests
/// see exactly what Razor writes, encoding included, without a page or a database around it.
/// </summary>
public static class Partials
{
    public static async Task<string> RenderAsync(this AtlasFactory factory, string name, object model, string pathBase = "")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.PathBase = pathBase;
        var engine = scope.ServiceProvider.GetRequiredService<ICompositeViewEngine>();
        var view = engine.GetView(executingFilePath: null, viewPath: $"/Pages/Shared/{name}.cshtml", isMainPage: false).EnsureSuccessful(originalLocations: null).View!;
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var tempData = new TempDataDictionary(http, scope.ServiceProvider.GetRequiredService<ITempDataProvider>());
        await using var writer = new StringWriter();
        var context = new ViewContext(new ActionContext(http, new RouteData(), new ActionDescriptor()), view, viewData, tempData, writer, new HtmlHelperOptions());
        await view.RenderAsync(context);
        return writer.ToString();
    }

    /// <summary>The partial's markup inside a document body, parsed as a browser would.</summary>
    public static async Task<IDocument> RenderDocumentAsync(this AtlasFactory factory, string name, object model, string pathBase = "") =>
        await new HtmlParser().ParseDocumentAsync($"<!DOCTYPE html><html><body>{await factory.RenderAsync(name, model, pathBase)}</body></html>");
}
