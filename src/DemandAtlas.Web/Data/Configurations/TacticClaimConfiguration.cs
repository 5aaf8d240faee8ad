using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class TacticClaimConfiguration : IEntityTypeConfiguration<TacticClaim>
{
    public void Configure(EntityTypeBuilder<TacticClaim> builder)
    {
        builder.HasIndex(c => new { c.JurisdictionId, c.TacticId }).IsUnique();
        // "Which jurisdictions use tactic X" is the directory's most common question.
        builder.HasIndex(c => new { c.TacticId, c.Status, c.JurisdictionId });
        // The review queue reads one status at a time, weakest evidence first and a place's claims together, in
        // this index's order (so a page is a range of it, never a sort of every waiting claim); TacticId makes the
        // tactic filter a check inside the index.
        builder.HasIndex(c => new { c.Status, c.Strength, c.JurisdictionId, c.TacticId });
        // "Reviewed today" on the queue and the dashboard.
        builder.HasIndex(c => c.ReviewedAt);
        builder.Property(c => c.ReviewedBy).HasMaxLength(256);
        // Kept by the store's triggers on Evidence; EF must never write its stale copy over them.
        var strength = builder.Property(c => c.Strength).Metadata;
        strength.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        strength.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
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
