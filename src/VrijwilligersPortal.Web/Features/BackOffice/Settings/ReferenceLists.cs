using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.BackOffice.Settings;

/// <summary>One of the centre-managed lists, by the Dutch name in its URL.</summary>
public abstract class ReferenceList(string path, ReferenceListAuditCodes audit, string recordType, string title)
{
    private static readonly ReferenceList[] All =
    [
        new ReferenceList<Category>("categorieen", new(AuditActions.Settings.CategoryAdd, AuditActions.Settings.CategoryChange, AuditActions.Settings.CategoryRetire, AuditActions.Settings.CategoryRestore), "Category", "Categorieën", db => db.Categories, (n, s, o) => new Category(n, s, o)),
        new ReferenceList<Skill>("vaardigheden", new(AuditActions.Settings.SkillAdd, AuditActions.Settings.SkillChange, AuditActions.Settings.SkillRetire, AuditActions.Settings.SkillRestore), "Skill", "Vaardigheden", db => db.Skills, (n, s, o) => new Skill(n, s, o)),
        new ReferenceList<SuitableForTag>("geschikt-voor", new(AuditActions.Settings.SuitableForAdd, AuditActions.Settings.SuitableForChange, AuditActions.Settings.SuitableForRetire, AuditActions.Settings.SuitableForRestore), "SuitableForTag", "Geschikt voor", db => db.SuitableForTags, (n, s, o) => new SuitableForTag(n, s, o)),
        new ReferenceList<Domain.Questions.QuestionTopic>("vraagonderwerpen", new(AuditActions.Settings.QuestionTopicAdd, AuditActions.Settings.QuestionTopicChange, AuditActions.Settings.QuestionTopicRetire, AuditActions.Settings.QuestionTopicRestore), "QuestionTopic", "Onderwerpen van vragen", db => db.QuestionTopics, (n, s, o) => new Domain.Questions.QuestionTopic(n, s, o)),
    ];

    public string Path { get; } = path;

    /// <summary>The audit codes of adding, changing, retiring and restoring an item of this list.</summary>
    public ReferenceListAuditCodes Audit { get; } = audit;

    public string RecordType { get; } = recordType;

    public string Title { get; } = title;

    public static IReadOnlyList<ReferenceList> Lists => All;

    public static ReferenceList? Named(string path) => Array.Find(All, l => l.Path == path);

    public abstract IQueryable<ReferenceItem> Items(PortalDbContext db);

    public abstract ReferenceItem Add(PortalDbContext db, string name, string slug, int sortOrder);
}

internal sealed class ReferenceList<T>(
    string path,
    ReferenceListAuditCodes audit,
    string recordType,
    string title,
    Func<PortalDbContext, Microsoft.EntityFrameworkCore.DbSet<T>> set,
    Func<string, string, int, T> create) : ReferenceList(path, audit, recordType, title)
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

/// <summary>One list's codes from <see cref="AuditActions.Settings"/>.</summary>
public sealed record ReferenceListAuditCodes(string Add, string Change, string Retire, string Restore);

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
