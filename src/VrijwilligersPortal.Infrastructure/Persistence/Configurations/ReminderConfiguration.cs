using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Reminders;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> builder)
    {
        builder.ToTable("ReminderDeliveries");
        builder.Property(d => d.Kind).HasMaxLength(40);

        // At most once per kind and subject, whatever instance or restart tries again (docs/adr/0112).
        builder.HasIndex(d => new { d.Kind, d.SubjectId }).IsUnique();
    }
}

internal sealed class ReminderOptOutConfiguration : IEntityTypeConfiguration<ReminderOptOut>
{
    public void Configure(EntityTypeBuilder<ReminderOptOut> builder)
    {
        builder.ToTable("ReminderOptOuts");
        builder.Property(o => o.Email).HasMaxLength(ReminderOptOut.EmailMaxLength);
        builder.Property(o => o.Kind).HasMaxLength(40);
        builder.HasIndex(o => new { o.Email, o.Kind }).IsUnique();
    }
}
