using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class TacticConfiguration : IEntityTypeConfiguration<Tactic>
{
    public void Configure(EntityTypeBuilder<Tactic> builder)
    {
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Slug).HasMaxLength(60);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasMany(t => t.Aliases).WithOne(a => a.Tactic).HasForeignKey(a => a.TacticId).OnDelete(DeleteBehavior.Cascade);
        builder.HasData(TacticCatalog.All.Select(e => new Tactic
        {
            Id = e.Id,
            Slug = e.Slug,
            Name = e.Name,
            Description = e.Description,
            NationalContext = e.NationalContext,
            SortOrder = e.Id,
        }));
    }
}

public sealed class TacticAliasConfiguration : IEntityTypeConfiguration<TacticAlias>
{
    public void Configure(EntityTypeBuilder<TacticAlias> builder)
    {
        builder.HasIndex(a => a.Key).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.Key).HasMaxLength(100);
        var id = 0;
        builder.HasData(TacticCatalog.All.SelectMany(e => e.Aliases.Select(alias => new TacticAlias
        {
            Id = ++id,
            TacticId = e.Id,
            Name = alias,
            Key = TacticCatalog.Key(alias),
        })));
    }
}
