using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class OperationConfiguration : IEntityTypeConfiguration<Operation>
{
    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.HasIndex(o => new { o.Year, o.Month, o.Day });
        builder.Ignore(o => o.DateText);
        builder.HasMany(o => o.Tactics).WithOne(t => t.Operation).HasForeignKey(t => t.OperationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Partners).WithOne(p => p.Operation).HasForeignKey(p => p.OperationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class OperationTacticConfiguration : IEntityTypeConfiguration<OperationTactic>
{
    public void Configure(EntityTypeBuilder<OperationTactic> builder)
    {
        builder.HasKey(t => new { t.OperationId, t.TacticId });
        builder.HasIndex(t => t.TacticId);
        builder.HasOne(t => t.Tactic).WithMany().HasForeignKey(t => t.TacticId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class OperationPartnerConfiguration : IEntityTypeConfiguration<OperationPartner>
{
    public void Configure(EntityTypeBuilder<OperationPartner> builder)
    {
        builder.HasKey(p => new { p.OperationId, p.PartnerId });
        builder.HasIndex(p => p.PartnerId);
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
