using System.CommandLine;

namespace DemandAtlas.Web.CommandLine;

/// <summary>Options several verbs share.</summary>
public static class VerbOptions
{
    /// <summary>`--db PATH`: another SQLite file than the site's store.</summary>
    public static Option<string> Database(string description = "The SQLite store to use (default: the site's, ConnectionStrings:Atlas)") =>
        new("--db") { Description = description, HelpName = "PATH" };
}
