using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class MediationConfiguration : IEntityTypeConfiguration<Mediation>
{
    public void Configure(EntityTypeBuilder<Mediation> builder)
    {
        builder.ToTable("Mediations");
        builder.Property(m => m.Question).HasMaxLength(Mediation.QuestionMaxLength);
        builder.HasOne<Volunteer>().WithMany().HasForeignKey(m => m.VolunteerId).OnDelete(DeleteBehavior.Restrict);

        // One case at a time per volunteer, also when the help request is sent twice at once.
        builder.HasIndex(m => m.VolunteerId)
            .IsUnique()
            .HasFilter("\"Status\" <> 'Closed'")
            .HasDatabaseName("IX_Mediations_OneActivePerVolunteer");
        builder.HasIndex(m => new { m.Status, m.RequestedAt });

        builder.OwnsHistory(m => m.History, "MediationStatusChanges", "MediationId");

        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Property(m => m.Wishes).HasMaxLength(Mediation.IntakeTextMaxLength);
        builder.Property(m => m.Abilities).HasMaxLength(Mediation.IntakeTextMaxLength);
        builder.Property(m => m.SupportNeeds).HasMaxLength(Mediation.IntakeTextMaxLength);
        builder.Property(m => m.Languages).HasMaxLength(Mediation.LanguagesMaxLength);
        builder.Property(m => m.FollowUpStory).HasMaxLength(Mediation.StoryMaxLength);
        builder.PrimitiveCollection(m => m.SuitableForIds).HasField("_suitableForIds");
        builder.HasIndex(m => new { m.Status, m.FollowUpDueAt });

        // The reports' cases open at some moment of a period: requested before its end, not
        // closed before its start (closed is final, so its time is the status time), from the
        // index alone (docs/adr/0186).
        builder.HasIndex(m => new { m.RequestedAt, m.Status, m.StatusChangedAt, m.VolunteerId });

        // The volunteer's area, kept by the save for the reports (ReportColumns, docs/adr/0187).
        builder.Property<string?>(ReportColumns.Area).HasMaxLength(4);
        builder.HasIndex(ReportColumns.Area, nameof(Mediation.RequestedAt), nameof(Mediation.Status), nameof(Mediation.StatusChangedAt), nameof(Mediation.VolunteerId));

        // The reports' follow-up ratings and stories of cases by the moment of the follow-up: a
        // range, where they read every case (39 ms a statement at a large centre).
        builder.HasIndex(nameof(Mediation.FollowedUpAt), nameof(Mediation.FollowUpRating), ReportColumns.Area);
        builder.HasIndex(m => m.AssignedStaffId);

        // Notes and proposals load with the case (owned): every domain step and erasure sees them.
        builder.OwnsMany(m => m.Notes, note =>
        {
            note.ToTable("MediationNotes");
            note.WithOwner().HasForeignKey("MediationId");
            note.HasKey(n => n.Id);
            note.Property(n => n.Text).HasMaxLength(CaseNote.TextMaxLength);
        });
        builder.Navigation(m => m.Notes).HasField("_notes");
        builder.OwnsMany(m => m.Proposals, proposal =>
        {
            proposal.ToTable("MatchProposals");
            proposal.WithOwner().HasForeignKey("MediationId");
            proposal.HasKey(p => p.Id);
            proposal.Property(p => p.DeclineReason).HasMaxLength(MatchProposal.DeclineReasonMaxLength);
            proposal.HasOne<Vacancy>().WithMany().HasForeignKey(p => p.VacancyId).OnDelete(DeleteBehavior.Restrict);
            proposal.HasIndex(p => p.VacancyId);
        });
        builder.Navigation(m => m.Proposals).HasField("_proposals");
    }
}
