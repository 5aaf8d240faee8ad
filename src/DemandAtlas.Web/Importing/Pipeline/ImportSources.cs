namespace DemandAtlas.Web.Importing.Pipeline;

/// <summary>Which files an import reads: named files as given, folders' `*.txt` files (recursively), in name order.</summary>
public static class ImportSources
{
    /// <summary>Expands paths; returns the paths that do not exist in <paramref name="missing"/>.</summary>
    public static List<string> Expand(IEnumerable<string> paths, bool skipSynthetic, out List<string> missing)
    {
        missing = [];
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        // Synthetic benchmark documents must never reach a real store by accident.
        return skipSynthetic
            ? [.. files.Where(f => !f.Contains("synthetic", StringComparison.OrdinalIgnoreCase))]
            : files;
    }
}
