using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Centre;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class CentreSettingsConfiguration : IEntityTypeConfiguration<CentreSettings>
{
    public void Configure(EntityTypeBuilder<CentreSettings> builder)
    {
        builder.ToTable("CentreSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Tagline).HasMaxLength(150);
        builder.Property(s => s.Country).HasMaxLength(2);
        builder.Property(s => s.LogoPath).HasMaxLength(300);
        builder.Property(s => s.PrimaryColor).HasMaxLength(7);
        builder.Property(s => s.AccentColor).HasMaxLength(7);
        builder.Property(s => s.ContactEmail).HasMaxLength(254);
        builder.Property(s => s.ContactPhone).HasMaxLength(30);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.EmbedOrigins).HasMaxLength(7000);
    }
}
