using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

/// <summary>
/// The Data Protection key ring, stored by Microsoft.AspNetCore.DataProtection.EntityFrameworkCore in
/// the table our own repository used before (same name, columns and lengths), so the keys already
/// stored keep working after the swap: no one is logged out and no signed link breaks (docs/adr/0070).
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.Property(k => k.FriendlyName).HasMaxLength(200);
        builder.Property(k => k.Xml).IsRequired();
    }
}
