namespace DemandAtlas.Tests.Importing;

/// <summary>The checked-in seed documents, found from the test binary's folder.</summary>
internal static class Seeds
{
    public const string Westborough = "000_1e4370576aede26b.txt";

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DemandAtlas.sln")))
                {
                    return Path.Combine(dir.FullName, "seeds");
                }
            }

            throw new DirectoryNotFoundException("seeds/ not found above the test binaries");
        }
    }

    public static string PathOf(string file) => Path.Combine(Folder, file);

    public static byte[] Bytes(string file) => File.ReadAllBytes(PathOf(file));

    public static string Text(string file) => File.ReadAllText(PathOf(file));
}
