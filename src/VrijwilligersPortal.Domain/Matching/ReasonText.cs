using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// The sentences of reasons and exclusions, to the volunteer ("je") or to staff about the
/// volunteer (<see cref="ReasonVoice"/>): Dutch formats (the localisation keys) with their
/// arguments (<see cref="ReasonSentence"/>), so the web writes them in the reader's language.
/// </summary>
internal sealed class ReasonText(MatchNames names, ReasonVoice voice)
{
    private const int SlotsNamed = 3;

    private bool ToVolunteer => voice == ReasonVoice.ToVolunteer;

    public ReasonSentence Category(int categoryId) => ToVolunteer
        ? new("Past bij je interesse {0}", [names.Category(categoryId)])
        : new("Heeft interesse in {0}", [names.Category(categoryId)]);

    public ReasonSentence Skills(IReadOnlyList<int> covered, bool all)
    {
        var list = new NameList([.. covered.Select(names.Skill)]);
        if (ToVolunteer)
        {
            return (all, covered.Count == 1) switch
            {
                (true, true) => new("Vraagt {0}, dat heb je", [list]),
                (true, false) => new("Vraagt {0}, die heb je", [list]),
                (false, true) => new("Vraagt onder meer {0}, dat heb je", [list]),
                (false, false) => new("Vraagt onder meer {0}, die heb je", [list]),
            };
        }

        return all ? new("Heeft {0}, waar de vacature om vraagt", [list]) : new("Heeft {0}, een deel van wat de vacature vraagt", [list]);
    }

    public ReasonSentence Availability(WeekSchedule overlap)
    {
        var slots = overlap.Slots().Select(s => DutchNames.Of(s.Day, s.Part)).ToList();
        var named = slots.Take(SlotsNamed).Cast<object>().ToList();
        if (slots.Count > SlotsNamed)
        {
            var more = slots.Count - SlotsNamed;
            named.Add(more == 1 ? new ReasonSentence("nog 1 ander dagdeel") : new ReasonSentence("nog {0} andere dagdelen", [more]));
        }

        var list = new NameList(named);
        return ToVolunteer ? new("Op {0}, wanneer jij kunt", [list]) : new("Kan op {0}", [list]);
    }

    public ReasonSentence FlexibleSchedule() => new(ToVolunteer ? "Tijden in overleg, dus in te passen in jouw week" : "Tijden in overleg");

    public ReasonSentence Hours(int asked, int available) => ToVolunteer
        ? new("{0} uur per week, dat past in jouw {1} uur", [asked, available])
        : new("Heeft {0} uur per week; de vacature vraagt er {1}", [available, asked]);

    public ReasonSentence Distance(double km) => ToVolunteer
        ? new("{0} km van je postcode", [new Kilometres(km)])
        : new("Woont {0} km van de vacature", [new Kilometres(km)]);

    public ReasonSentence Remote() => new("Kan vanuit huis");

    public ReasonSentence SuitableFor(IReadOnlyList<int> tags)
    {
        var list = new NameList([.. tags.Select(names.SuitableFor)]);
        return ToVolunteer ? new("Geschikt voor {0}, zoals jij aangaf", [list]) : new("Hoort bij de doelgroep {0}", [list]);
    }

    public ReasonSentence Freshness(int ageDays, int freshDays) => ageDays switch
    {
        0 => new("Nieuw: vandaag geplaatst"),
        1 => new("Nieuw: gisteren geplaatst"),
        _ when ageDays <= freshDays => new("Nieuw: {0} dagen geleden geplaatst", [ageDays]),
        _ => new("Recent geplaatst, {0} dagen geleden", [ageDays]),
    };

    public ReasonSentence NotPublished() => new("Deze vacature staat niet (meer) open.");

    public ReasonSentence Full() => new("Alle plaatsen voor deze vacature zijn al bezet.");

    public ReasonSentence NoConsent() => new("Heeft geen toestemming gegeven om voorgesteld te worden.");

    public ReasonSentence TooYoung(int minimumAge, int age) => ToVolunteer
        ? new("De minimumleeftijd is {0} jaar; jij wordt dit jaar {1}.", [minimumAge, age])
        : new("Te jong: de minimumleeftijd is {0} jaar, de vrijwilliger wordt dit jaar {1}.", [minimumAge, age]);

    public ReasonSentence VogRequired() => new(ToVolunteer
        ? "Voor dit werk is een VOG nodig, en volgens je profiel wil je die niet aanvragen."
        : "Wil geen VOG aanvragen, en die is voor dit werk nodig.");

    public ReasonSentence AlreadyApplied() => new(ToVolunteer ? "Je hebt al op deze vacature gereageerd." : "Heeft al op deze vacature gereageerd.");

    public ReasonSentence TooFar(double km, int maxKm)
    {
        // Never "25 km, hoogstens 25 km": keep the decimal when rounding would hide the difference.
        var shown = new Kilometres(km, Exact: Math.Round(km) <= maxKm);
        return ToVolunteer
            ? new("Dit is {0} km van je postcode; je wilt hoogstens {1} km reizen.", [shown, maxKm])
            : new("Woont {0} km van de vacature en wil hoogstens {1} km reizen.", [shown, maxKm]);
    }
}
