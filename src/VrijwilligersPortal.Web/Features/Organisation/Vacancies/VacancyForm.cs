using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Organisation.Vacancies;

/// <summary>
/// What a member writes about a vacancy. The organisation, status and counters are not part of it:
/// they come from the current organisation and the lifecycle methods, never from the request.
/// </summary>
public sealed class VacancyForm
{
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [Display(Name = "Wat gaat de vrijwilliger doen?")]
    public string? Description { get; set; }

    [Display(Name = "Titel in het Engels")]
    public string? EnglishTitle { get; set; }

    [Display(Name = "Korte samenvatting in het Engels")]
    public string? EnglishSummary { get; set; }

    [Display(Name = "Soort werk")]
    public int? CategoryId { get; set; }

    [Display(Name = "Gevraagde vaardigheden")]
    public List<int> SkillIds { get; set; } = [];

    [Display(Name = "Dit werk kan vanuit huis")]
    public bool IsRemote { get; set; }

    [Display(Name = "Postcode van de plek van het werk")]
    public string? Postcode { get; set; }

    [Display(Name = "Plaats")]
    public string? Place { get; set; }

    [Display(Name = "Duur")]
    public Commitment? Commitment { get; set; }

    /// <summary>The ticked slots of the week grid, each a bit position of <see cref="WeekSchedule"/> (0–20).</summary>
    [Display(Name = "Dagdelen")]
    public List<int> Slots { get; set; } = [];

    [Display(Name = "Uren per week")]
    public int? HoursPerWeek { get; set; }

    [Display(Name = "Begindatum")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Einddatum")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Aantal vrijwilligers gezocht")]
    public int? Places { get; set; }

    [Display(Name = "Minimumleeftijd")]
    public int? MinimumAge { get; set; }

    [Display(Name = "Een VOG is nodig")]
    public bool RequiresVog { get; set; }

    [Display(Name = "Geschikt voor")]
    public List<int> SuitableForIds { get; set; } = [];

    [Display(Name = "Naam contactpersoon")]
    public string? ContactName { get; set; }

    [Display(Name = "E-mailadres contactpersoon")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Telefoon contactpersoon (niet verplicht)")]
    public string? ContactPhone { get; set; }

    public WeekSchedule Schedule() =>
        WeekSchedule.FromBits(Slots.Where(s => s is >= 0 and < WeekSchedule.SlotCount).Aggregate(0, (bits, slot) => bits | (1 << slot)));

    public static VacancyForm From(Vacancy vacancy) => new()
    {
        Title = vacancy.Title,
        Description = vacancy.Description,
        EnglishTitle = vacancy.EnglishTitle,
        EnglishSummary = vacancy.EnglishSummary,
        CategoryId = vacancy.CategoryId,
        SkillIds = [.. vacancy.Skills.Select(s => s.Id)],
        IsRemote = vacancy.IsRemote,
        Postcode = vacancy.Postcode,
        Place = vacancy.Place,
        Commitment = vacancy.Commitment,
        Slots = [.. Enumerable.Range(0, WeekSchedule.SlotCount).Where(i => (vacancy.Schedule.Bits & (1 << i)) != 0)],
        HoursPerWeek = vacancy.HoursPerWeek,
        StartDate = vacancy.StartDate,
        EndDate = vacancy.EndDate,
        Places = vacancy.Places,
        MinimumAge = vacancy.MinimumAge,
        RequiresVog = vacancy.RequiresVog,
        SuitableForIds = [.. vacancy.SuitableFor.Select(t => t.Id)],
        ContactName = vacancy.ContactName,
        ContactEmail = vacancy.ContactEmail,
        ContactPhone = vacancy.ContactPhone,
    };

    /// <summary>The domain's content; the caller has validated the form and looked up the postcode.</summary>
    public VacancyContent ToContent(PostcodeLocation? located) => new()
    {
        Title = Title!.Trim(),
        Description = Description!.Trim(),
        EnglishTitle = string.IsNullOrWhiteSpace(EnglishTitle) ? null : EnglishTitle.Trim(),
        EnglishSummary = string.IsNullOrWhiteSpace(EnglishSummary) ? null : EnglishSummary.Trim(),
        CategoryId = CategoryId!.Value,
        IsRemote = IsRemote,
        Postcode = PostcodeLocator.FourDigits(Postcode),
        Place = string.IsNullOrWhiteSpace(Place) ? located?.Place : Place.Trim(),
        Location = located?.Location,
        Commitment = Commitment!.Value,
        Schedule = Schedule(),
        HoursPerWeek = HoursPerWeek,
        StartDate = StartDate,
        EndDate = EndDate,
        Places = Places,
        MinimumAge = MinimumAge,
        RequiresVog = RequiresVog,
        ContactName = ContactName!.Trim(),
        ContactEmail = ContactEmail!.Trim(),
        ContactPhone = ContactPhone,
    };
}

