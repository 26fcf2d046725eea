using System.Globalization;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Web.Features.BackOffice.Reports;

/// <summary>
/// Counts the report's figures from the history rows, once per period (this one, the one before,
/// the same one a year earlier). Plain code over plain rows, so each definition can be read here
/// and in docs/reports.md side by side. <paramref name="text"/> translates the fixed Dutch labels;
/// names from the database (categories, groups) are data and are never passed through it.
/// </summary>
public sealed class ReportBuilder(ReportRows rows, Func<string, string> text)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public Report Build(ReportPeriod period, string area)
    {
        var previous = period.Previous();
        var yearEarlier = period.YearEarlier();
        ReportPeriod[] periods = [period, previous, yearEarlier];

        ReportRow Row(string label, Func<ReportPeriod, ReportValue> value, string? definition = null) =>
            new(text(label), value(period), value(previous), value(yearEarlier), definition is null ? null : text(definition));
        ReportRow DataRow(string label, Func<ReportPeriod, ReportValue> value) =>
            new(label, value(period), value(previous), value(yearEarlier));

        var tables = new List<ReportTable>
        {
            new("vrijwilligers", text("Vrijwilligers"), text("Vrijwilligers"), false,
            [
                Row("Nieuw ingeschreven", p => ReportValue.Of(rows.VolunteersRegistered.Count(p.Contains)), "Vrijwilligers die in de periode een profiel kregen (zelf of via de centrale), ook als ze later hun gegevens lieten wissen."),
                Row("Actief", p => ReportValue.Of(ActiveVolunteers(p)), "Verschillende vrijwilligers die in de periode reageerden, geplaatst werden of een lopende bemiddeling hadden."),
                Row("Geplaatst", p => ReportValue.Of(Changes(p, ApplicationStatus.Placed).Select(c => c.VolunteerId).Distinct().Count()), "Verschillende vrijwilligers van wie een reactie in de periode op geplaatst ging, via bemiddeling of zelf."),
            ]),
            new("reacties", text("Reacties"), text("Reacties"), false,
            [
                Row("Verstuurd", p => ReportValue.Of(Sent(p).Count()), "Reacties die vrijwilligers in de periode verstuurden."),
                Row("Binnen 7 dagen beantwoord", p => ReportValue.Of(Sent(p).Count(a => AnsweredWithin(a, 7))), "Verstuurde reacties waarop de organisatie binnen 7 dagen antwoordde (in contact, geplaatst of afgewezen)."),
                Row("Binnen 14 dagen beantwoord", p => ReportValue.Of(Sent(p).Count(a => AnsweredWithin(a, 14))), "Idem, binnen 14 dagen."),
                Row("Mediaan dagen tot eerste antwoord", p => ReportValue.OfDecimal(Median(Sent(p).Where(a => a.FirstAnswerAt is not null).Select(a => (a.FirstAnswerAt!.Value - a.SubmittedAt).TotalDays))), "De middelste wachttijd in dagen tussen versturen en het eerste antwoord, over de beantwoorde reacties."),
                Row("Geplaatst", p => ReportValue.Of(Changes(p, ApplicationStatus.Placed).Count()), "Reacties die in de periode op geplaatst gingen."),
                Row("Afgewezen", p => ReportValue.Of(Changes(p, ApplicationStatus.Declined).Count()), "Reacties die de organisatie in de periode afwees."),
                Row("Ingetrokken", p => ReportValue.Of(Changes(p, ApplicationStatus.Withdrawn).Count()), "Reacties die in de periode werden ingetrokken (ook doordat iemand zijn account liet verwijderen)."),
                Row("Nooit beantwoord", p => ReportValue.Of(Sent(p).Count(a => a.FirstAnswerAt is null)), "Reacties verstuurd in de periode waarop tot nu toe geen antwoord kwam."),
            ]),
            new("bemiddelingen", text("Bemiddelingen"), text("Bemiddelingen"), false,
            [
                Row("Gestart", p => ReportValue.Of(rows.Mediations.Count(m => p.Contains(m.RequestedAt))), "Hulpvragen die in de periode binnenkwamen of door de centrale werden geopend."),
                Row("Geplaatst", p => ReportValue.Of(rows.Mediations.Count(m => m.PlacedAt is { } at && p.Contains(at))), "Bemiddelingen die in de periode tot een plaatsing leidden."),
                Row("Afgesloten zonder plaatsing", p => ReportValue.Of(rows.Mediations.Count(m => m.ClosedAt is { } at && p.Contains(at) && m.PlacedAt is null)), "Bemiddelingen die in de periode eindigden zonder plaatsing."),
                Row("Mediaan dagen van intake tot plaatsing", p => ReportValue.OfDecimal(Median(rows.Mediations.Where(m => m.PlacedAt is { } at && p.Contains(at) && m.IntakeAt is not null).Select(m => (m.PlacedAt!.Value - m.IntakeAt!.Value).TotalDays))), "De middelste duur in dagen van het intakegesprek tot de plaatsing, over de plaatsingen in de periode."),
            ]),
            new("bemiddelingen-verwijzer", text("Bemiddelingen"), text("Gestarte bemiddelingen naar verwijzer"), true,
                Enum.GetValues<ReferralSource>().Select(source => (ReferralSource?)source).Append(null)
                    .Select(source => Row(source is { } s ? MediationNames.Of(s) : "nog geen intake", p => ReportValue.Of(rows.Mediations.Count(m => p.Contains(m.RequestedAt) && m.Source == source))))
                    .ToList()),
            new("organisaties", text("Organisaties"), text("Organisaties"), false,
            [
                Row("Nieuw aangemeld", p => ReportValue.Of(rows.OrganisationsRegistered.Count(p.Contains)), "Organisaties die zich in de periode aanmeldden."),
                Row("Goedgekeurd", p => ReportValue.Of(rows.OrganisationsApproved.Count(p.Contains)), "Aanmeldingen die de centrale in de periode goedkeurde."),
                Row("Actief", p => ReportValue.Of(ActiveOrganisations(p)), "Organisaties die in de periode een vacature publiceerden of op een reactie antwoordden."),
                Row("Bediend", p => ReportValue.Of(Changes(p, ApplicationStatus.Placed).Select(c => c.OrganisationId).Distinct().Count()), "Organisaties met ten minste één plaatsing in de periode."),
            ]),
            new("vacatures", text("Vacatures"), text("Vacatures"), false,
            [
                Row("Gepubliceerd", p => ReportValue.Of(FirstPublished(p).Count()), "Vacatures die in de periode voor het eerst openbaar werden."),
                Row("Vervuld", p => ReportValue.Of(Filled(p).Count()), "Vacatures die in de periode als vervuld werden gesloten."),
                Row("Verlopen zonder plaatsing", p => ReportValue.Of(ExpiredUnfilled(p).Count()), "Gepubliceerde vacatures met hun einddatum in de periode, toen nog open, waarop niemand werd geplaatst."),
            ]),
            new("vacatures-categorie", text("Vacatures"), text("Gepubliceerde vacatures naar categorie"), true,
                rows.Categories.OrderBy(c => c.Value, StringComparer.Create(Dutch, false))
                    .Select(c => DataRow(c.Value, p => ReportValue.Of(FirstPublished(p).Count(v => v.CategoryId == c.Key))))
                    .ToList()),
            new("bereikt-groep", text("Wie we bereikten"), text("Plaatsingen naar doelgroep van de vacature"), true,
                rows.Groups.OrderBy(g => g.Value, StringComparer.Create(Dutch, false))
                    .Select(g => DataRow(g.Value, p => ReportValue.Of(Changes(p, ApplicationStatus.Placed).Count(c => rows.VacancyGroups.TryGetValue(c.VacancyId, out var groups) && groups.Contains(g.Key)))))
                    .ToList()),
            new("bereikt-leeftijd", text("Wie we bereikten"), text("Geplaatste vrijwilligers naar leeftijd"), true,
                AgeBands.Select(band => Row(band.Label, p => ReportValue.Of(Changes(p, ApplicationStatus.Placed)
                        .GroupBy(c => c.VolunteerId)
                        .Count(g => band.Contains(g.First().BirthYear is { } born ? LocalYear(g.First().At) - born : null)))))
                    .ToList()),
            new("bereikt-intake", text("Wie we bereikten"), text("Gestarte bemiddelingen naar groep bij de intake"), true,
                rows.Groups.OrderBy(g => g.Value, StringComparer.Create(Dutch, false))
                    .Select(g => DataRow(g.Value, p => ReportValue.Of(rows.Mediations.Count(m => p.Contains(m.RequestedAt) && m.Groups.Contains(g.Key)))))
                    .ToList()),
            new("nazorg", text("Impact"), text("Nazorg na elke plaatsing"), false,
            [
                Row("Antwoorden", p => ReportValue.Of(Answers(p).Count()), "Antwoorden op de vraag \"Hoe gaat het?\" die vrijwilligers en organisaties in de periode gaven, een paar weken na een plaatsing."),
                Row("Waarvan van vrijwilligers", p => ReportValue.Of(Answers(p).Count(f => f.Respondent == FollowUpRespondent.Volunteer))),
                Row("Gemiddeld cijfer (1–5)", p => ReportValue.OfDecimal(Answers(p).Select(f => (double)f.Rating).ToList() is { Count: > 0 } ratings ? ratings.Average() : null), "Het gemiddelde van die antwoorden (1 = slecht, 5 = heel goed)."),
                Row("Nog actief na 3 maanden", p => StillActive(p, 3), StillActiveDefinition),
                Row("Nog actief na 6 maanden", p => StillActive(p, 6)),
                Row("Nog actief na 12 maanden", p => StillActive(p, 12)),
            ]),
            new("nazorg-cijfer", text("Impact"), text("Nazorg na elke plaatsing: hoe gaat het?"), true,
                Enumerable.Range(1, 5).Reverse()
                    .Select(rating => DataRow(rating.ToString(CultureInfo.InvariantCulture), p => ReportValue.Of(Answers(p).Count(f => f.Rating == rating))))
                    .ToList()),
            new("impact", text("Impact"), text("Nazorg na bemiddeling"), false,
            [
                Row("Nazorggesprekken", p => ReportValue.Of(FollowUps(p).Count()), "Nazorg die de centrale in de periode vastlegde bij een bemiddelde plaatsing."),
                Row("Gemiddeld cijfer (1–5)", p => ReportValue.OfDecimal(FollowUps(p).Select(m => (double)m.Rating!.Value).ToList() is { Count: > 0 } ratings ? ratings.Average() : null), "Het gemiddelde van het cijfer \"hoe gaat het?\" (1 = slecht, 5 = heel goed)."),
            ]),
            new("impact-cijfer", text("Impact"), text("Nazorg: hoe gaat het?"), true,
                Enumerable.Range(1, 5).Reverse()
                    .Select(rating => DataRow(rating.ToString(CultureInfo.InvariantCulture), p => ReportValue.Of(FollowUps(p).Count(m => m.Rating == rating))))
                    .ToList()),
            new("vragen", text("Advies aan organisaties"), text("Vragen van organisaties"), false,
            [
                Row("Beantwoord", p => ReportValue.Of(Questions(p).Count()), "Vragen van organisaties die de centrale in de periode voor het eerst beantwoordde."),
                Row("Mediaan dagen tot antwoord", p => ReportValue.OfDecimal(Median(Questions(p).Select(q => (q.FirstAnsweredAt - q.AskedAt).TotalDays))), "De middelste tijd in dagen tussen de vraag en het eerste antwoord, over die vragen."),
            ]),
            new("vragen-onderwerp", text("Advies aan organisaties"), text("Beantwoorde vragen per onderwerp"), true,
                rows.QuestionTopics.OrderBy(t => t.Value, StringComparer.Create(Dutch, false))
                    .Select(t => DataRow(t.Value, p => ReportValue.Of(Questions(p).Count(q => q.TopicId == t.Key))))
                    .ToList()),
        };

        var months = new List<MonthPoint>();
        if (period.End.DayNumber - period.Start.DayNumber > 31)
        {
            for (var start = new DateOnly(period.Start.Year, period.Start.Month, 1); start < period.End; start = start.AddMonths(1))
            {
                var month = new ReportPeriod(start < period.Start ? period.Start : start, start.AddMonths(1) > period.End ? period.End : start.AddMonths(1), start.ToString("MMM yyyy", Dutch));
                months.Add(new MonthPoint(month.Label, Sent(month).Count(), Changes(month, ApplicationStatus.Placed).Count()));
            }
        }

        var stories = rows.Mediations
            .Where(m => m.Story is not null && m.FollowedUpAt is { } at && period.Contains(at))
            .Select(m => (At: m.FollowedUpAt!.Value, Story: m.Story!))
            .Concat(Answers(period).Where(f => f.Story is not null).Select(f => (At: f.AnsweredAt, Story: f.Story!)))
            .OrderBy(s => s.At)
            .Select(s => s.Story)
            .ToList();
        return new Report(period, previous, yearEarlier, area, tables.Select(t => t.Protect()).ToList(), months, stories);
    }

    private static readonly (string Label, Func<int?, bool> Contains)[] AgeBands =
    [
        ("Jonger dan 18", age => age < 18),
        ("18 tot 27", age => age is >= 18 and < 27),
        ("27 tot 55", age => age is >= 27 and < 55),
        ("55 tot 67", age => age is >= 55 and < 67),
        ("67 en ouder", age => age >= 67),
        ("Onbekend", age => age is null),
    ];

    private const string StillActiveDefinition =
        "Van de plaatsingen die in de periode 3 (6, 12) maanden oud werden en waarover nazorg is beantwoord: het deel waarvan het laatste antwoord \"nog actief\" zegt. Bij 1 tot en met 4 plaatsingen staat er \"< 5\".";

    private IEnumerable<AnsweredQuestionRow> Questions(ReportPeriod p) => rows.AnsweredQuestions.Where(q => p.Contains(q.FirstAnsweredAt));

    private IEnumerable<FollowUpRow> Answers(ReportPeriod p) => rows.FollowUps.Where(f => p.Contains(f.AnsweredAt));

    /// <summary>
    /// The placements that turned <paramref name="months"/> months old in the period (placed in the
    /// period moved back that many months), with an answered follow-up: the share whose latest
    /// answer says the volunteer is still active. Hidden below five placements, like a breakdown.
    /// </summary>
    private ReportValue StillActive(ReportPeriod p, int months)
    {
        var from = p.StartAt.AddMonths(-months);
        var to = p.EndAt.AddMonths(-months);
        var latest = rows.Outcomes
            .Where(o => o.PlacedAt >= from && o.PlacedAt < to)
            .Select(o => o.StillActive)
            .ToList();
        if (latest.Count is >= 1 and <= 4)
        {
            return new ReportValue(null, null, true);
        }

        return ReportValue.OfPercent(latest.Count == 0 ? null : 100.0 * latest.Count(active => active) / latest.Count);
    }

    // The applications and their changes are by far the most rows, and most figures start from
    // "those in period p": picked out once per period, not once per figure.
    private readonly Dictionary<ReportPeriod, List<ApplicationRow>> _sent = [];
    private readonly Dictionary<ReportPeriod, ILookup<ApplicationStatus, ApplicationChangeRow>> _changes = [];

    private List<ApplicationRow> Sent(ReportPeriod p)
    {
        if (!_sent.TryGetValue(p, out var sent))
        {
            sent = rows.Applications.Where(a => p.Contains(a.SubmittedAt)).ToList();
            _sent[p] = sent;
        }

        return sent;
    }

    private IEnumerable<ApplicationChangeRow> Changes(ReportPeriod p, ApplicationStatus to)
    {
        if (!_changes.TryGetValue(p, out var changes))
        {
            changes = rows.ApplicationChanges.Where(c => p.Contains(c.At)).ToLookup(c => c.To);
            _changes[p] = changes;
        }

        return changes[to];
    }

    private IEnumerable<VacancyChangeRow> FirstPublished(ReportPeriod p) =>
        rows.VacancyChanges.Where(c => c.To == VacancyStatus.Published && c.From is VacancyStatus.Draft or VacancyStatus.Submitted && p.Contains(c.At))
            .DistinctBy(c => c.VacancyId);

    private IEnumerable<VacancyChangeRow> Filled(ReportPeriod p) =>
        rows.VacancyChanges.Where(c => c.To == VacancyStatus.Closed && c.Reason == ClosedReason.Filled && p.Contains(c.At));

    private IEnumerable<EndedVacancyRow> ExpiredUnfilled(ReportPeriod p) =>
        rows.EndedVacancies.Where(v => p.Contains(v.EndDate) && !v.AnyPlacement && (v.ClosedAt is null || v.ClosedAt >= new ReportPeriod(v.EndDate, v.EndDate.AddDays(1), string.Empty).EndAt));

    private IEnumerable<MediationRow> FollowUps(ReportPeriod p) => rows.Mediations.Where(m => m.Rating is not null && m.FollowedUpAt is { } at && p.Contains(at));

    private int ActiveVolunteers(ReportPeriod p) =>
        Sent(p).Select(a => a.VolunteerId)
            .Concat(Changes(p, ApplicationStatus.Placed).Select(c => c.VolunteerId))
            .Concat(rows.Mediations.Where(m => m.RequestedAt < p.EndAt && (m.ClosedAt is null || m.ClosedAt >= p.StartAt)).Select(m => m.VolunteerId))
            .Distinct()
            .Count();

    private int ActiveOrganisations(ReportPeriod p) =>
        FirstPublished(p).Select(v => v.OrganisationId)
            .Concat(rows.VacancyChanges.Where(c => c.To == VacancyStatus.Published && p.Contains(c.At)).Select(c => c.OrganisationId))
            .Concat(Changes(p, ApplicationStatus.InContact).Concat(Changes(p, ApplicationStatus.Placed)).Concat(Changes(p, ApplicationStatus.Declined)).Select(c => c.OrganisationId))
            .Distinct()
            .Count();

    private static bool AnsweredWithin(ApplicationRow application, int days) =>
        application.FirstAnswerAt is { } answered && answered - application.SubmittedAt <= TimeSpan.FromDays(days);

    private static int LocalYear(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Amsterdam).Year;

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
