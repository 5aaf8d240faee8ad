using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DemandAtlas.Web.CommandLine;
using DemandAtlas.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace DemandAtlas.Tests.Support;

/// <summary>A browser-like client over https with its own cookie jar, so tests can copy cookies between clients.</summary>
public sealed class StaffClient(HttpClient client, CookieContainer cookies, string email) : IDisposable
{
    public HttpClient Http { get; } = client;
    public CookieContainer Cookies { get; } = cookies;
    public string Email { get; } = email;

    public void Dispose() => Http.Dispose();
}

/// <summary>Makes staff accounts through UserManager and logs them in through the real login form.</summary>
public static class Staff
{
    public const string Password = "correct llama staple orbit";
    private static readonly Uri BaseAddress = new("https://localhost");

    public static async Task<string> CreateUserAsync(AtlasFactory factory, string? role, string password = Password)
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AtlasUser>>();
        await UsersVerb.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var user = new AtlasUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            await users.AddToRoleAsync(user, role);
        }

        return email;
    }

    public static StaffClient NewClient(AtlasFactory factory, string email = "", bool followRedirects = true, CookieContainer? cookies = null)
    {
        cookies ??= new CookieContainer();
        var handlers = new List<DelegatingHandler>();
        if (followRedirects)
        {
            handlers.Add(new RedirectHandler());
        }

        handlers.Add(new CookieContainerHandler(cookies));
        return new StaffClient(factory.CreateDefaultClient(BaseAddress, [.. handlers]), cookies, email);
    }

    /// <summary>Posts the login form; returns the response (after redirects when the client follows them).</summary>
    public static Task<HttpResponseMessage> LoginAsync(StaffClient client, string email, string password = Password) =>
        Forms.SubmitAsync(client.Http, "/account/login", "#login-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public static async Task<StaffClient> LoginAsAsync(AtlasFactory factory, string? role)
    {
        var email = await CreateUserAsync(factory, role);
        var client = NewClient(factory, email);
        var response = await LoginAsync(client, email);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Forbidden, $"login answered {response.StatusCode}");
        Assert.Contains(client.Cookies.GetCookies(BaseAddress).Cast<Cookie>(), c => c.Name == "__Host-atlas-staff");
        return client;
    }

    /// <summary>Copies every cookie of one client into a fresh one: a stolen or copied cookie.</summary>
    public static StaffClient CopyOf(AtlasFactory factory, StaffClient original, bool followRedirects = false)
    {
        var jar = new CookieContainer();
        foreach (Cookie cookie in original.Cookies.GetCookies(BaseAddress))
        {
            jar.Add(BaseAddress, new Cookie(cookie.Name, cookie.Value, "/"));
        }

        return NewClient(factory, original.Email, followRedirects, jar);
    }
}

/// <summary>Fills and submits HTML forms the way a browser would, antiforgery token included.</summary>
public static class Forms
{
    public static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formSelector, IDictionary<string, string> values, string? submitName = null)
    {
        var document = await GetDocumentAsync(client, url);
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        return await SubmitAsync(client, url, form, values, submitName);
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, IHtmlFormElement form, IDictionary<string, string> values, string? submitName = null)
    {
        var fields = FieldsOf(form, submitName);
        foreach (var (key, value) in values)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? url : action;
        return client.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>The name/value pairs a browser would send for the form (checked boxes, selected options).</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form, string? submitName = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
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
                case IHtmlInputElement input when input.Type is "submit":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
                case IHtmlButtonElement button when name == submitName:
                    fields.Add(new(name, button.Value));
                    break;
            }
        }

        return fields;
    }
}
