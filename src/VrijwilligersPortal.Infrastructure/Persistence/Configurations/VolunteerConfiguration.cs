using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Identity;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.ToTable("Volunteers");
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.Property(v => v.Email).HasMaxLength(254);
        builder.Property(v => v.Phone).HasMaxLength(30);
        builder.Property(v => v.Postcode).HasMaxLength(10);
        builder.HasIndex(v => v.UserId).IsUnique();
        builder.HasIndex(v => v.CreatedAt); // the reports' "newly registered" (docs/adr/0113)
        builder.HasIndex(v => new { v.Id, v.BirthYear }); // the reports' ages of placed volunteers, from the index alone (0187)

        // The reports' list of areas reads every volunteer's postcode: from this index, not the rows (docs/adr/0160).
        builder.HasIndex(v => v.Postcode);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(v => v.Interests).WithMany().UsingEntity("VolunteerInterests");
        builder.HasMany(v => v.Skills).WithMany().UsingEntity("VolunteerSkills");
        builder.PrimitiveCollection(v => v.Languages).HasField("_languages").HasMaxLength(Volunteer.MaxLanguages * (Volunteer.MaxLanguageLength + 4));
    }
}
