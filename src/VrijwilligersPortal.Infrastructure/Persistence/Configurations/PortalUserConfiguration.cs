using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Identity;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        // Accounts made before languages existed read Dutch, as they always did.
        builder.Property(u => u.PreferredLanguage).HasMaxLength(8).HasDefaultValue(PortalLanguages.Dutch);
    }
}
