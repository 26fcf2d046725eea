using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>One result: the vacancy and, in a search from a postcode, how far away it is (null: from home).</summary>
public sealed record SearchHit(int Id, double? DistanceKm);

/// <summary>How many results each option would give, given all the other filters (facet counts).</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<int, int> Categories,
    IReadOnlyDictionary<Commitment, int> Commitments,
    IReadOnlyList<int> Days,
    IReadOnlyList<int> DayParts,
    IReadOnlyDictionary<int, int> SuitableFor,
    int Remote,
    int WithoutVog);

public sealed record FilterToDrop(SearchFilter Filter, int Total);

public sealed record VacancySearchResult(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int PageNumber,
    int PageCount,
    bool PageWasPastEnd,
    SearchFacets Facets,
    FilterToDrop? BestFilterToDrop);

/// <summary>
/// Vacancy search (docs/adr/0020). The database does what it is good at — public vacancies only,
/// the full-text match with its relevance, and a bounding box around the postcode on the indexed
/// coordinates — and returns a compact row per candidate. The exact great-circle distance, the
/// other filters, the facet counts, the order and the page are then worked out in memory from those
/// rows, the same way on every provider; only the page's cards are read in full afterwards.
/// </summary>
public static class VacancySearch
{
    private const double KmPerDegreeLatitude = 111.32;

    public static Task<VacancySearchResult> RunAsync(PortalDbContext db, SearchCandidateCache cache, VacancySearchCriteria criteria, DateOnly today, CancellationToken cancellationToken = default) =>
        cache.ResultAsync(db, criteria, today, () => ComputeAsync(db, cache, criteria, today, cancellationToken), cancellationToken);

    private static async Task<VacancySearchResult> ComputeAsync(PortalDbContext db, SearchCandidateCache cache, VacancySearchCriteria criteria, DateOnly today, CancellationToken cancellationToken)
    {
        var candidates = await LoadAsync(db, cache, criteria, today, cancellationToken);
        var evaluation = Evaluate(candidates, criteria);
        var matches = evaluation.Matches;

        FilterToDrop? toDrop = null;
        if (matches.Count == 0)
        {
            toDrop = await BestFilterToDropAsync(db, cache, criteria, candidates, today, cancellationToken);
        }

        var pageCount = Math.Max(1, (int)Math.Ceiling(matches.Count / (double)criteria.PageSize));
        var pageNumber = Math.Clamp(criteria.Page, 1, pageCount);
        var page = Top(matches, criteria, pageNumber * criteria.PageSize)
            .Skip((pageNumber - 1) * criteria.PageSize)
            .Select(c => new SearchHit(c.Id, c.Distance))
            .ToList();
        return new VacancySearchResult(page, matches.Count, pageNumber, pageCount, criteria.Page > pageCount, evaluation.Facets, toDrop);
    }

    /// <summary>The rectangle of latitudes and longitudes that holds every point within <paramref name="km"/> of the origin.</summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(GeoPoint origin, double km)
    {
        var dLat = km / KmPerDegreeLatitude;
        var cos = Math.Cos(Math.Min(89, Math.Abs(origin.Latitude) + dLat) * Math.PI / 180);
        var dLon = km / (KmPerDegreeLatitude * Math.Max(cos, 0.01));

        // A margin of 1 % keeps points on the edge inside despite rounding; the exact distance decides.
        return (origin.Latitude - (dLat * 1.01), origin.Latitude + (dLat * 1.01), origin.Longitude - (dLon * 1.01), origin.Longitude + (dLon * 1.01));
    }