public sealed class VacancyFormValidator : AbstractValidator<VacancyForm>
{
    public VacancyFormValidator(IStringLocalizer<SharedResource> text, PortalDbContext db, TimeProvider clock)
    {
        RuleFor(f => f.Title).SingleLine(text);
        RuleFor(f => f.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Geef de vacature een titel."])
            .MaximumLength(120).WithMessage(_ => text["De titel mag hoogstens 120 tekens hebben."]);
        RuleFor(f => f.Description).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Beschrijf wat de vrijwilliger gaat doen."])
            .MaximumLength(8000).WithMessage(_ => text["De beschrijving mag hoogstens 8000 tekens hebben."]);
        RuleFor(f => f.EnglishTitle).SingleLine(text);
        RuleFor(f => f.EnglishTitle).MaximumLength(120).WithMessage(_ => text["De Engelse titel mag hoogstens 120 tekens hebben."]);
        RuleFor(f => f.EnglishSummary).MaximumLength(1000).WithMessage(_ => text["De Engelse samenvatting mag hoogstens 1000 tekens hebben."]);
        RuleFor(f => f.CategoryId).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Kies het soort werk."])
            .MustAsync((id, cancellationToken) => db.Categories.AnyAsync(c => c.Id == id && !c.IsRetired, cancellationToken))
            .WithMessage(_ => text["Kies het soort werk uit de lijst."]);
        RuleFor(f => f.Postcode)
            .NotEmpty().When(f => !f.IsRemote)
            .WithMessage(_ => text["Vul de postcode in van de plek waar het werk is, of kies dat het werk vanuit huis kan."]);
        RuleFor(f => f.Postcode)
            .Must(p => PostcodeLocator.FourDigits(p) is not null).When(f => !string.IsNullOrWhiteSpace(f.Postcode))
            .WithMessage(_ => text["Vul een postcode in zoals 3581 AB, of 4 cijfers in België."]);
        RuleFor(f => f.Place).SingleLine(text);
        RuleFor(f => f.Place).MaximumLength(100).WithMessage(_ => text["De plaatsnaam mag hoogstens 100 tekens hebben."]);
        RuleFor(f => f.Commitment).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Kies hoe lang het werk duurt."])
            .IsInEnum().WithMessage(_ => text["Kies hoe lang het werk duurt."]);
        RuleForEach(f => f.Slots).InclusiveBetween(0, WeekSchedule.SlotCount - 1).WithMessage(_ => text["Kies dagdelen uit het rooster."]);
        RuleFor(f => f.HoursPerWeek).InclusiveBetween(1, 60).WithMessage(_ => text["Het aantal uren per week ligt tussen 1 en 60."]);
        RuleFor(f => f.EndDate)
            .GreaterThanOrEqualTo(f => f.StartDate).When(f => f.StartDate is not null && f.EndDate is not null)
            .WithMessage(_ => text["De einddatum ligt vóór de begindatum."]);
        RuleFor(f => f.EndDate)
            .Must(end => end >= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).When(f => f.EndDate is not null)
            .WithMessage(_ => text["De einddatum is al voorbij."]);
        RuleFor(f => f.Places).InclusiveBetween(1, 1000).WithMessage(_ => text["Het aantal vrijwilligers ligt tussen 1 en 1000; laat het leeg als er geen grens is."]);
        RuleFor(f => f.MinimumAge).InclusiveBetween(10, 99).WithMessage(_ => text["De minimumleeftijd ligt tussen 10 en 99 jaar; laat het leeg als er geen minimum is."]);
        RuleFor(f => f.ContactName).SingleLine(text);
        RuleFor(f => f.ContactName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul de naam van de contactpersoon in."])
            .MaximumLength(100).WithMessage(_ => text["De naam mag hoogstens 100 tekens hebben."]);
        RuleFor(f => f.ContactEmail).SingleLine(text);
        RuleFor(f => f.ContactEmail).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul het e-mailadres van de contactpersoon in."])
            .MaximumLength(254).WithMessage(_ => text["Dit e-mailadres is te lang."])
            .EmailAddress().WithMessage(_ => text["Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."]);
        RuleFor(f => f.ContactPhone).SingleLine(text);
        RuleFor(f => f.ContactPhone).MaximumLength(30).WithMessage(_ => text["Het telefoonnummer mag hoogstens 30 tekens hebben."]);
    }
}
