using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class ShiftConfiguration : IEntityTypeConfiguration<Shift>
{
    public void Configure(EntityTypeBuilder<Shift> builder)
    {
        builder.ToTable("Shifts");
        builder.Property(s => s.Place).HasMaxLength(Shift.PlaceMaxLength);

        // The last place goes to one person: sign-ups bump Version, the loser retries (docs/adr/0006, 0111, 0130).
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.VacancyId, s.StartsAt });
        builder.HasIndex(s => new { s.Status, s.StartsAt });
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(s => s.VacancyId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.PlacesTaken);
        builder.Ignore(s => s.PlacesLeft);
        builder.Ignore(s => s.IsCancelled);
        builder.Ignore(s => s.Duration);

        builder.HasMany(s => s.SignUps).WithOne(r => r.Shift).HasForeignKey(r => r.ShiftId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.SignUps).HasField("_signUps");
    }
}

internal sealed class ShiftSignUpConfiguration : IEntityTypeConfiguration<ShiftSignUp>
{
    public void Configure(EntityTypeBuilder<ShiftSignUp> builder)
    {
        builder.ToTable("ShiftSignUps");
        builder.Property(s => s.SharedNeeds).HasMaxLength(ShiftSignUp.SharedNeedsMaxLength);
        builder.Ignore(s => s.HoldsPlace);
        builder.Ignore(s => s.IsActive);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(s => s.VolunteerId).OnDelete(DeleteBehavior.Restrict);

        // One active sign-up per volunteer per shift, also for a double click that both retries see.
        builder.HasIndex(s => new { s.ShiftId, s.VolunteerId })
            .IsUnique()
            .HasFilter("\"Status\" IN ('Confirmed', 'Pending', 'Waiting')")
            .HasDatabaseName("IX_ShiftSignUps_OneActivePerVolunteer");
        builder.HasIndex(s => s.VolunteerId);
    }
}

internal sealed class HourEntryConfiguration : IEntityTypeConfiguration<HourEntry>
{
    public void Configure(EntityTypeBuilder<HourEntry> builder)
    {
        builder.ToTable("HourEntries");
        builder.Property(h => h.Note).HasMaxLength(HourEntry.NoteMaxLength);
        builder.Ignore(h => h.Hours);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(h => h.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Organisations.Organisation>().WithMany().HasForeignKey(h => h.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(h => h.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ShiftSignUp>().WithMany().HasForeignKey(h => h.ShiftSignUpId).OnDelete(DeleteBehavior.SetNull);

        // One figure per attended sign-up, however often the attendance list is saved.
        builder.HasIndex(h => h.ShiftSignUpId).IsUnique().HasFilter("\"ShiftSignUpId\" IS NOT NULL");
        builder.HasIndex(h => new { h.VolunteerId, h.Status });
        builder.HasIndex(h => new { h.OrganisationId, h.Status });
        builder.HasIndex(h => new { h.Status, h.PeriodStart });
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("Certificates");
        builder.Property(c => c.Code).HasMaxLength(Certificate.CodeLength);
        builder.Property(c => c.Initials).HasMaxLength(Certificate.InitialsMaxLength);
        builder.Ignore(c => c.Hours);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(c => c.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}
