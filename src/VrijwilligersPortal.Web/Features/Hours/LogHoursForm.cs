using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Hours;

/// <summary>A volunteer logs hours for a week or a month of an ongoing placement.</summary>
public sealed class LogHoursForm
{
    [Display(Name = "Bij welke plaatsing")]
    public int? VacancyId { get; set; }

    [Display(Name = "Van")]
    public DateOnly? From { get; set; }

    [Display(Name = "Tot en met")]
    public DateOnly? To { get; set; }

    [Display(Name = "Aantal uren")]
    public string? Hours { get; set; }

    [Display(Name = "Toelichting (niet verplicht)")]
    public string? Note { get; set; }
}

public sealed class LogHoursFormValidator : AbstractValidator<LogHoursForm>
{
    public LogHoursFormValidator(IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        RuleFor(f => f.VacancyId).NotNull().WithMessage(_ => text["Kies de plaatsing."]);
        RuleFor(f => f.From).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Geef het begin van de periode."])
            .Must(from => from <= AmsterdamClock.Today(clock.GetUtcNow())).WithMessage(_ => text["Uren schrijf je voor een periode die al begonnen is."]);
        RuleFor(f => f.To).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Geef het einde van de periode."])
            .Must((form, to) => form.From is null || to >= form.From).WithMessage(_ => text["Het einde van de periode ligt niet vóór het begin."])
            .Must((form, to) => form.From is null || to!.Value.DayNumber - form.From.Value.DayNumber < HourEntry.MaxPeriodDays)
            .WithMessage(_ => text["Geef uren per week of maand op: hoogstens {0} dagen.", HourEntry.MaxPeriodDays]);
        RuleFor(f => f.Hours).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Geef het aantal uren."])
            .Must(hours => HoursText.ToMinutes(hours) is > 0).WithMessage(_ => text["Geef een aantal uren groter dan 0, bijvoorbeeld 3,5."])
            .Must((form, hours) => form.From is null || form.To is null || form.To < form.From
                || HoursText.ToMinutes(hours) <= HourEntry.MaxMinutesPerDay * (form.To.Value.DayNumber - form.From.Value.DayNumber + 1))
            .WithMessage(_ => text["Dat zijn meer uren dan de periode heeft."]);
        RuleFor(f => f.Note).SingleLine(text);
        RuleFor(f => f.Note).MaximumLength(HourEntry.NoteMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", HourEntry.NoteMaxLength]);
    }
}
