using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.Motivation).HasMaxLength(Application.MotivationMaxLength);
        builder.Property(a => a.DeclineReason).HasMaxLength(1000);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Restrict);

        // Backs the domain rule "one open application per vacancy per volunteer" against double submits.
        builder.HasIndex(a => new { a.VacancyId, a.VolunteerId })
            .IsUnique()
            .HasFilter("\"Status\" IN ('Submitted', 'InContact')")
            .HasDatabaseName("IX_Applications_OneOpenPerVolunteer");
        builder.HasIndex(a => a.VolunteerId);

        // The filtered index above only serves open applications; a vacancy's whole list (the
        // organisation's page, the reports' "anyone placed?") needs its own, or it reads every row.
        builder.HasIndex(a => a.VacancyId);
        builder.HasIndex(a => new { a.Status, a.SubmittedAt });

        // The reports read "sent in the period" by time alone (docs/adr/0113).
        builder.HasIndex(a => a.SubmittedAt);
        builder.HasIndex(a => a.PlacedAt); // "still active after 3, 6, 12 months" reads placements by time

        builder.OwnsHistory(a => a.History, "ApplicationStatusChanges", "ApplicationId");
    }
}
