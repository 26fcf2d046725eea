using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Courses;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("Courses");
        builder.Property(c => c.Title).HasMaxLength(Course.TitleMaxLength);
        builder.Property(c => c.Description).HasMaxLength(Course.DescriptionMaxLength);
        builder.Property(c => c.Place).HasMaxLength(Course.PlaceMaxLength);
        builder.Property(c => c.OnlineLink).HasMaxLength(Course.LinkMaxLength);

        // The last place goes to one person: sign-ups bump Version, the loser retries (docs/adr/0006, 0111).
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Status, c.StartsAt });
        builder.Ignore(c => c.ConfirmedCount);
        builder.Ignore(c => c.PlacesLeft);
        builder.Ignore(c => c.IsCancelled);
        builder.Ignore(c => c.EndsAt);

        builder.OwnsMany(c => c.Sessions, session =>
        {
            session.ToTable("CourseSessions");
            session.WithOwner().HasForeignKey("CourseId");
            session.HasKey(s => s.Id);
        });
        builder.Navigation(c => c.Sessions).HasField("_sessions");
        builder.HasMany(c => c.Registrations).WithOne(r => r.Course).HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Registrations).HasField("_registrations");
    }
}

internal sealed class CourseRegistrationConfiguration : IEntityTypeConfiguration<CourseRegistration>
{
    public void Configure(EntityTypeBuilder<CourseRegistration> builder)
    {
        builder.ToTable("CourseRegistrations");

        // One active sign-up per person per course, also for a double click that both retries see.
        builder.HasIndex(r => new { r.CourseId, r.UserId })
            .IsUnique()
            .HasFilter("\"Status\" <> 'Cancelled'")
            .HasDatabaseName("IX_CourseRegistrations_OneActivePerPerson");
        builder.HasIndex(r => r.UserId);
    }
}
