using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Web.Features.Vacancies;

/// <summary>
/// The search as it arrives in the URL (names from PRODUCT.md, plus <c>uren</c>). Everything binds
/// as text so that no value can fail binding; <see cref="ResolveAsync"/> turns it into criteria and
/// collects a Dutch notice for whatever it had to ignore or correct.
/// </summary>
public sealed class VacancySearchRequest
{
    public const int DefaultDistanceKm = 10;

    public const int MaxDistanceKm = 200;

    public const int MaxHours = 60;

    /// <summary>More values than any form offers can only come from a crafted link.</summary>
    private const int MaxValuesPerParameter = 40;

    public static IReadOnlyList<int> DistanceChoices { get; } = [5, 10, 15, 25, 50, 100];

    public static IReadOnlyList<(string Value, SearchSort Sort, string Label)> SortChoices { get; } =
    [
        ("relevantie", SearchSort.Relevance, "Beste match"),
        ("nieuwste", SearchSort.Newest, "Nieuwste eerst"),
        ("afstand", SearchSort.Distance, "Dichtstbij eerst"),
        ("sluitdatum", SearchSort.ClosingDate, "Sluitdatum"),
    ];

    public static IReadOnlyList<(string Value, Commitment Commitment)> CommitmentChoices { get; } =
    [
        ("eenmalig", Commitment.OneOff),
        ("kortlopend", Commitment.ShortTerm),
        ("structureel", Commitment.Ongoing),
    ];

    public static IReadOnlyList<(string Value, string Label)> DayChoices { get; } =
    [
        ("ma", "maandag"), ("di", "dinsdag"), ("wo", "woensdag"), ("do", "donderdag"), ("vr", "vrijdag"), ("za", "zaterdag"), ("zo", "zondag"),
    ];

