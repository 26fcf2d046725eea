using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Exchange;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class ExchangeSourceConfiguration : IEntityTypeConfiguration<ExchangeSource>
{
    public void Configure(EntityTypeBuilder<ExchangeSource> builder)
    {
        builder.ToTable("ExchangeSources");
        builder.Property(s => s.Name).HasMaxLength(ExchangeSource.NameMaxLength);
        builder.Property(s => s.FeedUrl).HasMaxLength(ExchangeSource.FeedUrlMaxLength);
        builder.Property(s => s.LastError).HasMaxLength(ExchangeSource.ErrorMaxLength);
    }
}
