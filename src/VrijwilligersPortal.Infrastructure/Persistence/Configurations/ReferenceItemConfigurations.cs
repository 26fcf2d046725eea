using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Taxonomy;

namespace VrijwilligersPortal.Infrastructure.Persistence.Configurations;

internal abstract class ReferenceItemConfiguration<T>(string table) : IEntityTypeConfiguration<T>
    where T : ReferenceItem
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.Property(i => i.Name).HasMaxLength(80);
        builder.Property(i => i.Slug).HasMaxLength(80);
        builder.HasIndex(i => i.Slug).IsUnique();
    }
}

internal sealed class CategoryConfiguration() : ReferenceItemConfiguration<Category>("Categories");

internal sealed class SkillConfiguration() : ReferenceItemConfiguration<Skill>("Skills");

internal sealed class SuitableForTagConfiguration() : ReferenceItemConfiguration<SuitableForTag>("SuitableForTags");

internal sealed class QuestionTopicConfiguration() : ReferenceItemConfiguration<VrijwilligersPortal.Domain.Questions.QuestionTopic>("QuestionTopics");
