using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Taxonomy;

/// <summary>What work asks or a volunteer offers (vaardigheid): koken, rijbewijs B, IT, …</summary>
public sealed class Skill : ReferenceItem
{
    private Skill()
    {
    }

    public Skill(string name, string slug, int sortOrder)
        : base(name, slug, sortOrder)
    {
    }
}
