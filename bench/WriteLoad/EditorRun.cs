using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using DemandAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Bench.WriteLoad;

/// <summary>
/// Logs in through the real login form, then lets N editors loop for the duration: open a profile's edit
/// form, change the narrative, save. Every accepted save must show up as a revision carrying its text.
/// </summary>
internal sealed partial class EditorRun(Uri baseAddress, string databasePath, string email, string password, int editors, TimeSpan duration, int profiles)
{
    private const string MarkerPrefix = "Bench edit ";
    private readonly ConcurrentBag<string> acceptedMarkers = [];
    private readonly ConcurrentBag<double> saveMilliseconds = [];
    private readonly ConcurrentDictionary<string, int> outcomes = new(StringComparer.Ordinal);

    public async Task<WriteResult> RunAsync()
    {
        var slugs = await ProfilesAsync();
        // One login shared by all editors: the login form is rate-limited (by design), 50 logins in a second are not.
        using var client = new HttpClient(new LoopbackCookies()) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await LogInAsync(client);
        // One GET first so the antiforgery cookie exists before editors race to create it.
        await client.GetStringAsync(EditPath(slugs[0]));

        var start = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, editors).Select(e => EditorAsync(client, slugs, new Random(e), clock)));
        var elapsed = clock.Elapsed;

        var (revisions, lost) = await VerifyAsync(start);
        return new WriteResult(editors, elapsed, outcomes.GetValueOrDefault("saved"), outcomes.GetValueOrDefault("conflict"),
            outcomes.Where(o => o.Key.StartsWith('5')).Sum(o => o.Value), outcomes, revisions, lost, [.. saveMilliseconds]);
    }

    private static string EditPath(string slug) => $"/admin/jurisdictions/{slug}/edit";

    private async Task<List<string>> ProfilesAsync()
    {
        await using var db = Open();
        var slugs = await db.PublicJurisdictions.OrderBy(j => j.Id).Select(j => j.Slug).Take(profiles).ToListAsync();
        return slugs.Count > 0 ? slugs : throw new InvalidOperationException($"no jurisdictions in {databasePath}");
    }

    private AtlasDb Open() => new(new DbContextOptionsBuilder<AtlasDb>().UseSqlite($"Data Source={databasePath}").Options);

    private async Task LogInAsync(HttpClient client)
    {
        var loginPage = new Uri(baseAddress, "/account/login");
        var form = HtmlForm.Find(await client.GetStringAsync(loginPage), loginPage, "input[type=password]")
            ?? throw new InvalidOperationException("no login form at /account/login");
        form.Set(n => n.Contains("email", StringComparison.OrdinalIgnoreCase) || n.Contains("user", StringComparison.OrdinalIgnoreCase), _ => email);
        form.Set(n => n.Contains("password", StringComparison.OrdinalIgnoreCase), _ => password);
        using var response = await client.PostAsync(form.Action, form.ToContent());
        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        if (admin.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"login answered {(int)response.StatusCode}, then /admin answered {(int)admin.StatusCode}");
        }
    }

    private async Task EditorAsync(HttpClient client, List<string> slugs, Random random, Stopwatch clock)
    {
        while (clock.Elapsed < duration)
        {
            var page = new Uri(baseAddress, EditPath(slugs[random.Next(slugs.Count)]));
            using var get = await client.GetAsync(page);
            if (get.StatusCode != HttpStatusCode.OK)
            {
                Count($"get-{(int)get.StatusCode}");
                continue;
            }

            var form = HtmlForm.Find(await get.Content.ReadAsStringAsync(), page, "textarea[name*=arrative]", "save");
            if (form is null)
            {
                Count("no-form");
                continue;
            }

            var marker = $"{MarkerPrefix}{Guid.NewGuid():N}"[..(MarkerPrefix.Length + 12)];
            form.Set(n => n.Contains("arrative", StringComparison.Ordinal), old =>
            {
                var cut = old.IndexOf(MarkerPrefix, StringComparison.Ordinal);
                return $"{(cut < 0 ? old : old[..cut]).TrimEnd()}\n\n{marker}.";
            });
            var started = clock.Elapsed;
            using var post = await client.PostAsync(form.Action, form.ToContent());
            var body = await post.Content.ReadAsStringAsync();
            saveMilliseconds.Add((clock.Elapsed - started).TotalMilliseconds);
            Count(Classify(post, body, marker));
        }
    }

    private string Classify(HttpResponseMessage post, string body, string marker)
    {
        var status = (int)post.StatusCode;
        if (status is 302 or 303 && post.Headers.Location?.ToString().Contains("login", StringComparison.OrdinalIgnoreCase) != true)
        {
            acceptedMarkers.Add(marker);
            return "saved";
        }

        if (status == 409 || (status == 200 && ConflictWording().IsMatch(HtmlForm.Text(body))))
        {
            return "conflict";
        }

        return status.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"conflict|someone else (saved|changed|edited)|while you were editing|saved meanwhile", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ConflictWording();

    private void Count(string outcome) => outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    /// <summary>Revisions written since the start, and accepted saves whose text no revision carries.</summary>
    private async Task<(int Revisions, int Lost)> VerifyAsync(DateTimeOffset start)
    {
        await using var db = Open();
        var revisions = await db.Revisions.Where(r => r.CreatedAt >= start).Select(r => r.SnapshotJson + r.ChangesJson).ToListAsync();
        var lost = acceptedMarkers.Count(m => !revisions.Any(r => r.Contains(m, StringComparison.Ordinal)));
        return (revisions.Count, lost);
    }
}
