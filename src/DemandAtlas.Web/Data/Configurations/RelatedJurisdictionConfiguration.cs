using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class RelatedJurisdictionConfiguration : IEntityTypeConfiguration<RelatedJurisdiction>
{
    public void Configure(EntityTypeBuilder<RelatedJurisdiction> builder)
    {
        builder.HasIndex(r => r.MatchedJurisdictionId);
        // The importer links earlier unmatched mentions to a newly imported jurisdiction by name.
        builder.HasIndex(r => new { r.Name, r.MatchedJurisdictionId });
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.HasOne(r => r.MatchedJurisdiction).WithMany().HasForeignKey(r => r.MatchedJurisdictionId).OnDelete(DeleteBehavior.SetNull);
    }
}
