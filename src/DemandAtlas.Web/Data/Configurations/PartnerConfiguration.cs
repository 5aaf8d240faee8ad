using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(200);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.HasOne(p => p.Parent).WithMany(p => p.SubUnits).HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class JurisdictionPartnerConfiguration : IEntityTypeConfiguration<JurisdictionPartner>
{
    public void Configure(EntityTypeBuilder<JurisdictionPartner> builder)
    {
        builder.HasKey(p => new { p.JurisdictionId, p.PartnerId });
        builder.HasIndex(p => p.PartnerId);
        builder.HasOne(p => p.Partner).WithMany(p => p.Jurisdictions).HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PartnerAliasConfiguration : IEntityTypeConfiguration<PartnerAlias>
{
    public void Configure(EntityTypeBuilder<PartnerAlias> builder)
    {
        builder.ToTable("PartnerAliases");
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.PartnerId);
        builder.Property(a => a.Slug).HasMaxLength(200);
        builder.HasOne(a => a.Partner).WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
