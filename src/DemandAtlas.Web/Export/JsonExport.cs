using System.Text.Json;
using DemandAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace DemandAtlas.Web.Export;

/// <summary>
/// `{"jurisdictions":[…],"tactics":[…],"partners":[…]}`, written as it is read so memory stays flat. Tactic
/// counts include confidential claims (public totals do); partners are those of public jurisdictions.
/// </summary>
public static class JsonExport
{
    public static async Task WriteAsync(AtlasDb db, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        writer.WriteStartObject();
        writer.WriteStartArray("jurisdictions");
        await foreach (var document in JurisdictionDocuments.LoadAllAsync(db, cancellationToken))
        {
            JsonSerializer.Serialize(writer, document, JurisdictionDocument.JsonOptions);
            if (writer.BytesPending > 64 * 1024)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();

        var tactics = await db.Tactics.AsNoTracking()
            .OrderBy(t => t.SortOrder)
            .Select(t => new
            {
                t.Slug,
                t.Name,
                t.Description,
                Aliases = t.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList(),
                Jurisdictions = db.CountedClaims.Count(c => c.TacticId == t.Id),
            })
            .ToListAsync(cancellationToken);
        writer.WritePropertyName("tactics");
        JsonSerializer.Serialize(writer, tactics, JurisdictionDocument.JsonOptions);

        var partners = await db.PublicPartners.AsNoTracking()
            .OrderBy(p => p.Slug)
            .Select(p => new PartnerEntry(p.Slug, p.Name, p.Parent == null ? null : p.Parent.Slug))
            .ToListAsync(cancellationToken);
        writer.WritePropertyName("partners");
        JsonSerializer.Serialize(writer, partners, JurisdictionDocument.JsonOptions);
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}
