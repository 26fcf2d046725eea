using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Questions;

/// <summary>What an organisation's question is about (werving en selectie, VOG, verzekering, …); a centre-managed list.</summary>
public sealed class QuestionTopic : ReferenceItem
{
    private QuestionTopic()
    {
    }

    public QuestionTopic(string name, string slug, int sortOrder)
        : base(name, slug, sortOrder)
    {
    }
}
