namespace VrijwilligersPortal.Domain.Common;

/// <summary>
/// A centre-managed list entry (category, skill, suitable-for tag). Entries are retired rather
/// than deleted so that old vacancies and profiles keep pointing at something meaningful.
/// </summary>
public abstract class ReferenceItem
{
    protected ReferenceItem()
    {
        Name = string.Empty;
        Slug = string.Empty;
    }

    protected ReferenceItem(string name, string slug, int sortOrder)
    {
        Name = Guard.Text(name, 80, "Geef een naam van hoogstens 80 tekens.");
        Slug = Guard.Text(slug, 80, "Geef een korte code van hoogstens 80 tekens.");
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Stable, URL-safe code used in search links (<c>?categorie=natuur-milieu</c>).</summary>
    public string Slug { get; private set; }

    public int SortOrder { get; private set; }

    public bool IsRetired { get; private set; }

    public void Rename(string name) => Name = Guard.Text(name, 80, "Geef een naam van hoogstens 80 tekens.");

    public void MoveTo(int sortOrder) => SortOrder = sortOrder;

    public void Retire() => IsRetired = true;

    public void Restore() => IsRetired = false;
}
