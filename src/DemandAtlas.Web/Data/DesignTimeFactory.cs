using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DemandAtlas.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AtlasDb>
{
    public AtlasDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AtlasDb>().UseSqlite("Data Source=design-time.db").Options);
}
