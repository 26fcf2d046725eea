using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Taxonomy;

/// <summary>Who a vacancy suits (geschikt voor): jongeren/MaS/MDT, 55+, anderstaligen, …</summary>
public sealed class SuitableForTag : ReferenceItem
{
    private SuitableForTag()
    {
    }

    public SuitableForTag(string name, string slug, int sortOrder)
        : base(name, slug, sortOrder)
    {
    }
}