    /// <summary>
    /// The public vacancies that match the words and lie within the distance (work from home always
    /// does), with their relevance and distance; the other filters are left to <see cref="Evaluate"/>.
    /// </summary>
    private static async Task<List<Candidate>> LoadAsync(PortalDbContext db, SearchCandidateCache cache, VacancySearchCriteria criteria, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await cache.RowsAsync(db, cancellationToken);
        var hits = criteria.Words.IsEmpty ? null : await cache.TextHitsAsync(db, criteria.Words, cancellationToken);
        var box = criteria.Origin is { } origin ? BoundingBox(origin, criteria.DistanceKm) : default;
        var candidates = new List<Candidate>(hits?.Count ?? rows.Count);
        foreach (var row in rows)
        {
            if (row.EndDate < today)
            {
                continue;
            }

            var score = 0.0;
            if (hits is not null && !hits.TryGetValue(row.Id, out score))
            {
                continue;
            }

            double? distance = null;
            if (criteria.Origin is { } from && !row.IsRemote)
            {
                // The box is a cheap first test; the exact great-circle distance decides.
                if (row.Latitude is not { } lat || row.Longitude is not { } lon
                    || lat < box.MinLat || lat > box.MaxLat || lon < box.MinLon || lon > box.MaxLon)
                {
                    continue;
                }

                distance = from.DistanceKmTo(new GeoPoint(lat, lon));
                if (distance > criteria.DistanceKm)
                {
                    continue;
                }
            }

            candidates.Add(new Candidate(row, score, distance));
        }

        return candidates;
    }

    private static Evaluation Evaluate(List<Candidate> candidates, VacancySearchCriteria criteria)
    {
        var categories = criteria.CategoryIds.ToHashSet();
        var commitments = criteria.Commitments.ToHashSet();
        var tags = criteria.SuitableForIds.ToHashSet();
        var when = VacancySearchCriteria.SlotMask(criteria.Days, criteria.DayParts);
        var dayMasks = Enumerable.Range(0, 7).Select(d => VacancySearchCriteria.SlotMask([d], criteria.DayParts)).ToArray();
        var partMasks = Enum.GetValues<DayPart>().Select(p => VacancySearchCriteria.SlotMask(criteria.Days, [p])).ToArray();

        var matches = new List<Candidate>();
        var categoryCounts = new Dictionary<int, int>();
        var commitmentCounts = new Dictionary<Commitment, int>();
        var dayCounts = new int[7];
        var partCounts = new int[3];
        var tagCounts = new Dictionary<int, int>();
        var remote = 0;
        var withoutVog = 0;

        foreach (var c in candidates)
        {
            var failed = Group.None;
            if (categories.Count > 0 && !categories.Contains(c.CategoryId))
            {
                failed |= Group.Category;
            }

            if (commitments.Count > 0 && !commitments.Contains(c.Commitment))
            {
                failed |= Group.Commitment;
            }

            if (when != 0 && (c.Schedule.Bits & when) == 0)
            {
                failed |= Group.When;
            }

            if (criteria.MaxHoursPerWeek is { } max && c.Hours > max)
            {
                failed |= Group.Hours;
            }

            if (tags.Count > 0 && (c.Tags is null || !c.Tags.Any(tags.Contains)))
            {
                failed |= Group.SuitableFor;
            }

            if (criteria.RemoteOnly && !c.IsRemote)
            {
                failed |= Group.Remote;
            }

            if (criteria.WithoutVog && c.RequiresVog)
            {
                failed |= Group.Vog;
            }

            if (failed == Group.None)
            {
                matches.Add(c);
            }

            // Each option counts the vacancies that pass every other group: what choosing it would give.
            if ((failed & ~Group.Category) == 0)
            {
                categoryCounts[c.CategoryId] = categoryCounts.GetValueOrDefault(c.CategoryId) + 1;
            }

            if ((failed & ~Group.Commitment) == 0)
            {
                commitmentCounts[c.Commitment] = commitmentCounts.GetValueOrDefault(c.Commitment) + 1;
            }

            if ((failed & ~Group.When) == 0)
            {
                for (var d = 0; d < 7; d++)
                {
                    dayCounts[d] += (c.Schedule.Bits & dayMasks[d]) != 0 ? 1 : 0;
                }

                for (var p = 0; p < 3; p++)
                {
                    partCounts[p] += (c.Schedule.Bits & partMasks[p]) != 0 ? 1 : 0;
                }
            }

            if ((failed & ~Group.SuitableFor) == 0 && c.Tags is not null)
            {
                foreach (var tag in c.Tags)
                {
                    tagCounts[tag] = tagCounts.GetValueOrDefault(tag) + 1;
                }
            }

            remote += (failed & ~Group.Remote) == 0 && c.IsRemote ? 1 : 0;
            withoutVog += (failed & ~Group.Vog) == 0 && !c.RequiresVog ? 1 : 0;
        }

        return new Evaluation(matches, new SearchFacets(categoryCounts, commitmentCounts, dayCounts, partCounts, tagCounts, remote, withoutVog));
    }

