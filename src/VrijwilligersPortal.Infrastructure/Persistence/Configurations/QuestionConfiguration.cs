using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Questions;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("Questions");
        builder.Property(q => q.Subject).HasMaxLength(Question.SubjectMaxLength);
        builder.Property(q => q.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(q => q.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<QuestionTopic>().WithMany().HasForeignKey(q => q.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.OrganisationId, q.LastActivityAt });
        builder.HasIndex(q => new { q.Status, q.LastActivityAt });

        // The thread loads with the question: the organisation's view filters out internal notes.
        builder.OwnsMany(q => q.Messages, message =>
        {
            message.ToTable("QuestionMessages");
            message.WithOwner().HasForeignKey("QuestionId");
            message.HasKey(m => m.Id);
            message.Property(m => m.Text).HasMaxLength(Question.TextMaxLength);
            message.Ignore(m => m.IsVisibleToOrganisation);
        });
        builder.Navigation(q => q.Messages).HasField("_messages");
    }
}
