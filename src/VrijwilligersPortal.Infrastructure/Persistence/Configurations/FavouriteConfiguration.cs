using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class FavouriteConfiguration : IEntityTypeConfiguration<Favourite>
{
    public void Configure(EntityTypeBuilder<Favourite> builder)
    {
        builder.ToTable("Favourites");

        // Saving twice (a double click, two tabs) keeps one favourite.
        builder.HasIndex(f => new { f.VolunteerId, f.VacancyId }).IsUnique();
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(f => f.VolunteerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vacancy>().WithMany().HasForeignKey(f => f.VacancyId).OnDelete(DeleteBehavior.Cascade);
    }
}
