using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class MediationConfiguration : IEntityTypeConfiguration<Mediation>
{
    public void Configure(EntityTypeBuilder<Mediation> builder)
    {
        builder.ToTable("Mediations");
        builder.Property(m => m.Question).HasMaxLength(Mediation.QuestionMaxLength);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Restrict);

        // One case at a time per volunteer, also when the help request is sent twice at once.
        builder.HasIndex(m => m.VolunteerId)
            .IsUnique()
            .HasFilter("\"Status\" <> 'Closed'")
            .HasDatabaseName("IX_Mediations_OneActivePerVolunteer");
        builder.HasIndex(m => new { m.Status, m.RequestedAt });

        builder.OwnsHistory(m => m.History, "MediationStatusChanges", "MediationId");
    }
}
