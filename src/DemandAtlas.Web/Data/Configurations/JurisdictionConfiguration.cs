using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class JurisdictionConfiguration : IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Jurisdiction> builder)
    {
        builder.HasIndex(j => j.Slug).IsUnique();
        builder.HasIndex(j => j.StateCode);
        builder.HasIndex(j => j.Name);
        builder.HasIndex(j => j.Population);
        builder.HasIndex(j => new { j.IsPublished, j.DeletedAt });
        // Staff queries leave deleted places out by their (few) ids: a search of this index, not a scan of every place.
        builder.HasIndex(j => j.DeletedAt);
        builder.Property(j => j.Slug).HasMaxLength(120);
        builder.Property(j => j.Name).HasMaxLength(200);
        builder.Property(j => j.StateCode).HasMaxLength(2);
        builder.Property(j => j.StateName).HasMaxLength(60);
        builder.Property(j => j.County).HasMaxLength(200);
        builder.Property(j => j.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.CoordinateSource).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.SourceSha256).HasMaxLength(64);
        builder.Property(j => j.Version).IsConcurrencyToken();

        builder.HasMany(j => j.Claims).WithOne(c => c.Jurisdiction).HasForeignKey(c => c.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.Operations).WithOne(o => o.Jurisdiction).HasForeignKey(o => o.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.Partners).WithOne(p => p.Jurisdiction).HasForeignKey(p => p.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.Sources).WithOne(s => s.Jurisdiction).HasForeignKey(s => s.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.RelatedJurisdictions).WithOne(r => r.Jurisdiction).HasForeignKey(r => r.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.ImportWarnings).WithOne(w => w.Jurisdiction).HasForeignKey(w => w.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.Revisions).WithOne(r => r.Jurisdiction).HasForeignKey(r => r.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(j => j.EditedFields).WithOne(e => e.Jurisdiction).HasForeignKey(e => e.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
    }
}
