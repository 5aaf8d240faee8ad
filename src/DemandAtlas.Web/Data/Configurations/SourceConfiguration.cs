using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.HasMany(s => s.Tactics).WithOne(t => t.Source).HasForeignKey(t => t.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Items).WithOne(i => i.Source).HasForeignKey(i => i.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SourceTacticConfiguration : IEntityTypeConfiguration<SourceTactic>
{
    public void Configure(EntityTypeBuilder<SourceTactic> builder)
    {
        builder.HasKey(t => new { t.SourceId, t.TacticId });
        builder.HasOne(t => t.Tactic).WithMany().HasForeignKey(t => t.TacticId).OnDelete(DeleteBehavior.Restrict);
    }
}
