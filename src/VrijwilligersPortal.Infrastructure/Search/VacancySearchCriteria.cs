using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Infrastructure.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Distance,
    ClosingDate,
}

/// <summary>The groups of filters; within a group the chosen options are alternatives (OR), groups combine with AND.</summary>
public enum SearchFilter
{
    Text,
    Distance,
    Category,
    Commitment,
    Days,
    DayParts,
    Hours,
    SuitableFor,
    Remote,
    WithoutVog,
    Dates,
}

/// <summary>A search, already checked and resolved (ids, coordinates), as the engine needs it.</summary>
public sealed record VacancySearchCriteria
{
    public SearchWords Words { get; init; } = SearchWords.None;

    public IReadOnlyCollection<int> CategoryIds { get; init; } = [];

    public IReadOnlyCollection<Commitment> Commitments { get; init; } = [];

    /// <summary>Days of the Dutch week, 0 = Monday.</summary>
    public IReadOnlyCollection<int> Days { get; init; } = [];

    public IReadOnlyCollection<DayPart> DayParts { get; init; } = [];

    public int? MaxHoursPerWeek { get; init; }

    public IReadOnlyCollection<int> SuitableForIds { get; init; } = [];

    public bool RemoteOnly { get; init; }

    public bool WithoutVog { get; init; }

    /// <summary>With <see cref="DatesTo"/>: only vacancies with a not-cancelled shift on a day in this range (docs/adr/0133).</summary>
    public DateOnly? DatesFrom { get; init; }

    public DateOnly? DatesTo { get; init; }

    /// <summary>The days "dit weekend" covers, for its facet count (the page knows the Dutch clock); null: no count.</summary>
    public (DateOnly From, DateOnly To)? WeekendDays { get; init; }

    public GeoPoint? Origin { get; init; }

    public double DistanceKm { get; init; } = 10;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    /// <summary>
    /// Only vacancies of these organisations (a club's embedded list); empty: every organisation.
    /// Like <see cref="AreaCodes"/> a scope, not a filter: never counted in facets nor offered to drop.
    /// </summary>
    public IReadOnlyCollection<int> OrganisationIds { get; init; } = [];

    /// <summary>
    /// Only this centre's own vacancies, not those imported from another centre (docs/adr/0150): the
    /// open data (API, feeds, sitemap, embedded list) never passes imported vacancies on. A scope like
    /// <see cref="OrganisationIds"/>.
    /// </summary>
    public bool OwnOnly { get; init; }

    /// <summary>Only vacancies whose four-digit postcode is one of these (a municipality's areas); null: anywhere, empty: none.</summary>
    public IReadOnlyCollection<int>? AreaCodes { get; init; }

    /// <summary>
    /// The order the results are in: relevance without words, or distance without a postcode,
    /// means newest first. The one place this rule is decided; the page shows this sort as chosen.
    /// </summary>
    public SearchSort EffectiveSort => Sort switch
    {
        SearchSort.Relevance when Words.IsEmpty => SearchSort.Newest,
        SearchSort.Distance when Origin is null => SearchSort.Newest,
        _ => Sort,
    };

    /// <summary>Whether choosing <paramref name="sort"/> would be honoured (the page offers only those).</summary>
    public bool CanSortBy(SearchSort sort) => (this with { Sort = sort }).EffectiveSort == sort;

    /// <summary>Two criteria with the same key give the same result on the same data (the search's result cache).</summary>
    public string CacheKey() => string.Join(
        '|',
        string.Join(' ', Words.Words),
        string.Join(',', CategoryIds.Order()),
        string.Join(',', Commitments.Order()),
        string.Join(',', Days.Order()),
        string.Join(',', DayParts.Order()),
        MaxHoursPerWeek?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        string.Join(',', SuitableForIds.Order()),
        RemoteOnly,
        WithoutVog,
        DatesFrom?.DayNumber,
        DatesTo?.DayNumber,
        WeekendDays?.From.DayNumber,
        WeekendDays?.To.DayNumber,
        Origin is { } o ? FormattableString.Invariant($"{o.Latitude:R},{o.Longitude:R},{DistanceKm:R}") : null,
        EffectiveSort,
        Page,
        PageSize,
        string.Join(',', OrganisationIds.Order()),
        AreaCodes is null ? "*" : string.Join(',', AreaCodes.Order()),
        OwnOnly);

    public IEnumerable<SearchFilter> ActiveFilters()
    {
        if (!Words.IsEmpty)
        {
            yield return SearchFilter.Text;
        }

        if (Origin is not null)
        {
            yield return SearchFilter.Distance;
        }

        if (CategoryIds.Count > 0)
        {
            yield return SearchFilter.Category;
        }

        if (Commitments.Count > 0)
        {
            yield return SearchFilter.Commitment;
        }

        if (Days.Count > 0)
        {
            yield return SearchFilter.Days;
        }

        if (DayParts.Count > 0)
        {
            yield return SearchFilter.DayParts;
        }

        if (MaxHoursPerWeek is not null)
        {
            yield return SearchFilter.Hours;
        }

        if (SuitableForIds.Count > 0)
        {
            yield return SearchFilter.SuitableFor;
        }

        if (RemoteOnly)
        {
            yield return SearchFilter.Remote;
        }

        if (WithoutVog)
        {
            yield return SearchFilter.WithoutVog;
        }

        if (DatesFrom is not null && DatesTo is not null)
        {
            yield return SearchFilter.Dates;
        }
    }

    public VacancySearchCriteria Without(SearchFilter filter) => filter switch
    {
        SearchFilter.Text => this with { Words = SearchWords.None },
        SearchFilter.Distance => this with { Origin = null },
        SearchFilter.Category => this with { CategoryIds = [] },
        SearchFilter.Commitment => this with { Commitments = [] },
        SearchFilter.Days => this with { Days = [] },
        SearchFilter.DayParts => this with { DayParts = [] },
        SearchFilter.Hours => this with { MaxHoursPerWeek = null },
        SearchFilter.SuitableFor => this with { SuitableForIds = [] },
        SearchFilter.Remote => this with { RemoteOnly = false },
        SearchFilter.WithoutVog => this with { WithoutVog = false },
        SearchFilter.Dates => this with { DatesFrom = null, DatesTo = null },
        _ => this,
    };

    /// <summary>The week slots the chosen days and dayparts stand for; 0 when neither is chosen.</summary>
    public static int SlotMask(IReadOnlyCollection<int> days, IReadOnlyCollection<DayPart> parts)
    {
        if (days.Count == 0 && parts.Count == 0)
        {
            return 0;
        }

        var mask = 0;
        foreach (var day in days.Count > 0 ? days : Enumerable.Range(0, 7))
        {
            foreach (var part in parts.Count > 0 ? parts : Enum.GetValues<DayPart>())
            {
                mask |= 1 << ((day * 3) + (int)part);
            }
        }

        return mask;
    }
}
