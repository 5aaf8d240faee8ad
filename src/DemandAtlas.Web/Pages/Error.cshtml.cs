using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DemandAtlas.Web.Pages;

/// <summary>
/// The friendly page for 4xx and 5xx answers. A 500 shows a correlation id and logs it with the exception;
/// the visitor never sees a stack trace (Development uses the developer page instead).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public int Code { get; private set; }
    public string CorrelationId { get; private set; } = "";

    public IActionResult OnGet(int? code) => Describe(code);

    public IActionResult OnPost(int? code) => Describe(code);

    private IActionResult Describe(int? code)
    {
        CorrelationId = Infrastructure.Correlation.Id(HttpContext);
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Code = exception is not null ? StatusCodes.Status500InternalServerError
            : reExecuted is not null ? Response.StatusCode
            : code is >= 400 and <= 599 ? code.Value
            : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        if (exception is not null)
        {
            logger.LogError(exception.Error, "Unhandled error {CorrelationId} on {Method} {Path}", CorrelationId, Request.Method, exception.Path);
        }

        // API clients get a problem document rather than an HTML page.
        var originalPath = exception?.Path ?? reExecuted?.OriginalPath ?? "";
        if (originalPath.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            return new ObjectResult(new ProblemDetails { Status = Code, Title = Title, Extensions = { ["correlationId"] = CorrelationId } })
            {
                StatusCode = Code,
                ContentTypes = { "application/problem+json" },
            };
        }

        return Page();
    }

    public string Title => Code switch
    {
        400 => "That request could not be understood",
        403 => "You do not have access to this page",
        404 => "Page not found",
        405 => "That method is not allowed here",
        429 => "Too many requests",
        >= 500 => "Something went wrong on our side",
        _ => "The request could not be completed",
    };
}
