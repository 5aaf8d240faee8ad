using System.Globalization;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace DemandAtlas.Web.Pages.Admin.Review;

/// <summary>
/// The review queue: every claim waiting for staff, weakest evidence first (pending before inferred), with its
/// evidence in view, decided one at a time, by selection, for one place, or for the whole filter (up to a cap).
/// Plain forms throughout; wwwroot/js/review.js only adds keys that press the same buttons.
/// </summary>
public sealed class IndexModel(AtlasDb db, ReviewDecisions decisions) : PageModel
{
    public const string Path = "/admin/review";
    private const string ConflictsKey = "ReviewConflicts";

    public ReviewFilter Filter { get; private set; } = new();
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public Paged<QueueRow> Queue { get; private set; } = new([], 0, 1, ReviewFilter.PageSize);
    public IReadOnlyDictionary<QueueGroupKey, int> GroupSizes { get; private set; } = new Dictionary<QueueGroupKey, int>();
    public ReviewProgress Progress { get; private set; } = new(0, 0, 0, 0, 0);
    public IReadOnlyList<TacticOption> Tactics { get; private set; } = [];
    public string? PlaceName { get; private set; }
    public IReadOnlyList<ReviewConflict> Conflicts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ResolveAsync(Request.Query, ct))
        {
            return Refused();
        }

        var counts = await ReviewQueries.CountsAsync(db, Filter, ct);
        var total = Filter.Statuses.Sum(s => counts[s]);
        var pages = Math.Max(1, (total + ReviewFilter.PageSize - 1) / ReviewFilter.PageSize);
        Filter = Filter with { Page = Math.Min(Filter.Page, pages) };
        Queue = await ReviewQueries.PageAsync(db, Filter, counts, ct);
        GroupSizes = await ReviewQueries.GroupSizesAsync(db, Filter, Queue.Items, ct);
        Progress = await ReviewQueries.ProgressAsync(db, counts, User.Identity!.Name!, ct);
        Conflicts = TempData[ConflictsKey] is string[] lines
            ? [.. lines.Select(l => l.Split('\t')).Where(p => p.Length == 3).Select(p => new ReviewConflict(p[0], p[1], p[2]))]
            : [];
        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) => DecideAsync(ReviewDecision.Confirm, ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) => DecideAsync(ReviewDecision.Reject, ct);

    /// <summary>
    /// Which claims a decision covers: the one whose button was pressed; else a place's run ("all 3 stated claims of
    /// X"); else, when asked for and ticked as meant, the first <see cref="ReviewDecisions.MaxPerRequest"/> of the
    /// view; else the ticked boxes.
    /// </summary>
    private async Task<IActionResult> DecideAsync(ReviewDecision decision, CancellationToken ct)
    {
        var form = Request.Form;
        if (!await ResolveAsync(form, ct))
        {
            return Refused();
        }

        List<ReviewTarget> targets;
        if (form["only"].Count > 0)
        {
            targets = Targets(form["only"]);
        }
        else if (form["group"].Count > 0)
        {
            targets = await GroupTargetsAsync(form["group"].ToString(), ct);
        }
        else if (form["matching"] == "true")
        {
            if (form["sure"] != "true")
            {
                TempData["Message"] = $"Nothing was decided: tick the box that says you mean every claim in this view (up to {ReviewDecisions.MaxPerRequest}).";
                return Back();
            }

            targets = await MatchingTargetsAsync(ct);
        }
        else
        {
            targets = Targets(form["selected"]);
        }

        if (targets.Count == 0)
        {
            TempData["Message"] = "Nothing was decided: no claim was chosen.";
            return Back();
        }

        var result = await decisions.DecideAsync(targets, decision, User.Identity!.Name!, ct);
        TempData["Message"] = Describe(result, decision);
        if (result.Conflicts.Count > 0)
        {
            TempData[ConflictsKey] = result.Conflicts.Take(50).Select(c => $"{c.Slug}\t{c.Name}\t{c.StateCode}").ToArray();
        }

        return Back();
    }

    private static List<ReviewTarget> Targets(StringValues tokens) =>
        [.. tokens.Select(t => ReviewTarget.TryParse(t, out var target) ? target : (ReviewTarget?)null).OfType<ReviewTarget>()];

    /// <summary>`jurisdictionId:version:status:strength`: the run of one place the reviewer saw, in this view.</summary>
    private async Task<List<ReviewTarget>> GroupTargetsAsync(string token, CancellationToken ct)
    {
        var parts = token.Split(':');
        if (parts.Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var placeId)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !Enum.TryParse<ClaimStatus>(parts[2], ignoreCase: true, out var status) || !ClaimReview.Awaits(status)
            || !EvidenceStrengths.TryParse(parts[3], out var strength))
        {
            return [];
        }

        var group = Filter with { PlaceId = placeId, Status = status, Strength = strength };
        var counts = await ReviewQueries.CountsAsync(db, group, ct);
        var ids = await ReviewQueries.IdsAsync(db, group, counts, 0, ReviewDecisions.MaxPerRequest, ct);
        return [.. ids.Select(i => new ReviewTarget(i.ClaimId, version))];
    }

    /// <summary>The first claims of the view, each with its place's version as it is now.</summary>
    private async Task<List<ReviewTarget>> MatchingTargetsAsync(CancellationToken ct)
    {
        var counts = await ReviewQueries.CountsAsync(db, Filter, ct);
        var ids = await ReviewQueries.IdsAsync(db, Filter, counts, 0, ReviewDecisions.MaxPerRequest, ct);
        var places = ids.Select(i => i.JurisdictionId).Distinct().ToArray();
        var versions = await db.Jurisdictions.AsNoTracking().Where(j => places.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => j.Version, ct);
        return [.. ids.Where(i => versions.ContainsKey(i.JurisdictionId)).Select(i => new ReviewTarget(i.ClaimId, versions[i.JurisdictionId]))];
    }

    private static string Describe(ReviewResult result, ReviewDecision decision)
    {
        var verb = decision == ReviewDecision.Confirm ? "Confirmed" : "Rejected";
        var text = $"{verb} {Claims(result.Decided)} in {result.Places} {(result.Places == 1 ? "place" : "places")}.";
        if (result.Skipped > 0)
        {
            text += $" {Claims(result.Skipped)} had been decided already and stayed as they were.";
        }

        if (result.Conflicts.Count > 0)
        {
            text += $" {result.Conflicts.Count} {(result.Conflicts.Count == 1 ? "place was" : "places were")} changed by someone else since you loaded the queue; nothing was changed there. Look again:";
        }

        return text;

        static string Claims(int n) => n == 1 ? "1 claim" : $"{n} claims";
    }

    private RedirectResult Back() => Redirect(Link(Filter));

    private PageResult Refused()
    {
        var refused = Page();
        refused.StatusCode = StatusCodes.Status400BadRequest;
        return refused;
    }

    /// <summary>Parses the view and looks its tactic and place up; false (with <see cref="Errors"/>) when it cannot be shown.</summary>
    private async Task<bool> ResolveAsync(IEnumerable<KeyValuePair<string, StringValues>> values, CancellationToken ct)
    {
        Tactics = await db.Tactics.AsNoTracking().OrderBy(t => t.Name).Select(t => new TacticOption(t.Id, t.Slug, t.Name)).ToListAsync(ct);
        var (filter, errors) = ReviewFilter.Parse(values);
        if (filter is null)
        {
            Errors = errors;
            return false;
        }

        var problems = new List<string>();
        if (filter.Tactic is { } slug)
        {
            filter = Tactics.FirstOrDefault(t => t.Slug == slug) is { } tactic
                ? filter with { TacticId = tactic.Id }
                : Problem(filter, "The tactic is not one of the directory's tactics; choose it from the list.");
        }

        if (filter.Place is { } place)
        {
            var found = await db.Jurisdictions.AsNoTracking().Where(j => j.Slug == place).Select(j => new { j.Id, j.Name, j.StateCode }).FirstOrDefaultAsync(ct);
            PlaceName = found is null ? null : $"{found.Name}, {found.StateCode}";
            filter = found is not null ? filter with { PlaceId = found.Id } : Problem(filter, "No jurisdiction has that address; open the queue from its claims page.");
        }

        Filter = filter;
        Errors = problems;
        return problems.Count == 0;

        ReviewFilter Problem(ReviewFilter f, string message)
        {
            problems.Add(message);
            return f;
        }
    }

    public string Link(ReviewFilter filter) => Path + filter.ToQueryString();

    /// <summary>The page's rows in runs of one place, status and strength: the queue's order makes each run contiguous.</summary>
    public IEnumerable<(QueueGroupKey Key, List<QueueRow> Rows)> Runs()
    {
        List<QueueRow>? run = null;
        QueueGroupKey? key = null;
        foreach (var row in Queue.Items)
        {
            var rowKey = new QueueGroupKey(row.JurisdictionId, row.Status, row.Strength);
            if (rowKey != key)
            {
                if (run is not null)
                {
                    yield return (key!, run);
                }

                (key, run) = (rowKey, []);
            }

            run!.Add(row);
        }

        if (run is not null)
        {
            yield return (key!, run);
        }
    }

    /// <summary>What a "decide all of these" button posts: the place, the version seen, and the run's status and strength.</summary>
    public static string GroupToken(QueueRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.JurisdictionId}:{row.Version}:{row.Status}:{EvidenceStrengths.Name(row.Strength)}");

    public sealed record TacticOption(int Id, string Slug, string Name);
}
