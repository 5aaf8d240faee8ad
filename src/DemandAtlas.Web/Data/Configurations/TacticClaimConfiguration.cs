using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class TacticClaimConfiguration : IEntityTypeConfiguration<TacticClaim>
{
    public void Configure(EntityTypeBuilder<TacticClaim> builder)
    {
        builder.HasIndex(c => new { c.JurisdictionId, c.TacticId }).IsUnique();
        // "Which jurisdictions use tactic X" is the directory's most common question.
        builder.HasIndex(c => new { c.TacticId, c.Status, c.JurisdictionId });
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(c => c.Tactic).WithMany().HasForeignKey(c => c.TacticId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Evidence).WithOne(e => e.Claim).HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
