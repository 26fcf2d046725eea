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

    public static async Task<VacancySearchResult> RunAsync(PortalDbContext db, VacancySearchCriteria criteria, DateOnly today, CancellationToken cancellationToken = default)
    {
        var candidates = await LoadAsync(db, criteria, today, cancellationToken);
        var evaluation = Evaluate(candidates, criteria);
        var matches = evaluation.Matches;

        FilterToDrop? toDrop = null;
        if (matches.Count == 0)
        {
            toDrop = await BestFilterToDropAsync(db, criteria, candidates, today, cancellationToken);
        }

        var pageCount = Math.Max(1, (int)Math.Ceiling(matches.Count / (double)criteria.PageSize));
        var pageNumber = Math.Clamp(criteria.Page, 1, pageCount);
        var page = Sort(matches, criteria)
            .Skip((pageNumber - 1) * criteria.PageSize)
            .Take(criteria.PageSize)
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

    private static async Task<List<Candidate>> LoadAsync(PortalDbContext db, VacancySearchCriteria criteria, DateOnly today, CancellationToken cancellationToken)
    {
        var vacancies = InBox(db, today, criteria);

        // Tags travel in the candidate row as a sum of powers of two (a bit mask both databases can
        // compute; exact in a double while ids stay below 53, which a centre-managed list of
        // "suitable for" groups does in practice), else in a second query.
        var bitTags = await db.SuitableForTags.MaxAsync(t => (int?)t.Id, cancellationToken) is null or < 53;
        List<Candidate> candidates;
        if (criteria.Words.IsEmpty)
        {
            candidates = await vacancies.Select(v => new Candidate
            {
                Id = v.Id,
                CategoryId = v.CategoryId,
                Commitment = v.Commitment,
                Schedule = v.Schedule,
                Hours = v.HoursPerWeek,
                IsRemote = v.IsRemote,
                RequiresVog = v.RequiresVog,
                Latitude = v.Latitude,
                Longitude = v.Longitude,
                PublishedAt = v.PublishedAt,
                EndDate = v.EndDate,
                TagBits = bitTags
                    ? db.Set<Dictionary<string, object>>("VacancySuitableForTags").Where(j => EF.Property<int>(j, "VacancyId") == v.Id).Sum(j => Math.Pow(2, EF.Property<int>(j, "SuitableForId")))
                    : 0,
            }).ToListAsync(cancellationToken);
        }
        else
        {
            var hits = VacancyTextSearch.Hits(db, criteria.Words);
            candidates = await (
                from v in vacancies
                join h in hits on v.Id equals h.Id
                select new Candidate
                {
                    Id = v.Id,
                    CategoryId = v.CategoryId,
                    Commitment = v.Commitment,
                    Schedule = v.Schedule,
                    Hours = v.HoursPerWeek,
                    IsRemote = v.IsRemote,
                    RequiresVog = v.RequiresVog,
                    Latitude = v.Latitude,
                    Longitude = v.Longitude,
                    PublishedAt = v.PublishedAt,
                    EndDate = v.EndDate,
                    TagBits = bitTags
                    ? db.Set<Dictionary<string, object>>("VacancySuitableForTags").Where(j => EF.Property<int>(j, "VacancyId") == v.Id).Sum(j => Math.Pow(2, EF.Property<int>(j, "SuitableForId")))
                    : 0,
                    Score = h.Score,
                }).ToListAsync(cancellationToken);
            vacancies = Prefiltered(db, criteria, today);
        }

        if (bitTags)
        {
            foreach (var candidate in candidates.Where(c => c.TagBits != 0))
            {
                var bits = (long)candidate.TagBits;
                candidate.Tags = Enumerable.Range(0, 53).Where(i => (bits & (1L << i)) != 0).ToList();
            }
        }
        else if (candidates.Count > 0)
        {
            var tags = await vacancies
                .SelectMany(v => v.SuitableFor, (v, t) => new { VacancyId = v.Id, TagId = t.Id })
                .ToListAsync(cancellationToken);
            var byId = candidates.ToDictionary(c => c.Id);
            foreach (var tag in tags)
            {
                if (byId.TryGetValue(tag.VacancyId, out var candidate))
                {
                    (candidate.Tags ??= []).Add(tag.TagId);
                }
            }
        }

        if (criteria.Origin is { } from)
        {
            // The box holds a little more than the circle: the exact great-circle distance decides.
            candidates.RemoveAll(c =>
            {
                if (c.IsRemote || c.Latitude is null || c.Longitude is null)
                {
                    c.Distance = null;
                    return !c.IsRemote;
                }

                c.Distance = from.DistanceKmTo(new GeoPoint(c.Latitude.Value, c.Longitude.Value));
                return c.Distance > criteria.DistanceKm;
            });
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

            if (tags.Count > 0 && (c.Tags is null || !c.Tags.Exists(tags.Contains)))
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
        PortalDbContext db, VacancySearchCriteria criteria, List<Candidate> candidates, DateOnly today, CancellationToken cancellationToken)
    {
        FilterToDrop? best = null;
        foreach (var filter in criteria.ActiveFilters())
        {
            var wider = criteria.Without(filter);
            int total;
            if (filter is SearchFilter.Text or SearchFilter.Distance)
            {
                // Without the words or the distance the pool of candidates can be the whole table:
                // count it in SQL first, and read it only when it is small or nothing else filters.
                var count = await Prefiltered(db, wider, today).CountAsync(cancellationToken);
                if (!HasFiltersInMemory(wider))
                {
                    total = count;
                }
                else if (count <= MaxCandidatesForSuggestion)
                {
                    total = Evaluate(await LoadAsync(db, wider, today, cancellationToken), wider).Matches.Count;
                }
                else
                {
                    continue;
                }
            }
            else
            {
                total = Evaluate(candidates, wider).Matches.Count;
            }

            if (total > (best?.Total ?? 0))
            {
                best = new FilterToDrop(filter, total);
            }
        }

        return best;
    }

    private const int MaxCandidatesForSuggestion = 5_000;

    /// <summary>
    /// The rule of <see cref="VacancyQueries.PublicOn"/>, with the organisation check written as
    /// <c>IN (approved organisations)</c> instead of a join: SQLite then starts from the vacancy
    /// indexes (coordinates, work from home) rather than from every approved organisation's
    /// vacancies. The list tests (/vacatures, every status) hold the two to the same result.
    /// </summary>
    private static IQueryable<Vacancy> PublicVacancies(PortalDbContext db, DateOnly today)
    {
        var approved = db.Organisations.Where(o => o.Status == OrganisationStatus.Approved).Select(o => o.Id);
        return db.Vacancies.AsNoTracking().Where(v =>
            v.Status == VacancyStatus.Published
            && (v.EndDate == null || v.EndDate >= today)
            && approved.Contains(v.OrganisationId));
    }

    /// <summary>
    /// The public vacancies that can be done from home. SQLite's statistics see two values of
    /// IsRemote and guess half the table, so it would walk every approved organisation's
    /// vacancies; "+ 0" keeps it off the organisation index and on (Status, IsRemote).
    /// </summary>
    private static IQueryable<Vacancy> PublicRemoteVacancies(PortalDbContext db, DateOnly today)
    {
        var approved = db.Organisations.Where(o => o.Status == OrganisationStatus.Approved).Select(o => o.Id);
        var remote = true; // compared as a parameter: a bare boolean column cannot use the index
        return db.Vacancies.AsNoTracking().Where(v =>
            v.Status == VacancyStatus.Published
            && v.IsRemote == remote
            && (v.EndDate == null || v.EndDate >= today)
            && approved.Contains(v.OrganisationId + 0));
    }

    private static bool HasFiltersInMemory(VacancySearchCriteria criteria) =>
        criteria.Origin is not null || criteria.ActiveFilters().Any(f => f is not (SearchFilter.Text or SearchFilter.Distance));

    /// <summary>What SQL narrows down: public, inside the box around the postcode, matching every word.</summary>
    private static IQueryable<Vacancy> Prefiltered(PortalDbContext db, VacancySearchCriteria criteria, DateOnly today)
    {
        var vacancies = InBox(db, today, criteria);
        return criteria.Words.IsEmpty
            ? vacancies
            : vacancies.Where(v => VacancyTextSearch.Hits(db, criteria.Words).Select(h => h.Id).Contains(v.Id));
    }

    private static IQueryable<Vacancy> InBox(PortalDbContext db, DateOnly today, VacancySearchCriteria criteria)
    {
        var vacancies = PublicVacancies(db, today);
        if (criteria.Origin is not { } origin)
        {
            return vacancies;
        }

        // Two halves joined with UNION ALL rather than one OR, so the box can use the index on
        // the coordinates; work from home is near everyone.
        var box = BoundingBox(origin, criteria.DistanceKm);
        return vacancies
            .Where(v => !v.IsRemote && v.Latitude >= box.MinLat && v.Latitude <= box.MaxLat && v.Longitude >= box.MinLon && v.Longitude <= box.MaxLon)
            .Concat(PublicRemoteVacancies(db, today));
    }

    private static IEnumerable<Candidate> Sort(List<Candidate> matches, VacancySearchCriteria criteria)
    {
        var sort = criteria.Sort switch
        {
            SearchSort.Relevance when criteria.Words.IsEmpty => SearchSort.Newest,
            SearchSort.Distance when criteria.Origin is null => SearchSort.Newest,
            _ => criteria.Sort,
        };
        IOrderedEnumerable<Candidate> ordered = sort switch
        {
            SearchSort.Relevance => matches.OrderByDescending(c => c.Score),
            SearchSort.Distance => matches.OrderBy(c => c.Distance is null).ThenBy(c => c.Distance),
            SearchSort.ClosingDate => matches.OrderBy(c => c.EndDate is null).ThenBy(c => c.EndDate),
            _ => matches.OrderByDescending(c => c.PublishedAt),
        };
        return ordered.ThenByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id);
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

    private sealed class Candidate
    {
        public int Id { get; init; }

        public int CategoryId { get; init; }

        public Commitment Commitment { get; init; }

        public WeekSchedule Schedule { get; init; }

        public int? Hours { get; init; }

        public bool IsRemote { get; init; }

        public bool RequiresVog { get; init; }

        public double? Latitude { get; init; }

        public double? Longitude { get; init; }

        public DateTimeOffset? PublishedAt { get; init; }

        public DateOnly? EndDate { get; init; }

        public double Score { get; init; }

        public double TagBits { get; init; }

        public List<int>? Tags { get; set; }

        public double? Distance { get; set; }
    }
}
