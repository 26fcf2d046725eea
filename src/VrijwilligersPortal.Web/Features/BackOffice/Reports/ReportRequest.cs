using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace VrijwilligersPortal.Web.Features.BackOffice.Reports;

/// <summary>
/// The report's choices as the URL carries them (/beheer/rapportages?periode=jaar&amp;jaar=2026&amp;gemeente=Utrecht),
/// bound as text so that whatever was typed comes back in the form next to its notice.
/// </summary>
public sealed class ReportRequest
{
    public const string MonthKind = "maand";
    public const string QuarterKind = "kwartaal";
    public const string YearKind = "jaar";
    public const string RangeKind = "vrij";

    /// <summary>The earliest year a report may ask for; the portal holds nothing older.</summary>
    public const int FirstYear = 2000;

    /// <summary>A from–to period spans at most this many days (five years), like the benchmark's history.</summary>
    public const int MaxRangeDays = 5 * 366;

    [ModelBinder(Name = "periode")]
    public string? Kind { get; set; }

    [ModelBinder(Name = "jaar")]
    public string? Year { get; set; }

    [ModelBinder(Name = "maand")]
    public string? Month { get; set; }

    [ModelBinder(Name = "kwartaal")]
    public string? Quarter { get; set; }

    [ModelBinder(Name = "van")]
    public string? From { get; set; }

    [ModelBinder(Name = "tot")]
    public string? Until { get; set; }

    [ModelBinder(Name = "gemeente")]
    public string? Municipality { get; set; }

    [ModelBinder(Name = "plaats")]
    public string? Place { get; set; }

    public string EffectiveKind => string.IsNullOrWhiteSpace(Kind) ? YearKind : Kind.Trim().ToLowerInvariant();

    /// <summary>The defaults for a first visit: this year.</summary>
    public ReportRequest WithDefaults(DateOnly today)
    {
        Kind = EffectiveKind;
        Year ??= today.Year.ToString(CultureInfo.InvariantCulture);
        Month ??= today.Month.ToString(CultureInfo.InvariantCulture);
        Quarter ??= (((today.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture);
        return this;
    }

    /// <summary>The period asked for; only call after the validator passed.</summary>
    public ReportPeriod Period() => EffectiveKind switch
    {
        MonthKind => ReportPeriod.Month(Number(Year)!.Value, Number(Month)!.Value),
        QuarterKind => ReportPeriod.Quarter(Number(Year)!.Value, Number(Quarter)!.Value),
        RangeKind => ReportPeriod.Between(Date(From)!.Value, Date(Until)!.Value),
        _ => ReportPeriod.Year(Number(Year)!.Value),
    };

    /// <summary>The query string of these choices, for the export links.</summary>
    public IReadOnlyDictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string> { ["periode"] = EffectiveKind };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[name] = value.Trim();
            }
        }

        switch (EffectiveKind)
        {
            case MonthKind:
                Add("jaar", Year);
                Add("maand", Month);
                break;
            case QuarterKind:
                Add("jaar", Year);
                Add("kwartaal", Quarter);
                break;
            case RangeKind:
                Add("van", From);
                Add("tot", Until);
                break;
            default:
                Add("jaar", Year);
                break;
        }

        Add("gemeente", Municipality);
        Add("plaats", Place);
        return values;
    }

    internal static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    internal static DateOnly? Date(string? text)
    {
        var value = text?.Trim();
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(value, "d-M-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date
            : null;
    }
}

public sealed class ReportRequestValidator : AbstractValidator<ReportRequest>
{
    public ReportRequestValidator(IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        var lastYear = clock.GetUtcNow().Year + 1;
        bool YearOk(string? year) => ReportRequest.Number(year) is { } y && y >= ReportRequest.FirstYear && y <= lastYear;
        bool DateOk(string? date) => ReportRequest.Date(date) is { } d && d.Year >= ReportRequest.FirstYear && d.Year <= lastYear;

        RuleFor(r => r.EffectiveKind)
            .Must(k => k is ReportRequest.MonthKind or ReportRequest.QuarterKind or ReportRequest.YearKind or ReportRequest.RangeKind)
            .OverridePropertyName("periode")
            .WithMessage(_ => text["Kies een maand, kwartaal, jaar of een periode van–tot."]);

        When(r => r.EffectiveKind is ReportRequest.MonthKind or ReportRequest.QuarterKind or ReportRequest.YearKind, () =>
            RuleFor(r => r.Year).Must(YearOk).OverridePropertyName("jaar")
                .WithMessage(_ => text["Geef een jaar van {0} tot en met {1}.", ReportRequest.FirstYear, lastYear]));
        When(r => r.EffectiveKind == ReportRequest.MonthKind, () =>
            RuleFor(r => r.Month).Must(m => ReportRequest.Number(m) is >= 1 and <= 12).OverridePropertyName("maand")
                .WithMessage(_ => text["Kies een maand."]));
        When(r => r.EffectiveKind == ReportRequest.QuarterKind, () =>
            RuleFor(r => r.Quarter).Must(q => ReportRequest.Number(q) is >= 1 and <= 4).OverridePropertyName("kwartaal")
                .WithMessage(_ => text["Kies een kwartaal van 1 tot en met 4."]));
        When(r => r.EffectiveKind == ReportRequest.RangeKind, () =>
        {
            RuleFor(r => r.From).Must(DateOk).OverridePropertyName("van")
                .WithMessage(_ => text["Geef een begindatum als dd-mm-jjjj, vanaf {0}.", ReportRequest.FirstYear]);
            RuleFor(r => r.Until).Cascade(CascadeMode.Stop)
                .Must(DateOk).WithMessage(_ => text["Geef een einddatum als dd-mm-jjjj, tot en met {0}.", lastYear])
                .Must((r, until) => ReportRequest.Date(r.From) is not { } from || ReportRequest.Date(until) >= from)
                .WithMessage(_ => text["De einddatum ligt vóór de begindatum."])
                .Must((r, until) => ReportRequest.Date(r.From) is not { } from || ReportRequest.Date(until)!.Value.DayNumber - from.DayNumber < ReportRequest.MaxRangeDays)
                .WithMessage(_ => text["Kies een periode van hoogstens vijf jaar."])
                .OverridePropertyName("tot");
        });
        RuleFor(r => r.Place)
            .Must((r, place) => string.IsNullOrWhiteSpace(place) || string.IsNullOrWhiteSpace(r.Municipality))
            .OverridePropertyName("plaats")
            .WithMessage(_ => text["Kies een gemeente of een plaats, niet allebei."]);
    }
}
