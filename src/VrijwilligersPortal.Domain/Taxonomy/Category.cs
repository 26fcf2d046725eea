using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Taxonomy;

/// <summary>Field of work (categorie): zorg &amp; welzijn, sport, natuur &amp; milieu, …</summary>
public sealed class Category : ReferenceItem
{
    private Category()
    {
    }

    public Category(string name, string slug, int sortOrder)
        : base(name, slug, sortOrder)
    {
    }
}
