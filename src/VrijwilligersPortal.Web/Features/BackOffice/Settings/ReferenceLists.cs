using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.BackOffice.Settings;

/// <summary>One of the centre-managed lists, by the Dutch name in its URL.</summary>
public abstract class ReferenceList(string path, string code, string recordType, string title)
{
    private static readonly ReferenceList[] All =
    [
        new ReferenceList<Category>("categorieen", "category", "Category", "Categorieën", db => db.Categories, (n, s, o) => new Category(n, s, o)),
        new ReferenceList<Skill>("vaardigheden", "skill", "Skill", "Vaardigheden", db => db.Skills, (n, s, o) => new Skill(n, s, o)),
        new ReferenceList<SuitableForTag>("geschikt-voor", "suitable-for", "SuitableForTag", "Geschikt voor", db => db.SuitableForTags, (n, s, o) => new SuitableForTag(n, s, o)),
        new ReferenceList<Domain.Questions.QuestionTopic>("vraagonderwerpen", "question-topic", "QuestionTopic", "Onderwerpen van vragen", db => db.QuestionTopics, (n, s, o) => new Domain.Questions.QuestionTopic(n, s, o)),
    ];

    public string Path { get; } = path;

    /// <summary>The audit-log code: <c>settings.{Code}.add</c> and so on.</summary>
    public string Code { get; } = code;

    public string RecordType { get; } = recordType;

    public string Title { get; } = title;

    public static IReadOnlyList<ReferenceList> Lists => All;

    public static ReferenceList? Named(string path) => Array.Find(All, l => l.Path == path);

    public abstract IQueryable<ReferenceItem> Items(PortalDbContext db);

    public abstract ReferenceItem Add(PortalDbContext db, string name, string slug, int sortOrder);
}

internal sealed class ReferenceList<T>(
    string path,
    string code,
    string recordType,
    string title,
    Func<PortalDbContext, Microsoft.EntityFrameworkCore.DbSet<T>> set,
    Func<string, string, int, T> create) : ReferenceList(path, code, recordType, title)
    where T : ReferenceItem
{
    public override IQueryable<ReferenceItem> Items(PortalDbContext db) => set(db);

    public override ReferenceItem Add(PortalDbContext db, string name, string slug, int sortOrder)
    {
        var item = create(name, slug, sortOrder);
        set(db).Add(item);
        return item;
    }
}

public sealed record ReferenceItemRow(int Id, string Name, string Slug, int SortOrder, bool IsRetired);

public sealed record ReferenceListPage(string Path, string Title, IReadOnlyList<ReferenceItemRow> Items, ReferenceItemForm AddForm, int? EditingId, ReferenceItemForm? EditForm);

public sealed class ReferenceItemForm
{
    [Display(Name = "Naam")]
    public string? Name { get; set; }

    [Display(Name = "Volgorde")]
    public int? SortOrder { get; set; }
}

public sealed class ReferenceItemFormValidator : AbstractValidator<ReferenceItemForm>
{
    public ReferenceItemFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Name).SingleLine(text);
        RuleFor(f => f.Name)
            .NotEmpty().WithMessage(_ => text["Geef een naam."])
            .MaximumLength(80).WithMessage(_ => text["Geef een naam van hoogstens 80 tekens."]);
        RuleFor(f => f.SortOrder)
            .InclusiveBetween(0, 10000).WithMessage(_ => text["De volgorde is een getal van 0 tot 10000."]);
    }
}
