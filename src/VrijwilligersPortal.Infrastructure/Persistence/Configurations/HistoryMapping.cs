using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal static class HistoryMapping
{
    /// <summary>Maps a lifecycle's <see cref="StatusChange{TStatus}"/> list to its own table, owned by the entity.</summary>
    public static void OwnsHistory<TOwner, TStatus>(
        this EntityTypeBuilder<TOwner> builder,
        System.Linq.Expressions.Expression<Func<TOwner, IEnumerable<StatusChange<TStatus>>?>> history,
        string table,
        string ownerKey)
        where TOwner : class
        where TStatus : struct, Enum
    {
        builder.OwnsMany(history, change =>
        {
            change.ToTable(table);
            change.WithOwner().HasForeignKey(ownerKey);
            change.Property<int>("Id");
            change.HasKey("Id");
            change.Property(c => c.Note).HasMaxLength(2000);
            change.HasIndex(ownerKey);

            // The reports read every history by time: what changed in the period, without
            // visiting the owner's row first (covering, docs/adr/0113).
            change.HasIndex(nameof(StatusChange<TStatus>.At), nameof(StatusChange<TStatus>.To), ownerKey);
        });
        builder.Navigation(history).AutoInclude(false);
    }
}
