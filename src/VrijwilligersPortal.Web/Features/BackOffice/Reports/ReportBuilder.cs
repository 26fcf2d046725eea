using System.Globalization;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Web.Features.BackOffice.Reports;

/// <summary>
/// Lays out the report's figures, counted per period by <see cref="ReportQueries"/> (this one,
/// the one before, the same one a year earlier), as tables with their one-line definitions, which
/// docs/reports.md repeats. <paramref name="text"/> translates the fixed Dutch labels, and the
/// names of the portal's lists (categories, groups, topics) as <c>ListName</c> does: a seeded name
/// has a translation, a name staff typed stays as it is (docs/adr/0180).
/// </summary>
public sealed class ReportBuilder(ReportCounts counts, Func<string, string> text)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public Report Build(ReportPeriod period, string area)
    {
        var previous = period.Previous();
        var yearEarlier = period.YearEarlier();
        ReportPeriod[] periods = [period, previous, yearEarlier];

        ReportRow Row(string label, Func<ReportPeriod, ReportValue> value, string? definition = null) =>
            new(text(label), value(period), value(previous), value(yearEarlier), definition is null ? null : text(definition));
        ReportRow DataRow(string label, Func<ReportPeriod, ReportValue> value) =>
            new(label, value(period), value(previous), value(yearEarlier));
        ReportRow ListRow(string name, Func<ReportPeriod, ReportValue> value) =>
            new(text(name), value(period), value(previous), value(yearEarlier));

        var tables = new List<ReportTable>
        {
            new("vrijwilligers", text("Vrijwilligers"), text("Vrijwilligers"), false,
            [
                Row("Nieuw ingeschreven", p => ReportValue.Of(C(p).Registered), "Vrijwilligers die in de periode een profiel kregen (zelf of via de centrale), ook als ze later hun gegevens lieten wissen."),
                Row("Actief", p => ReportValue.Of(C(p).ActiveVolunteers), "Verschillende vrijwilligers die in de periode reageerden, geplaatst werden of een lopende bemiddeling hadden."),
                Row("Geplaatst", p => ReportValue.Of(C(p).PlacedVolunteers), "Verschillende vrijwilligers van wie een reactie in de periode op geplaatst ging, via bemiddeling of zelf."),
            ]),
            new("reacties", text("Reacties"), text("Reacties"), false,
            [
                Row("Verstuurd", p => ReportValue.Of(C(p).Sent), "Reacties die vrijwilligers in de periode verstuurden."),
                Row("Binnen 7 dagen beantwoord", p => ReportValue.Of(C(p).AnsweredWithin7Days), "Verstuurde reacties waarop de organisatie binnen 7 dagen antwoordde (in contact, geplaatst of afgewezen)."),
                Row("Binnen 14 dagen beantwoord", p => ReportValue.Of(C(p).AnsweredWithin14Days), "Idem, binnen 14 dagen."),
                Row("Mediaan dagen tot eerste antwoord", p => ReportValue.OfDecimal(C(p).MedianDaysToFirstAnswer), "De middelste wachttijd in dagen tussen versturen en het eerste antwoord, over de beantwoorde reacties."),
                Row("Geplaatst", p => ReportValue.Of(C(p).Placed), "Reacties die in de periode op geplaatst gingen."),
                Row("Afgewezen", p => ReportValue.Of(C(p).Declined), "Reacties die de organisatie in de periode afwees."),
                Row("Ingetrokken", p => ReportValue.Of(C(p).Withdrawn), "Reacties die in de periode werden ingetrokken (ook doordat iemand zijn account liet verwijderen)."),
                Row("Nooit beantwoord", p => ReportValue.Of(C(p).NeverAnswered), "Reacties verstuurd in de periode waarop tot nu toe geen antwoord kwam."),
            ]),
            new("bemiddelingen", text("Bemiddelingen"), text("Bemiddelingen"), false,
            [
                Row("Gestart", p => ReportValue.Of(C(p).MediationsStarted), "Hulpvragen die in de periode binnenkwamen of door de centrale werden geopend."),
                Row("Geplaatst", p => ReportValue.Of(C(p).MediationsPlaced), "Bemiddelingen die in de periode tot een plaatsing leidden."),
                Row("Afgesloten zonder plaatsing", p => ReportValue.Of(C(p).MediationsClosedUnplaced), "Bemiddelingen die in de periode eindigden zonder plaatsing."),
                Row("Mediaan dagen van intake tot plaatsing", p => ReportValue.OfDecimal(C(p).MedianDaysIntakeToPlacement), "De middelste duur in dagen van het intakegesprek tot de plaatsing, over de plaatsingen in de periode."),
            ]),
            new("bemiddelingen-verwijzer", text("Bemiddelingen"), text("Gestarte bemiddelingen naar verwijzer"), true,
                Enum.GetValues<ReferralSource>().Select(source => (ReferralSource?)source).Append(null)
                    .Select(source => Row(source is { } s ? MediationNames.Of(s) : "nog geen intake", p => ReportValue.Of(source is { } s ? C(p).MediationsBySource.GetValueOrDefault(s) : C(p).MediationsWithoutSource)))
                    .ToList()),
            new("organisaties", text("Organisaties"), text("Organisaties"), false,
            [
                Row("Nieuw aangemeld", p => ReportValue.Of(C(p).OrganisationsRegistered), "Organisaties die zich in de periode aanmeldden."),
                Row("Goedgekeurd", p => ReportValue.Of(C(p).OrganisationsApproved), "Aanmeldingen die de centrale in de periode goedkeurde."),
                Row("Actief", p => ReportValue.Of(C(p).ActiveOrganisations), "Organisaties die in de periode een vacature publiceerden of op een reactie antwoordden."),
                Row("Bediend", p => ReportValue.Of(C(p).ServedOrganisations), "Organisaties met ten minste één plaatsing in de periode."),
            ]),
            new("vacatures", text("Vacatures"), text("Vacatures"), false,
            [
                Row("Gepubliceerd", p => ReportValue.Of(C(p).Published), "Vacatures die in de periode voor het eerst openbaar werden."),
                Row("Vervuld", p => ReportValue.Of(C(p).Filled), "Vacatures die in de periode als vervuld werden gesloten."),
                Row("Verlopen zonder plaatsing", p => ReportValue.Of(C(p).ExpiredUnfilled), "Gepubliceerde vacatures met hun einddatum in de periode, toen nog open, waarop niemand werd geplaatst."),
            ]),
            new("vacatures-categorie", text("Vacatures"), text("Gepubliceerde vacatures naar categorie"), true,
                counts.Categories.OrderBy(c => c.Value, StringComparer.Create(Dutch, false))
                    .Select(c => ListRow(c.Value, p => ReportValue.Of(C(p).PublishedByCategory.GetValueOrDefault(c.Key))))
                    .ToList()),
            new("bereikt-groep", text("Wie we bereikten"), text("Plaatsingen naar doelgroep van de vacature"), true,
                counts.Groups.OrderBy(g => g.Value, StringComparer.Create(Dutch, false))
                    .Select(g => ListRow(g.Value, p => ReportValue.Of(C(p).PlacementsByGroup.GetValueOrDefault(g.Key))))
                    .ToList()),
            new("bereikt-leeftijd", text("Wie we bereikten"), text("Geplaatste vrijwilligers naar leeftijd"), true,
                AgeBands.Select(band => Row(band.Label, p => ReportValue.Of(C(p).PlacedByAge.Where(a => band.Contains(a.Key)).Sum(a => a.Value) + (band.Contains(null) ? C(p).PlacedAgeUnknown : 0))))
                    .ToList()),
            new("bereikt-intake", text("Wie we bereikten"), text("Gestarte bemiddelingen naar groep bij de intake"), true,
                counts.Groups.OrderBy(g => g.Value, StringComparer.Create(Dutch, false))
                    .Select(g => ListRow(g.Value, p => ReportValue.Of(C(p).MediationsByGroup.GetValueOrDefault(g.Key))))
                    .ToList()),
            new("nazorg", text("Impact"), text("Nazorg na elke plaatsing"), false,
            [
                Row("Antwoorden", p => ReportValue.Of(C(p).Answers), "Antwoorden op de vraag \"Hoe gaat het?\" die vrijwilligers en organisaties in de periode gaven, een paar weken na een plaatsing."),
                Row("Waarvan van vrijwilligers", p => ReportValue.Of(C(p).AnswersFromVolunteers)),
                Row("Gemiddeld cijfer (1–5)", p => ReportValue.OfDecimal(Average(C(p).AnswersByRating)), "Het gemiddelde van die antwoorden (1 = slecht, 5 = heel goed)."),
                Row("Nog actief na 3 maanden", p => StillActive(p, 3), StillActiveDefinition),
                Row("Nog actief na 6 maanden", p => StillActive(p, 6)),
                Row("Nog actief na 12 maanden", p => StillActive(p, 12)),
            ]),
            new("nazorg-cijfer", text("Impact"), text("Nazorg na elke plaatsing: hoe gaat het?"), true,
                Enumerable.Range(1, 5).Reverse()
                    .Select(rating => DataRow(rating.ToString(CultureInfo.InvariantCulture), p => ReportValue.Of(C(p).AnswersByRating.GetValueOrDefault(rating))))
                    .ToList()),
            new("impact", text("Impact"), text("Nazorg na bemiddeling"), false,
            [
                Row("Nazorggesprekken", p => ReportValue.Of(C(p).MediationFollowUpsByRating.Values.Sum()), "Nazorg die de centrale in de periode vastlegde bij een bemiddelde plaatsing."),
                Row("Gemiddeld cijfer (1–5)", p => ReportValue.OfDecimal(Average(C(p).MediationFollowUpsByRating)), "Het gemiddelde van het cijfer \"hoe gaat het?\" (1 = slecht, 5 = heel goed)."),
            ]),
            new("impact-cijfer", text("Impact"), text("Nazorg: hoe gaat het?"), true,
                Enumerable.Range(1, 5).Reverse()
                    .Select(rating => DataRow(rating.ToString(CultureInfo.InvariantCulture), p => ReportValue.Of(C(p).MediationFollowUpsByRating.GetValueOrDefault(rating))))
                    .ToList()),
            new("vragen", text("Advies aan organisaties"), text("Vragen van organisaties"), false,
            [
                Row("Beantwoord", p => ReportValue.Of(C(p).QuestionsAnswered), "Vragen van organisaties die de centrale in de periode voor het eerst beantwoordde."),
                Row("Mediaan dagen tot antwoord", p => ReportValue.OfDecimal(C(p).MedianDaysToQuestionAnswer), "De middelste tijd in dagen tussen de vraag en het eerste antwoord, over die vragen."),
            ]),
            new("vragen-onderwerp", text("Advies aan organisaties"), text("Beantwoorde vragen per onderwerp"), true,
                counts.QuestionTopics.OrderBy(t => t.Value, StringComparer.Create(Dutch, false))
                    .Select(t => ListRow(t.Value, p => ReportValue.Of(C(p).QuestionsByTopic.GetValueOrDefault(t.Key))))
                    .ToList()),
        };

        return new Report(period, previous, yearEarlier, area, tables.Select(t => t.Protect()).ToList(), counts.Months, counts.Stories);
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

    private PeriodCounts C(ReportPeriod p) => counts.Of(p);

    /// <summary>
    /// Of the placements that turned <paramref name="months"/> months old in the period (placed in
    /// the period moved back that many months) with an answered follow-up: the share whose latest
    /// answer says the volunteer is still active. Hidden below five placements, like a breakdown.
    /// </summary>
    private ReportValue StillActive(ReportPeriod p, int months)
    {
        var (answered, active) = C(p).StillActive[months];
        if (answered is >= 1 and <= 4)
        {
            return new ReportValue(null, null, true);
        }

        return ReportValue.OfPercent(answered == 0 ? null : 100.0 * active / answered);
    }

    private static double? Average(IReadOnlyDictionary<int, int> countByRating)
    {
        var total = countByRating.Values.Sum();
        return total == 0 ? null : countByRating.Sum(r => (double)r.Key * r.Value) / total;
    }
}
