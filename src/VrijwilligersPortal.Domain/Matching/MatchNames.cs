using VrijwilligersPortal.Domain.Taxonomy;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// The names of categories, skills and suitable-for tags that reasons mention ("Past bij je
/// interesse Natuur &amp; milieu"). The caller reads them from wherever the centre keeps its lists;
/// an id without a name gets a neutral phrase rather than an error.
/// </summary>
public sealed class MatchNames
{
    private readonly Dictionary<int, string> _categories;
    private readonly Dictionary<int, string> _skills;
    private readonly Dictionary<int, string> _suitableFor;

    public MatchNames(
        IEnumerable<KeyValuePair<int, string>> categories,
        IEnumerable<KeyValuePair<int, string>> skills,
        IEnumerable<KeyValuePair<int, string>> suitableFor)
    {
        _categories = new Dictionary<int, string>(categories);
        _skills = new Dictionary<int, string>(skills);
        _suitableFor = new Dictionary<int, string>(suitableFor);
    }

    public static MatchNames None { get; } = new([], [], []);

    public static MatchNames From(IEnumerable<Category> categories, IEnumerable<Skill> skills, IEnumerable<SuitableForTag> suitableFor) => new(
        categories.Select(c => KeyValuePair.Create(c.Id, c.Name)),
        skills.Select(s => KeyValuePair.Create(s.Id, s.Name)),
        suitableFor.Select(t => KeyValuePair.Create(t.Id, t.Name)));

    public string Category(int id) => _categories.GetValueOrDefault(id) ?? "deze categorie";

    public string Skill(int id) => _skills.GetValueOrDefault(id) ?? "een vaardigheid";

    public string SuitableFor(int id) => _suitableFor.GetValueOrDefault(id) ?? "een doelgroep";
}
