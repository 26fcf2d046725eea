using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Infrastructure.Geo;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class PostcodeAreaConfiguration : IEntityTypeConfiguration<PostcodeArea>
{
    public void Configure(EntityTypeBuilder<PostcodeArea> builder)
    {
        builder.ToTable("PostcodeAreas");
        builder.Property(p => p.CountryCode).HasMaxLength(2);
        builder.Property(p => p.Code).HasMaxLength(10);
        builder.Property(p => p.Place).HasMaxLength(100);
        builder.Property(p => p.Municipality).HasMaxLength(100);
        builder.Property(p => p.PlaceKey).HasMaxLength(100);
        builder.HasIndex(p => new { p.Code, p.CountryCode, p.Place }).IsUnique();
        builder.HasIndex(p => p.PlaceKey);
    }
}
