using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class StoreChangeConfiguration : IEntityTypeConfiguration<StoreChange>
{
    public void Configure(EntityTypeBuilder<StoreChange> builder)
    {
        builder.ToTable("StoreChanges");
        builder.HasKey(c => c.Seq);
        // No foreign key: a deleted jurisdiction's last change must outlive it, and the triggers write these rows.
        builder.Property(c => c.Seq).ValueGeneratedOnAdd();
    }
}
