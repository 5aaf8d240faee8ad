using DemandAtlas.Web.Infrastructure;

namespace DemandAtlas.Web.CommandLine;

/// <summary>
/// `dotnet run --project src/DemandAtlas.Web` starts the app in the project folder, not where the user typed
/// the command, so a relative path is taken from the working folder when something exists there and from the
/// repository root otherwise (where README commands are run).
/// </summary>
public static class VerbPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var here = Path.GetFullPath(path);
        if (File.Exists(here) || Directory.Exists(here))
        {
            return here;
        }

        return Path.GetFullPath(Path.Combine(AtlasPaths.Root(Directory.GetCurrentDirectory()), path));
    }
}
