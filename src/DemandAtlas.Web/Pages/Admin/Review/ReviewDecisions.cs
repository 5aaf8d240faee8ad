using System.Globalization;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Editing;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Pages.Admin.Review;

public enum ReviewDecision
{
    Confirm,
    Reject,
}

/// <summary>A claim to decide, with the version of its place the decision must still find (`123:7` in a form).</summary>
public readonly record struct ReviewTarget(int ClaimId, long Version)
{
    public static string Format(int claimId, long version) => string.Create(CultureInfo.InvariantCulture, $"{claimId}:{version}");

    public static bool TryParse(string? text, out ReviewTarget target)
    {
        target = default;
        var parts = (text ?? "").Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            target = new ReviewTarget(id, version);
            return true;
        }

        return false;
    }
}

/// <summary>A place whose claims were left as they were because someone changed it after the reviewer looked.</summary>
public sealed record ReviewConflict(string Slug, string Name, string StateCode);

public sealed record ReviewResult(int Decided, int Places, int Skipped, IReadOnlyList<ReviewConflict> Conflicts);

/// <summary>
/// Confirms or rejects many claims the one way staff change a place: <see cref="JurisdictionEditor.SaveAsync"/>, once
/// per place, so each place gets one revision, its version is checked against the one the reviewer saw, and a place
/// someone changed meanwhile is reported and left alone. A claim already decided by someone else is skipped.
/// </summary>
public sealed class ReviewDecisions(AtlasDb db, JurisdictionEditor editor)
{
    /// <summary>
    /// Claims decided in one request at most. A place is one editor save (its graph loaded, diffed and written as a
    /// revision), a few milliseconds each; this many keeps a bulk request to a couple of seconds on a busy store.
    /// </summary>
    public const int MaxPerRequest = 200;

    public async Task<ReviewResult> DecideAsync(IReadOnlyList<ReviewTarget> targets, ReviewDecision decision, string author, CancellationToken ct)
    {
        var wanted = targets.GroupBy(t => t.ClaimId).Take(MaxPerRequest).ToDictionary(g => g.Key, g => g.Min(t => t.Version));
        var ids = wanted.Keys.ToArray();
        var claims = await db.Claims.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Status, c.Jurisdiction.Slug, c.Jurisdiction.Name, c.Jurisdiction.StateCode, c.Jurisdiction.DeletedAt, Tactic = c.Tactic.Slug, TacticName = c.Tactic.Name })
            .ToListAsync(ct);
        var skipped = ids.Length - claims.Count(c => ClaimReview.Awaits(c.Status) && c.DeletedAt is null);
        var status = (decision == ReviewDecision.Confirm ? ClaimStatus.Confirmed : ClaimStatus.Rejected).ToString();
        var verb = decision == ReviewDecision.Confirm ? "confirmed" : "rejected";
        var (decided, places) = (0, 0);
        var conflicts = new List<ReviewConflict>();
        foreach (var place in claims.Where(c => ClaimReview.Awaits(c.Status) && c.DeletedAt is null).GroupBy(c => c.Slug))
        {
            var tactics = place.Select(c => c.Tactic).ToHashSet(StringComparer.Ordinal);
            var version = place.Min(c => wanted[c.Id]);
            var changed = 0;
            var summary = $"Review: {verb} {string.Join(", ", place.Select(c => c.TacticName))}";
            var result = await editor.SaveAsync(place.Key, version, author, summary, s =>
            {
                // Counted afresh on each call: a save that races another runs its change a second time.
                changed = 0;
                return s with
                {
                    Claims = [.. s.Claims.Select(c =>
                    {
                        // Decided by someone else in the meantime (which also moved the version): theirs stands.
                        if (!tactics.Contains(c.Tactic) || !ClaimReview.Awaits(Enum.Parse<ClaimStatus>(c.Status)))
                        {
                            return c;
                        }

                        changed++;
                        return c with { Status = status };
                    })],
                };
            }, ct);
            // One context serves the whole request; without this every saved place's graph stays tracked.
            db.ChangeTracker.Clear();
            switch (result.Outcome)
            {
                case SaveOutcome.Saved:
                    decided += changed;
                    places++;
                    skipped += place.Count() - changed;
                    break;
                case SaveOutcome.Conflict:
                    conflicts.Add(new ReviewConflict(place.Key, place.First().Name, place.First().StateCode));
                    break;
                default:
                    skipped += place.Count();
                    break;
            }
        }

        return new ReviewResult(decided, places, skipped, conflicts);
    }
}
