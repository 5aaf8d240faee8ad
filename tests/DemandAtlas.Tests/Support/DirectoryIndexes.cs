using DemandAtlas.Web.Caching;
using DemandAtlas.Web.Data;

namespace DemandAtlas.Tests.Support;

/// <summary>The directory index of a test store, built the way the site's index service builds it.</summary>
internal static class DirectoryIndexes
{
    public static async Task<DirectoryIndex> BuildAsync(AtlasDb db)
    {
        var tactics = await DirectoryLoader.TacticsAsync(db, CancellationToken.None);
        return DirectoryIndex.Build(1, 0, tactics, await DirectoryLoader.PlacesAsync(db, tactics, null, CancellationToken.None));
    }
}