    /// <summary>With no results, the one filter whose removal brings back the most.</summary>
    private static async Task<FilterToDrop?> BestFilterToDropAsync(
        PortalDbContext db, SearchCandidateCache cache, VacancySearchCriteria criteria, List<Candidate> candidates, DateOnly today, CancellationToken cancellationToken)
    {
        FilterToDrop? best = null;
        foreach (var filter in criteria.ActiveFilters())
        {
            var wider = criteria.Without(filter);

            // Without the words or the distance the pool itself grows; the other filters work on this pool.
            var pool = filter is SearchFilter.Text or SearchFilter.Distance
                ? await LoadAsync(db, cache, wider, today, cancellationToken)
                : candidates;
            var total = Evaluate(pool, wider).Matches.Count;
            if (total > (best?.Total ?? 0))
            {
                best = new FilterToDrop(filter, total);
            }
        }

        return best;
    }

    /// <summary>
    /// The first <paramref name="count"/> matches in the chosen order. A page needs only the top
    /// few of possibly 100,000 matches, so a bounded heap selects them without sorting the rest.
    /// </summary>
    private static List<Candidate> Top(List<Candidate> matches, VacancySearchCriteria criteria, int count)
    {
        var order = Order(criteria);
        if (count >= matches.Count / 4)
        {
            var all = new List<Candidate>(matches);
            all.Sort(order);
            return all.Count > count ? all.GetRange(0, count) : all;
        }

        // A max-heap on the order keeps the worst of the best so far on top, to be replaced.
        var heap = new PriorityQueue<Candidate, Candidate>(count + 1, Comparer<Candidate>.Create((x, y) => order(y, x)));
        foreach (var candidate in matches)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(candidate, candidate);
            }
            else if (order(candidate, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(candidate, candidate);
            }
        }

        var top = new List<Candidate>(heap.Count);
        while (heap.TryDequeue(out var candidate, out _))
        {
            top.Add(candidate);
        }

        top.Reverse();
        return top;
    }

    /// <summary>The chosen sort, then newest first, then the highest id, so every order is total and paging is stable.</summary>
    private static Comparison<Candidate> Order(VacancySearchCriteria criteria)
    {
        var sort = criteria.Sort switch
        {
            SearchSort.Relevance when criteria.Words.IsEmpty => SearchSort.Newest,
            SearchSort.Distance when criteria.Origin is null => SearchSort.Newest,
            _ => criteria.Sort,
        };
        Comparison<Candidate> first = sort switch
        {
            SearchSort.Relevance => (x, y) => y.Score.CompareTo(x.Score),
            SearchSort.Distance => (x, y) => (x.Distance is null).CompareTo(y.Distance is null) is var n && n != 0 ? n : Nullable.Compare(x.Distance, y.Distance),
            SearchSort.ClosingDate => (x, y) => (x.EndDate is null).CompareTo(y.EndDate is null) is var n && n != 0 ? n : Nullable.Compare(x.EndDate, y.EndDate),
            _ => (_, _) => 0,
        };
        return (x, y) =>
        {
            var c = first(x, y);
            if (c == 0)
            {
                c = Nullable.Compare(y.PublishedAt, x.PublishedAt);
            }

            return c != 0 ? c : y.Id.CompareTo(x.Id);
        };
    }

    [Flags]
    private enum Group
    {
        None = 0,
        Category = 1,
        Commitment = 2,
        When = 4,
        Hours = 8,
        SuitableFor = 16,
        Remote = 32,
        Vog = 64,
    }

    private sealed record Evaluation(List<Candidate> Matches, SearchFacets Facets);

    /// <summary>A row that passed the words and the distance, with what this search adds to it.</summary>
    private readonly record struct Candidate(CandidateRow Row, double Score, double? Distance)
    {
        public int Id => Row.Id;

        public int CategoryId => Row.CategoryId;

        public Commitment Commitment => Row.Commitment;

        public WeekSchedule Schedule => Row.Schedule;

        public int? Hours => Row.Hours;

        public bool IsRemote => Row.IsRemote;

        public bool RequiresVog => Row.RequiresVog;

        public DateTimeOffset? PublishedAt => Row.PublishedAt;

        public DateOnly? EndDate => Row.EndDate;

        public IReadOnlyList<int>? Tags => Row.Tags;
    }
}
