using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class PublicVacancyChangeConfiguration : IEntityTypeConfiguration<PublicVacancyChange>
{
    public void Configure(EntityTypeBuilder<PublicVacancyChange> builder)
    {
        builder.ToTable("PublicVacancyChanges");
        builder.HasKey(c => c.Version);
        builder.Property(c => c.Version).ValueGeneratedOnAdd();

        // Vacancies and organisations are never deleted (they close or are suspended), so the
        // references can be real foreign keys; Restrict keeps it that way.
        builder.HasOne(c => c.Vacancy).WithMany().HasForeignKey(c => c.VacancyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ChangedAt);
    }
}
