using System.IO.Compression;

namespace DemandAtlas.Web.Geo;

/// <summary>Reads the tab-separated, gzipped data files tools/geo/build.mjs writes and the assembly embeds.</summary>
internal static class GeoData
{
    public static IEnumerable<string[]> ReadRows(string resourceName)
    {
        using var stream = typeof(GeoData).Assembly.GetManifestResourceStream($"DemandAtlas.Geo.{resourceName}")
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing; run tools/geo/build.mjs.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line.Split('\t');
            }
        }
    }
}
