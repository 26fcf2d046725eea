using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.FollowUps;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class PlacementFollowUpConfiguration : IEntityTypeConfiguration<PlacementFollowUp>
{
    public void Configure(EntityTypeBuilder<PlacementFollowUp> builder)
    {
        builder.ToTable("PlacementFollowUps");
        builder.Property(f => f.Story).HasMaxLength(PlacementFollowUp.StoryMaxLength);

        // One question per placement and respondent, also when the placement is saved twice.
        builder.HasIndex(f => new { f.ApplicationId, f.Respondent }).IsUnique();
        builder.HasIndex(f => new { f.SentAt, f.DueAt });
        // The reports count answers by time, who answered and their rating from the index alone (docs/adr/0113, 0186).
        builder.HasIndex(f => new { f.AnsweredAt, f.ApplicationId, f.Respondent, f.Rating });

        // Its application's area, kept by the save for the reports (ReportColumns, docs/adr/0187).
        builder.Property<string?>(ReportColumns.Area).HasMaxLength(4);
        builder.HasIndex(ReportColumns.Area, nameof(PlacementFollowUp.AnsweredAt), nameof(PlacementFollowUp.Respondent), nameof(PlacementFollowUp.Rating));

        // "Still active after 3, 6, 12 months" takes the latest answer of each placement from
        // this index alone (docs/adr/0160).
        builder.HasIndex(f => new { f.ApplicationId, f.AnsweredAt, f.StillActive });
        builder.HasOne(f => f.Application).WithMany().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Cascade);

        // "Answered once" against two submits at the same moment: the second update finds
        // AnsweredAt no longer null and saves nothing.
        builder.Property(f => f.AnsweredAt).IsConcurrencyToken();
        builder.Ignore(f => f.IsAnswered);
        builder.Ignore(f => f.UsableStory);
    }
}
