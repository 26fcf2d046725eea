using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>One result: the vacancy and, in a search from a postcode, how far away it is (null: from home).</summary>
public sealed record SearchHit(int Id, double? DistanceKm);

/// <summary>
/// How many results each option would give, given all the other filters (facet counts);
/// <see cref="Weekend"/> counts those with a shift this weekend, given every filter but the dates.
/// </summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<int, int> Categories,
    IReadOnlyDictionary<Commitment, int> Commitments,
    IReadOnlyList<int> Days,
    IReadOnlyList<int> DayParts,
    IReadOnlyDictionary<int, int> SuitableFor,
    int Remote,
    int WithoutVog,
    int Weekend = 0)
{
    /// <summary>No counts: the answer given while the index is still being built.</summary>
    public static readonly SearchFacets None = new(new Dictionary<int, int>(), new Dictionary<Commitment, int>(), new int[7], new int[3], new Dictionary<int, int>(), 0, 0);
}

public sealed record FilterToDrop(SearchFilter Filter, int Total);

/// <summary>
/// A page of results with the facet counts. <see cref="WhileIndexBuilds"/>: the index was not
/// ready yet (just after start-up), so this is only the newest vacancies, without filters or counts.
/// </summary>
public sealed record VacancySearchResult(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int PageNumber,
    int PageCount,
    bool PageWasPastEnd,
    SearchFacets Facets,
    FilterToDrop? BestFilterToDrop,
    bool WhileIndexBuilds = false);
