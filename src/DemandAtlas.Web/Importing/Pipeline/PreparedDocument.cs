using System.Security.Cryptography;
using DemandAtlas.Web.Domain;
using DemandAtlas.Web.Geo;
using DemandAtlas.Web.Importing.Parsing;
using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.Web.Importing.Pipeline;

/// <summary>
/// A document read, parsed, hashed, rendered and placed on the map, ready for the writer; or the reason it cannot
/// be imported. Everything here is pure, so the importer prepares documents on other threads.
/// </summary>
internal sealed record PreparedDocument(
    string Path,
    ParsedProfile? Profile,
    string? Sha,
    string? Html,
    (double Latitude, double Longitude, CoordinateSource Source)? Coordinates,
    DocumentResult? Failure)
{
    public static PreparedDocument Read(string path, TacticLexicon lexicon)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ProfileText.MaxBytes)
            {
                return Failed(path, DocumentResult.Failure(path, null, 1, $"file is {length:N0} bytes; the limit is {ProfileText.MaxBytes:N0} (1 MB)"));
            }

            return Parse(path, File.ReadAllBytes(path), lexicon);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, DocumentResult.Failure(path, null, null, $"cannot read the file: {ex.Message}"));
        }
    }

    public static PreparedDocument Parse(string path, byte[] bytes, TacticLexicon lexicon)
    {
        ParsedProfile profile;
        try
        {
            profile = ProfileParser.Parse(bytes, System.IO.Path.GetFileName(path), lexicon);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A parser bug on one strange document must not stop the rest of the run.
            return Failed(path, DocumentResult.Failure(path, null, null, $"the document could not be parsed: {ex.Message}"));
        }

        if (profile.Failed)
        {
            return Failed(path, new DocumentResult(path, ImportStatus.Failed, profile.Slug.Length > 0 ? profile.Slug : null, profile.Warnings, profile.Errors));
        }

        return new PreparedDocument(path, profile, Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Markdown.ToSafeHtml(profile.NarrativeMarkdown), ResolveCoordinates(profile), null);
    }

    /// <summary>
    /// COORDINATES — the one place where a jurisdiction's position is decided: the document's `Location` line,
    /// else the bundled gazetteer's match for name + state (see Geo/CoordinateResolver.cs), else nothing.
    /// </summary>
    private static (double Latitude, double Longitude, CoordinateSource Source)? ResolveCoordinates(ParsedProfile profile) =>
        CoordinateResolver.Resolve(
            profile.Latitude,
            profile.Longitude,
            profile.Name,
            profile.StateCode,
            profile.IsStateLevel ? JurisdictionType.State : profile.Type) is { } resolved
            ? (resolved.Latitude, resolved.Longitude, resolved.Source)
            : null;

    private static PreparedDocument Failed(string path, DocumentResult failure) => new(path, null, null, null, null, failure);
}