    public static IReadOnlyList<(string Value, DayPart Part)> PartChoices { get; } =
    [
        ("ochtend", DayPart.Morning), ("middag", DayPart.Afternoon), ("avond", DayPart.Evening),
    ];

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "categorie")]
    public string[] Categories { get; set; } = [];

    [FromQuery(Name = "postcode")]
    public string? Postcode { get; set; }

    [FromQuery(Name = "afstand")]
    public string? Distance { get; set; }

    [FromQuery(Name = "duur")]
    public string[] Durations { get; set; } = [];

    [FromQuery(Name = "dagdeel")]
    public string[] DayParts { get; set; } = [];

    [FromQuery(Name = "uren")]
    public string? Hours { get; set; }

    [FromQuery(Name = "geschikt")]
    public string[] SuitableFor { get; set; } = [];

    [FromQuery(Name = "thuis")]
    public string? Remote { get; set; }

    [FromQuery(Name = "zonderVog")]
    public string? WithoutVog { get; set; }

    [FromQuery(Name = "sorteer")]
    public string? Sort { get; set; }

    [FromQuery(Name = "pagina")]
    public string? Page { get; set; }

    /// <summary><c>weekend</c>: vacancies with a shift this (coming) weekend.</summary>
    [FromQuery(Name = "datum")]
    public string? Date { get; set; }

    /// <summary>With <see cref="DateTo"/>: vacancies with a shift on a day in this range (yyyy-mm-dd).</summary>
    [FromQuery(Name = "van")]
    public string? DateFrom { get; set; }

    [FromQuery(Name = "tot")]
    public string? DateTo { get; set; }

    /// <summary>Only vacancies in this municipality (by the four-digit postcodes the postcode table gives it): the municipality's own list.</summary>
    [FromQuery(Name = "gemeente")]
    public string? Municipality { get; set; }

    /// <summary>Only vacancies of this organisation (its id): a club's own list.</summary>
    [FromQuery(Name = "organisatie")]
    public string? Organisation { get; set; }

    public bool IsChecked(string? value) => value is "1" or "true" or "on" or "ja";

    public bool HasValue(string[] values, string value) => values.Contains(value, StringComparer.OrdinalIgnoreCase);

    public async Task<ResolvedSearch> ResolveAsync(
        IReadOnlyList<Category> categories,
        IReadOnlyList<SuitableForTag> tags,
        PostcodeLookup postcodes,
        int pageSize,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var notices = new List<Notice>();
        var dates = ResolveDates(today, notices);
        var words = SearchWords.From(Query);
        if (words.Shortened)
        {
            notices.Add(new Notice("Je zoekopdracht was erg lang. We zoeken op het begin ervan: hoogstens {0} tekens en {1} woorden.", SearchWords.MaxLength, SearchWords.MaxWords));
        }
        else if (!string.IsNullOrWhiteSpace(Query) && words.IsEmpty)
        {
            notices.Add(new Notice("In je zoekopdracht staan geen letters of cijfers; we tonen alle vacatures."));
        }

        var unknown = false;
        var categoryIds = Pick(Categories, value =>
            categories.FirstOrDefault(c => string.Equals(c.Slug, value, StringComparison.OrdinalIgnoreCase)
                || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && c.Id == id))?.Id, ref unknown);
        var tagIds = Pick(SuitableFor, value => tags.FirstOrDefault(t => string.Equals(t.Slug, value, StringComparison.OrdinalIgnoreCase))?.Id, ref unknown);
        var commitments = Pick(Durations, value => CommitmentChoices.Where(c => c.Value == value.ToLowerInvariant()).Select(c => (Commitment?)c.Commitment).FirstOrDefault(), ref unknown);
        var days = Pick(DayParts, value => DayChoices.Select((d, i) => (d.Value, Index: (int?)i)).FirstOrDefault(d => d.Value == value.ToLowerInvariant()).Index, ref unknown, countUnknown: false);
        var parts = Pick(DayParts, value => PartChoices.Where(p => p.Value == value.ToLowerInvariant()).Select(p => (DayPart?)p.Part).FirstOrDefault(), ref unknown, countUnknown: false);
        unknown |= DayParts.Take(MaxValuesPerParameter).Any(v => !DayChoices.Any(d => d.Value == v.ToLowerInvariant()) && !PartChoices.Any(p => p.Value == v.ToLowerInvariant()));
        if (unknown)
        {
            notices.Add(new Notice("Een deel van de filters in deze link kennen we niet (meer); dat deel hebben we overgeslagen."));
        }

        int? maxHours = null;
        if (!string.IsNullOrWhiteSpace(Hours))
        {
            if (int.TryParse(Hours.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours is >= 1 and <= MaxHours)
            {
                maxHours = hours;
            }
            else
            {
                notices.Add(new Notice("Vul bij uren per week een heel getal van 1 tot en met {0} in; we zoeken nu zonder die grens.", MaxHours));
            }
        }

        var distance = DefaultDistanceKm;
        if (!string.IsNullOrWhiteSpace(Distance))
        {
            if (!int.TryParse(Distance.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var km) || km < 1)
            {
                notices.Add(new Notice("Een afstand is een heel aantal kilometers, minstens 1. We zoeken binnen {0} km.", DefaultDistanceKm));
            }
            else if (km > MaxDistanceKm)
            {
                distance = MaxDistanceKm;
                notices.Add(new Notice("We zoeken hoogstens {0} km ver.", MaxDistanceKm));
            }
            else
            {
                distance = km;
            }
        }

        KnownArea? origin = null;
        var postcode = Postcode?.Trim();
        if (!string.IsNullOrEmpty(postcode))
        {
            var shown = postcode.Length > 40 ? postcode[..40] + "…" : postcode;
            if (postcode.Length > 100)
            {
                notices.Add(new Notice("Vul een postcode (3581 of 3581 AB) of een plaatsnaam in; we zoeken nu zonder afstand."));
            }
            else if (postcode.Any(char.IsDigit) && PostcodeLookup.AreaOf(postcode) is null)
            {
                notices.Add(new Notice("“{0}” is geen postcode. Vul vier cijfers in, met of zonder letters (3581 of 3581 AB), of een plaatsnaam. We zoeken nu zonder afstand.", shown));
            }
            else
            {
                origin = await postcodes.FindPostcodeOrPlaceAsync(postcode, cancellationToken);
                if (origin is null)
                {
                    notices.Add(new Notice("We kennen de postcode of plaats “{0}” niet. Controleer de schrijfwijze, of probeer een postcode in de buurt. We zoeken nu zonder afstand.", shown));
                }
            }
        }

        var sort = SortChoices.FirstOrDefault(s => string.Equals(s.Value, Sort, StringComparison.OrdinalIgnoreCase));
        var sortChoice = sort.Value is not null ? sort.Sort
            : !words.IsEmpty ? SearchSort.Relevance
            : origin is not null ? SearchSort.Distance
            : SearchSort.Newest;
        var page = int.TryParse(Page, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : 1;

        // A scope that cannot be resolved shows nothing rather than everything: a club's page must
        // never fill up with other organisations' vacancies because of a mistyped link.
        IReadOnlyCollection<int> organisations = [];
        if (!string.IsNullOrWhiteSpace(Organisation))
        {
            organisations = int.TryParse(Organisation.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var organisationId) && organisationId > 0 ? [organisationId] : [0];
        }

        IReadOnlyCollection<int>? areas = null;
        if (!string.IsNullOrWhiteSpace(Municipality))
        {
            areas = await postcodes.AreaCodesOfMunicipalityAsync(Municipality, cancellationToken);
            if (areas.Count == 0)
            {
                var shown = Municipality.Length > 40 ? Municipality[..40] + "…" : Municipality.Trim();
                notices.Add(new Notice("We kennen de gemeente “{0}” niet; controleer de schrijfwijze.", shown));
            }
        }

        var criteria = new VacancySearchCriteria
        {
            Words = words,
            CategoryIds = categoryIds,
            Commitments = commitments,
            Days = days,
            DayParts = parts,
            MaxHoursPerWeek = maxHours,
            SuitableForIds = tagIds,
            RemoteOnly = IsChecked(Remote),
            WithoutVog = IsChecked(WithoutVog),
            DatesFrom = dates?.From,
            DatesTo = dates?.To,
            WeekendDays = Weekend(today),
            Origin = origin?.Location,
            DistanceKm = distance,
            Sort = sortChoice,
            Page = Math.Max(1, page),
            PageSize = pageSize,
            OrganisationIds = organisations,
            AreaCodes = areas,
        };

        // Which sort applies is the criteria's rule (EffectiveSort); the page only says why it differs.
        if (criteria.Sort == SearchSort.Distance && criteria.EffectiveSort != SearchSort.Distance)
        {
            notices.Add(new Notice("Sorteren op afstand kan alleen vanaf een postcode of plaats; je ziet de nieuwste vacatures eerst."));
        }

        return new ResolvedSearch(criteria, origin, notices);
    }

    /// <summary>
    /// This weekend on the Dutch clock: the coming Saturday and Sunday, or today and tomorrow on a
    /// Saturday, or only today on a Sunday.
    /// </summary>
    public static (DateOnly From, DateOnly To) Weekend(DateOnly today) => today.DayOfWeek switch
    {
        DayOfWeek.Saturday => (today, today.AddDays(1)),
        DayOfWeek.Sunday => (today, today),
        _ => (today.AddDays(DayOfWeek.Saturday - today.DayOfWeek), today.AddDays(DayOfWeek.Saturday - today.DayOfWeek + 1)),
    };

    /// <summary>The days asked for (<c>datum=weekend</c>, or <c>van</c> and <c>tot</c>), from today on; null when none or unusable (with a notice).</summary>
    private (DateOnly From, DateOnly To)? ResolveDates(DateOnly today, List<Notice> notices)
    {
        if (!string.IsNullOrWhiteSpace(Date))
        {
            if (string.Equals(Date.Trim(), "weekend", StringComparison.OrdinalIgnoreCase))
            {
                return Weekend(today);
            }

            notices.Add(new Notice("Bij datum kennen we alleen “dit weekend”; we zoeken nu zonder datum."));
            return null;
        }

        if (string.IsNullOrWhiteSpace(DateFrom) && string.IsNullOrWhiteSpace(DateTo))
        {
            return null;
        }

        var from = string.IsNullOrWhiteSpace(DateFrom) ? today : ParseDate(DateFrom);
        var to = string.IsNullOrWhiteSpace(DateTo) ? from : ParseDate(DateTo);
        if (from is null || to is null)
        {
            notices.Add(new Notice("Vul een datum in als dag-maand-jaar uit de kalender (bijvoorbeeld 2027-03-14); we zoeken nu zonder datum."));
            return null;
        }

        if (to < from)
        {
            notices.Add(new Notice("De datum ‘tot en met’ ligt vóór de datum ‘van’; we zoeken nu zonder datum."));
            return null;
        }

        if (to < today)
        {
            notices.Add(new Notice("Deze datums liggen in het verleden; we zoeken nu zonder datum."));
            return null;
        }

        return (from < today ? today : from.Value, to.Value);
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100 ? date : null;

    private List<T> Pick<T>(string[] values, Func<string, T?> find, ref bool unknown, bool countUnknown = true)
        where T : struct
    {
        var found = new List<T>();
        foreach (var value in values.Take(MaxValuesPerParameter))
        {
            if (find(value.Trim()) is { } item)
            {
                if (!found.Contains(item))
                {
                    found.Add(item);
                }
            }
            else if (countUnknown && !string.IsNullOrWhiteSpace(value))
            {
                unknown = true;
            }
        }

        unknown |= countUnknown && values.Length > MaxValuesPerParameter;
        return found;
    }
}

/// <summary>A message for the visitor: a Dutch sentence (the localisation key) and its arguments.</summary>
public sealed record Notice(string Text, params object[] Arguments);

public sealed record ResolvedSearch(VacancySearchCriteria Criteria, KnownArea? Origin, IReadOnlyList<Notice> Notices);
