using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class RelatedJurisdictionConfiguration : IEntityTypeConfiguration<RelatedJurisdiction>
{
    public void Configure(EntityTypeBuilder<RelatedJurisdiction> builder)
    {
        builder.HasIndex(r => r.MatchedJurisdictionId);
        builder.HasOne(r => r.MatchedJurisdiction).WithMany().HasForeignKey(r => r.MatchedJurisdictionId).OnDelete(DeleteBehavior.SetNull);
    }
}
