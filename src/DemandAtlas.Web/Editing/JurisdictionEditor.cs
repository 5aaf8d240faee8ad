using System.Linq.Expressions;
using System.Text.Json.Nodes;
using System.Text.Json;
using DemandAtlas.Web.Data;
using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace DemandAtlas.Web.Editing;

/// <summary>
/// The one way staff change a jurisdiction: checks the version the editor started from, applies the
/// change, bumps Version, and writes the Revision and EditedFields in the same transaction. A stale
/// version never overwrites anything; the caller gets the current state to show a conflict.
/// </summary>
public sealed class JurisdictionEditor(AtlasDb db, SnapshotApplier applier)
{
    /// <summary>A jurisdiction with everything a snapshot holds, tracked, to change it.</summary>
    public Task<Jurisdiction?> LoadAsync(string slug, CancellationToken cancellationToken) =>
        CompiledQueries.For<Queries>(db).Graph(db, slug, cancellationToken);

    /// <summary>The same, untracked, for a form to show: tracking and fixing up the rows was about a fifth of the load in a profile of saves.</summary>
    public Task<Jurisdiction?> ReadAsync(string slug, CancellationToken cancellationToken) =>
        CompiledQueries.For<Queries>(db).Read(db, slug, cancellationToken);

    /// <summary>
    /// Saves read and diff without holding the write lock: <see cref="Jurisdiction.Version"/> is a concurrency
    /// token, so the UPDATE itself finds a save that landed meanwhile, and savers of different places no longer
    /// queue behind each other's reads. A racing save that made the same new row (a partner, the next revision
    /// number) fails the unique index instead; that save is done again holding the lock from the start.
    /// </summary>
    public async Task<SaveResult> SaveAsync(string slug, long expectedVersion, string author, string summary, Func<JurisdictionSnapshot, JurisdictionSnapshot> change, CancellationToken cancellationToken)
    {
        try
        {
            return await AttemptAsync(slug, expectedVersion, author, summary, change, locked: false, cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await AttemptAsync(slug, expectedVersion, author, summary, change, locked: true, cancellationToken);
        }
    }

    private async Task<SaveResult> AttemptAsync(string slug, long expectedVersion, string author, string summary, Func<JurisdictionSnapshot, JurisdictionSnapshot> change, bool locked, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE on SQLite: concurrent savers queue here, so the version check below sees the last commit.
        await using var transaction = locked ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var j = await LoadAsync(slug, cancellationToken);
        if (j is null)
        {
            return new SaveResult(SaveOutcome.NotFound, 0, null, null);
        }

        var before = JurisdictionSnapshot.Capture(j);
        if (j.Version != expectedVersion)
        {
            return new SaveResult(SaveOutcome.Conflict, j.Version, before, null);
        }

        var after = change(before);
        var changes = FieldChange.Diff(before.ToJson(), after.ToJson());
        if (changes.Count == 0)
        {
            return new SaveResult(SaveOutcome.Unchanged, j.Version, before, null);
        }

        var changed = changes.Select(c => c.Field).ToHashSet();
        await applier.ApplyAsync(j, after, changed, author, cancellationToken);
        var now = db.Clock.GetUtcNow();
        j.Version = expectedVersion + 1;
        j.UpdatedAt = now;
        var number = await AddRevisionAsync(j, changes, author, summary, now, cancellationToken);
        await MarkEditedAsync(j.Id, changed, author, now, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved this place after it was read here: none of this save stands.
            if (transaction is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            var current = await LoadAsync(slug, cancellationToken);
            return new SaveResult(SaveOutcome.Conflict, current?.Version ?? 0, current is null ? null : JurisdictionSnapshot.Capture(current), null);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new SaveResult(SaveOutcome.Saved, j.Version, JurisdictionSnapshot.Capture(j), number);
    }

    /// <summary>Stages the next revision of a tracked jurisdiction, whose state after the change is already applied.</summary>
    public async Task<int> AddRevisionAsync(Jurisdiction j, List<FieldChange> changes, string author, string summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var number = await NextRevisionNumberAsync(j.Id, cancellationToken);
        db.Revisions.Add(new Revision
        {
            JurisdictionId = j.Id,
            Number = number,
            Author = author,
            CreatedAt = now,
            Summary = summary,
            ChangesJson = JsonSerializer.Serialize(changes, JurisdictionSnapshot.Json),
            SnapshotJson = JurisdictionSnapshot.Capture(j).ToJson().ToJsonString(),
        });
        return number;
    }

    /// <summary>Records a brand-new jurisdiction's first revision (call inside the creating transaction).</summary>
    public void AddCreationRevision(Jurisdiction j, string author)
    {
        var snapshot = JurisdictionSnapshot.Capture(j).ToJson();
        var changes = FieldChange.Diff(new JurisdictionSnapshot().ToJson(), snapshot);
        j.Revisions.Add(new Revision
        {
            Number = 1,
            Author = author,
            CreatedAt = j.CreatedAt,
            Summary = "Created",
            ChangesJson = JsonSerializer.Serialize(changes, JurisdictionSnapshot.Json),
            SnapshotJson = snapshot.ToJsonString(),
        });
        j.EditedFields.AddRange(changes.Select(c => EditedFieldName(c.Field)).Distinct().Select(f => new EditedField { Field = f, EditedAt = j.CreatedAt, EditedBy = author }));
    }

    /// <summary>The name the importer checks before overwriting (it treats the three location fields as one).</summary>
    public static string EditedFieldName(string field) => field switch
    {
        nameof(JurisdictionSnapshot.NarrativeMarkdown) => "Narrative",
        nameof(JurisdictionSnapshot.Latitude) or nameof(JurisdictionSnapshot.Longitude) or nameof(JurisdictionSnapshot.CoordinateSource) => "Location",
        _ => field,
    };

    private async Task<int> NextRevisionNumberAsync(int jurisdictionId, CancellationToken cancellationToken) =>
        (await CompiledQueries.For<Queries>(db).LastRevision(db, jurisdictionId, cancellationToken) ?? 0) + 1;

    private async Task MarkEditedAsync(int jurisdictionId, IEnumerable<string> fields, string author, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = (await CompiledQueries.For<Queries>(db).EditedFields(db, jurisdictionId).ToListAsync(cancellationToken)).ToDictionary(e => e.Field);
        foreach (var field in fields.Where(f => f != nameof(JurisdictionSnapshot.IsDeleted)).Select(EditedFieldName).Distinct())
        {
            if (existing.TryGetValue(field, out var row))
            {
                row.EditedAt = now;
                row.EditedBy = author;
            }
            else
            {
                db.EditedFields.Add(new EditedField { JurisdictionId = jurisdictionId, Field = field, EditedAt = now, EditedBy = author });
            }
        }
    }

    /// <summary>Compiled: editors load the graph on every form and every save (tracked and not, from one include list), and every save asks the rest.</summary>
    private sealed class Queries
    {
        public readonly Func<AtlasDb, string, CancellationToken, Task<Jurisdiction?>> Graph = Compile(db => db.Jurisdictions.AsTracking());

        public readonly Func<AtlasDb, string, CancellationToken, Task<Jurisdiction?>> Read = Compile(db => db.Jurisdictions.AsNoTracking());

        public readonly Func<AtlasDb, int, CancellationToken, Task<int?>> LastRevision = EF.CompileAsyncQuery(
            (AtlasDb db, int id, CancellationToken ct) => db.Revisions.Where(r => r.JurisdictionId == id).Max(r => (int?)r.Number));

        public readonly Func<AtlasDb, int, IAsyncEnumerable<EditedField>> EditedFields = EF.CompileAsyncQuery(
            (AtlasDb db, int id) => db.EditedFields.AsTracking().Where(e => e.JurisdictionId == id));

        private static readonly Expression<Func<IQueryable<Jurisdiction>, string, Jurisdiction?>> WholeGraph = (jurisdictions, slug) => jurisdictions
            .Include(j => j.Claims).ThenInclude(c => c.Tactic)
            .Include(j => j.Claims).ThenInclude(c => c.Evidence)
            .Include(j => j.Operations).ThenInclude(o => o.Tactics).ThenInclude(t => t.Tactic)
            .Include(j => j.Operations).ThenInclude(o => o.Partners).ThenInclude(p => p.Partner)
            .Include(j => j.Partners).ThenInclude(p => p.Partner)
            .Include(j => j.Sources).ThenInclude(s => s.Tactics).ThenInclude(t => t.Tactic)
            .Include(j => j.Sources).ThenInclude(s => s.Items)
            .Include(j => j.RelatedJurisdictions)
            .AsSplitQuery()
            .FirstOrDefault(j => j.Slug == slug);

        /// <summary>The whole graph read from <paramref name="source"/>: its body put in place of the list's parameter.</summary>
        private static Func<AtlasDb, string, CancellationToken, Task<Jurisdiction?>> Compile(Expression<Func<AtlasDb, IQueryable<Jurisdiction>>> source)
        {
            var slug = WholeGraph.Parameters[1];
            var body = ReplacingExpressionVisitor.Replace(WholeGraph.Parameters[0], source.Body, WholeGraph.Body);
            return EF.CompileAsyncQuery(Expression.Lambda<Func<AtlasDb, string, CancellationToken, Jurisdiction?>>(
                body, source.Parameters[0], slug, Expression.Parameter(typeof(CancellationToken), "cancellationToken")));
        }
    }
}

public enum SaveOutcome
{
    Saved,
    Unchanged,
    Conflict,
    NotFound,
}

/// <summary>What a save did; on a conflict, Current is the state someone else saved meanwhile.</summary>
public sealed record SaveResult(SaveOutcome Outcome, long Version, JurisdictionSnapshot? Current, int? RevisionNumber);

/// <summary>One field's change in a revision, with structured before and after values.</summary>
public sealed record FieldChange(string Field, JsonNode? Before, JsonNode? After)
{
    public static List<FieldChange> Diff(JsonObject before, JsonObject after) =>
        [.. JurisdictionSnapshot.FieldNames
            .Where(f => !JsonNode.DeepEquals(before[f], after[f]))
            .Select(f => new FieldChange(f, before[f]?.DeepClone(), after[f]?.DeepClone()))];

    public static List<FieldChange> Parse(string json) =>
        JsonSerializer.Deserialize<List<FieldChange>>(json, JurisdictionSnapshot.Json) ?? [];
}
