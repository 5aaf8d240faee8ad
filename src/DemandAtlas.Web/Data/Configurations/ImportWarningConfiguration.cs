using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class ImportWarningConfiguration : IEntityTypeConfiguration<ImportWarning>
{
    public void Configure(EntityTypeBuilder<ImportWarning> builder)
    {
        builder.HasIndex(w => new { w.ReviewedAt, w.Code });
        builder.Property(w => w.Code).HasMaxLength(40);
    }
}
