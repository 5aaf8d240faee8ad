using DemandAtlas.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DemandAtlas.Web.Data.Configurations;

public sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.HasIndex(r => new { r.JurisdictionId, r.Number }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
    }
}

public sealed class EditedFieldConfiguration : IEntityTypeConfiguration<EditedField>
{
    public void Configure(EntityTypeBuilder<EditedField> builder)
    {
        builder.HasKey(e => new { e.JurisdictionId, e.Field });
        builder.Property(e => e.Field).HasMaxLength(60);
    }
}

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasIndex(a => a.At);
        builder.Property(a => a.Action).HasMaxLength(60);
    }
}

public sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
        builder.HasOne(s => s.User).WithMany(u => u.Sessions).HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
