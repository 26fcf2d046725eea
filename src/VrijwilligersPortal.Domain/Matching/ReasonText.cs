using System.Globalization;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// The Dutch sentences of reasons and exclusions, to the volunteer ("je") or to staff about the
/// volunteer (<see cref="ReasonVoice"/>). The sentences are the localisation keys the web layer
/// translates, so numbers use the Dutch decimal comma here.
/// </summary>
internal sealed class ReasonText(MatchNames names, ReasonVoice voice)
{
    private const int SlotsNamed = 3;

    private bool ToVolunteer => voice == ReasonVoice.ToVolunteer;

    public string Category(int categoryId) => ToVolunteer
        ? $"Past bij je interesse {names.Category(categoryId)}"
        : $"Heeft interesse in {names.Category(categoryId)}";

    public string Skills(IReadOnlyList<int> covered, bool all)
    {
        var list = JoinDutch(covered.Select(names.Skill).ToList());
        if (ToVolunteer)
        {
            var asks = all ? "Vraagt" : "Vraagt onder meer";
            return covered.Count == 1 ? $"{asks} {list}, dat heb je" : $"{asks} {list}, die heb je";
        }

        return all ? $"Heeft {list}, waar de vacature om vraagt" : $"Heeft {list}, een deel van wat de vacature vraagt";
    }

    public string Availability(WeekSchedule overlap)
    {
        var slots = overlap.Slots().Select(s => DutchNames.Of(s.Day, s.Part)).ToList();
        var named = slots.Take(SlotsNamed).ToList();
        if (slots.Count > SlotsNamed)
        {
            var more = slots.Count - SlotsNamed;
            named.Add(more == 1 ? "nog 1 ander dagdeel" : $"nog {more} andere dagdelen");
        }

        return ToVolunteer ? $"Op {JoinDutch(named)}, wanneer jij kunt" : $"Kan op {JoinDutch(named)}";
    }

    public string FlexibleSchedule() => ToVolunteer ? "Tijden in overleg, dus in te passen in jouw week" : "Tijden in overleg";

    public string Hours(int asked, int available) => ToVolunteer
        ? $"{asked} uur per week, dat past in jouw {available} uur"
        : $"Heeft {available} uur per week; de vacature vraagt er {asked}";

    public string Distance(double km) => ToVolunteer ? $"{Km(km)} km van je postcode" : $"Woont {Km(km)} km van de vacature";

    public string Remote() => "Kan vanuit huis";

    public string SuitableFor(IReadOnlyList<int> tags)
    {
        var list = JoinDutch(tags.Select(names.SuitableFor).ToList());
        return ToVolunteer ? $"Geschikt voor {list}, zoals jij aangaf" : $"Hoort bij de doelgroep {list}";
    }

    public string Freshness(int ageDays, int freshDays) => ageDays switch
    {
        0 => "Nieuw: vandaag geplaatst",
        1 => "Nieuw: gisteren geplaatst",
        _ when ageDays <= freshDays => $"Nieuw: {ageDays} dagen geleden geplaatst",
        _ => $"Recent geplaatst, {ageDays} dagen geleden",
    };

    public string NotPublished() => "Deze vacature staat niet (meer) open.";

    public string Full() => "Alle plaatsen voor deze vacature zijn al bezet.";

    public string NoConsent() => "Heeft geen toestemming gegeven om voorgesteld te worden.";

    public string TooYoung(int minimumAge, int age) => ToVolunteer
        ? $"De minimumleeftijd is {minimumAge} jaar; jij wordt dit jaar {age}."
        : $"Te jong: de minimumleeftijd is {minimumAge} jaar, de vrijwilliger wordt dit jaar {age}.";

    public string VogRequired() => ToVolunteer
        ? "Voor dit werk is een VOG nodig, en volgens je profiel wil je die niet aanvragen."
        : "Wil geen VOG aanvragen, en die is voor dit werk nodig.";

    public string AlreadyApplied() => ToVolunteer ? "Je hebt al op deze vacature gereageerd." : "Heeft al op deze vacature gereageerd.";

    public string TooFar(double km, int maxKm)
    {
        // Never "25 km, hoogstens 25 km": keep the decimal when rounding would hide the difference.
        var shown = Math.Round(km) <= maxKm ? Decimal(km) : Km(km);
        return ToVolunteer
            ? $"Dit is {shown} km van je postcode; je wilt hoogstens {maxKm} km reizen."
            : $"Woont {shown} km van de vacature en wil hoogstens {maxKm} km reizen.";
    }

    /// <summary>"3,2" below 10 km, whole kilometres above: precision where it matters.</summary>
    internal static string Km(double km) => Math.Round(km, 1) < 10 ? Decimal(km) : Math.Round(km).ToString("0", CultureInfo.InvariantCulture);

    private static string Decimal(double km) => Math.Round(km, 1).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>"a", "a en b", "a, b en c".</summary>
    internal static string JoinDutch(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " en " + items[^1],
    };
}
