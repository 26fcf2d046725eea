using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class MatchAlertConfiguration : IEntityTypeConfiguration<MatchAlert>
{
    public void Configure(EntityTypeBuilder<MatchAlert> builder)
    {
        builder.ToTable("MatchAlerts");

        // One alert per volunteer: switching it on twice (two tabs) changes the one there is.
        builder.HasIndex(a => a.VolunteerId).IsUnique();
        builder.HasIndex(a => a.CoveredUntil);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.NextRunAt);
    }
}

internal sealed class MatchAlertDeliveryConfiguration : IEntityTypeConfiguration<MatchAlertDelivery>
{
    public void Configure(EntityTypeBuilder<MatchAlertDelivery> builder)
    {
        builder.ToTable("MatchAlertDeliveries");

        // The guarantee "never the same vacancy twice to the same person" rests on this index.
        builder.HasIndex(d => new { d.VolunteerId, d.VacancyId }).IsUnique();
        builder.HasIndex(d => d.VacancyId);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(d => d.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(d => d.VacancyId).OnDelete(DeleteBehavior.Cascade);
    }
}
