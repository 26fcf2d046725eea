using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Infrastructure.Audit;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.Action).HasMaxLength(AuditLog.ActionMaxLength);
        builder.Property(e => e.RecordType).HasMaxLength(AuditLog.RecordTypeMaxLength);
        builder.Property(e => e.RecordId).HasMaxLength(AuditLog.RecordIdMaxLength);

        // No foreign key to the user: the log outlives a deleted staff account.
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.UserId, e.At });
        builder.HasIndex(e => new { e.RecordType, e.RecordId });
    }
}
