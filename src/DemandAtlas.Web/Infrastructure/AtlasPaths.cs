namespace DemandAtlas.Web.Infrastructure;

/// <summary>
/// Finds the repository root (the folder holding DemandAtlas.sln) so `data/` and `seeds/` resolve the same
/// whether the app runs from the repo root, the project folder or its bin folder.
/// </summary>
public static class AtlasPaths
{
    public static string Root(string contentRoot)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DemandAtlas.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return contentRoot;
    }

    /// <summary>Makes a relative `Data Source` in a SQLite connection string relative to the repo root.</summary>
    public static string ResolveConnectionString(string connectionString, string root)
    {
        Microsoft.Data.Sqlite.SqliteConnectionStringBuilder csb;
        try
        {
            csb = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw Data.StoreFailures.MalformedConnectionString(e);
        }

        if (csb.DataSource.Length == 0)
        {
            throw Data.StoreFailures.MalformedConnectionString(new ArgumentException("it names no Data Source"));
        }

        if (csb.DataSource != ":memory:" && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal) && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.GetFullPath(Path.Combine(root, csb.DataSource));
        }

        if (csb.DataSource != ":memory:" && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Data.StoreFailures.Unwritable(csb.DataSource, e);
            }
        }

        return csb.ToString();
    }
}
