using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Organisation.Shifts;

/// <summary>One shift as the organisation types it: a day and times on the Dutch clock.</summary>
public sealed class ShiftForm
{
    [Display(Name = "Datum")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Begintijd")]
    public TimeOnly? Start { get; set; }

    [Display(Name = "Eindtijd")]
    public TimeOnly? End { get; set; }

    [Display(Name = "Plaats (als die afwijkt van de vacature)")]
    public string? Place { get; set; }

    [Display(Name = "Aantal mensen nodig")]
    public int? PlacesNeeded { get; set; }

    [Display(Name = "Aanmeldingen wil ik eerst goedkeuren")]
    public bool NeedsApproval { get; set; }

    public ShiftPlan ToPlan() => new(Date!.Value, Start!.Value, End!.Value, Place, PlacesNeeded!.Value);

    public static ShiftForm Of(Shift shift) => new()
    {
        Date = shift.Date,
        Start = shift.StartTime,
        End = shift.EndTime,
        Place = shift.Place,
        PlacesNeeded = shift.PlacesNeeded,
        NeedsApproval = shift.NeedsApproval,
    };
}

/// <summary>The domain's rules again, with a Dutch message next to each field (docs/adr/0130).</summary>
public sealed class ShiftFormValidator : AbstractValidator<ShiftForm>
{
    public ShiftFormValidator(IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        RuleFor(f => f.Date).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Geef de datum."])
            .Must(date => date >= AmsterdamClock.Today(clock.GetUtcNow())).WithMessage(_ => text["Deze datum ligt in het verleden."])
            .Must(date => date <= AmsterdamClock.Today(clock.GetUtcNow()).AddYears(Shift.MaxYearsAhead)).WithMessage(_ => text["Kies een datum binnen {0} jaar.", Shift.MaxYearsAhead]);
        RuleFor(f => f.Start).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Geef de begintijd."])
            .Must((form, start) => !HasBegun(form.Date, start!.Value, clock.GetUtcNow())).WithMessage(_ => text["Deze begintijd is vandaag al voorbij."]);
        RuleFor(f => f.End).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Geef de eindtijd."])
            .Must((form, end) => form.Start is null || end > form.Start).WithMessage(_ => text["De eindtijd ligt na de begintijd."]);
        RuleFor(f => f.Place).SingleLine(text);
        RuleFor(f => f.Place).MaximumLength(Shift.PlaceMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Shift.PlaceMaxLength]);
        RuleFor(f => f.PlacesNeeded).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Geef het aantal mensen dat nodig is."])
            .InclusiveBetween(1, Shift.MaxPlaces).WithMessage(_ => text["Het aantal plaatsen is 1 tot en met {0}.", Shift.MaxPlaces]);
    }

    /// <summary>A shift today whose start time on the Dutch clock has passed (the domain refuses it too).</summary>
    private static bool HasBegun(DateOnly? date, TimeOnly start, DateTimeOffset now) =>
        date == AmsterdamClock.Today(now) && start <= TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, AmsterdamClock.Zone).DateTime);
}

/// <summary>Copy the shifts of one day (the pattern) to other dates in one action.</summary>
public sealed class CopyForm
{
    public const int DateRows = 6;

    [Display(Name = "Diensten van deze dag kopiëren")]
    public DateOnly? FromDate { get; set; }

    public List<DateOnly?> Dates { get; set; } = [];

    public CopyForm WithEmptyRows()
    {
        while (Dates.Count < DateRows)
        {
            Dates.Add(null);
        }

        return this;
    }
}

public sealed class CopyFormValidator : AbstractValidator<CopyForm>
{
    public CopyFormValidator(IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        RuleFor(f => f.FromDate).NotNull().WithMessage(_ => text["Kies de dag waarvan je de diensten kopieert."]);
        RuleFor(f => f.Dates).Cascade(CascadeMode.Stop)
            .Must(dates => dates.Any(d => d is not null)).WithMessage(_ => text["Geef minstens één datum om naartoe te kopiëren."])
            .Must(dates => dates.All(d => d is null || d >= AmsterdamClock.Today(clock.GetUtcNow()))).WithMessage(_ => text["Een van de datums ligt in het verleden."])
            .Must(dates => dates.All(d => d is null || d <= AmsterdamClock.Today(clock.GetUtcNow()).AddYears(Shift.MaxYearsAhead))).WithMessage(_ => text["Kies datums binnen {0} jaar.", Shift.MaxYearsAhead])
            .Must((form, dates) => !dates.Contains(form.FromDate)).WithMessage(_ => text["Kopieer naar andere datums dan de dag zelf."]);
    }
}
