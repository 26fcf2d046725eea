using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.ToTable("Vacancies");
        builder.Property(v => v.Title).HasMaxLength(120);
        builder.Property(v => v.Description).HasMaxLength(8000);
        builder.Property(v => v.EnglishTitle).HasMaxLength(120);
        builder.Property(v => v.EnglishSummary).HasMaxLength(1000);
        builder.Property(v => v.Postcode).HasMaxLength(10);
        builder.Property(v => v.Place).HasMaxLength(100);
        builder.Property(v => v.ContactName).HasMaxLength(100);
        builder.Property(v => v.ContactEmail).HasMaxLength(254);
        builder.Property(v => v.ContactPhone).HasMaxLength(30);
        builder.Property(v => v.ReviewComment).HasMaxLength(2000);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.Property(v => v.SourceUrl).HasMaxLength(500);

        builder.HasOne(v => v.Organisation).WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.Category).WithMany().HasForeignKey(v => v.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Skills).WithMany().UsingEntity("VacancySkills");
        builder.HasMany(v => v.SuitableFor).WithMany().UsingEntity(
            "VacancySuitableForTags",
            // The reports count placements by the vacancy's groups from this index alone (docs/adr/0187).
            link => link.HasIndex("VacancyId", "SuitableForId"));
        builder.HasMany(v => v.Applications).WithOne(a => a.Vacancy).HasForeignKey(a => a.VacancyId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(v => new { v.Status, v.PublishedAt });

        // The reports go from placed and answered applications to the organisations: read from
        // this index, not from the vacancies' rows (docs/adr/0187).
        builder.HasIndex(v => new { v.Id, v.OrganisationId });
        builder.HasIndex(v => new { v.Latitude, v.Longitude });

        // Search: work from home joins every distance search (docs/adr/0020).
        builder.HasIndex(v => new { v.Status, v.IsRemote });
        // An organisation's vacancies; the reports also find the vacancies of an area from this
        // index alone (their postcode, else their organisation's), not from every row (docs/adr/0160).
        builder.HasIndex(v => new { v.OrganisationId, v.Postcode });

        // The reports' "expired unfilled" reads the vacancies that ended in a period by this date.
        builder.HasIndex(v => v.EndDate);

        // Regional exchange (docs/adr/0150): one row per vacancy of a source, never two.
        builder.HasOne(v => v.ExchangeSource).WithMany().HasForeignKey(v => v.ExchangeSourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ExchangeSourceId, v.SourceVacancyId }).IsUnique();

        builder.OwnsHistory(v => v.History, "VacancyStatusChanges", "VacancyId");
    }
}
