using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>What the search and matching need to know of one published vacancy of an approved organisation.</summary>
public sealed record CandidateRow(
    int Id,
    int CategoryId,
    Commitment Commitment,
    WeekSchedule Schedule,
    int? Hours,
    bool IsRemote,
    bool RequiresVog,
    double? Latitude,
    double? Longitude,
    DateTimeOffset? PublishedAt,
    DateOnly? EndDate,
    IReadOnlyList<int>? Tags,
    IReadOnlyList<int>? Skills,
    int? MinimumAge,
    int? Places)
{
    /// <summary>
    /// As matching sees it: published (the caller says otherwise for one that is not), and
    /// <see cref="VacancySnapshot.PlacesLeft"/> the number of places before applications are counted.
    /// </summary>
    public VacancySnapshot ToMatching() => new()
    {
        Id = Id,
        CategoryId = CategoryId,
        SkillIds = Skills is null ? IdSet.Empty : IdSet.Of(Skills),
        SuitableForIds = Tags is null ? IdSet.Empty : IdSet.Of(Tags),
        Schedule = Schedule,
        HoursPerWeek = Hours,
        Location = Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null,
        IsRemote = IsRemote,
        MinimumAge = MinimumAge,
        RequiresVog = RequiresVog,
        PlacesLeft = Places,
        PublishedAt = PublishedAt,
    };
}

/// <summary>
/// The public vacancies as matching sees them: <see cref="Vacancies"/>[i] is <see cref="Rows"/>[i]
/// as a <see cref="VacancySnapshot"/>. End dates are not checked yet (the caller checks them against
/// today), and <see cref="VacancySnapshot.PlacesLeft"/> is the number of places before
/// applications are counted: those change without touching the vacancy.
/// </summary>
public sealed record PublicVacancies(IReadOnlyList<CandidateRow> Rows, IReadOnlyList<VacancySnapshot> Vacancies);

/// <summary>
/// The compact attributes of every published vacancy of an approved organisation, kept in memory
/// per instance (about 8 MB at 100,000 vacancies, twice that once matching has asked for them),
/// and the full-text hits of recent searches (docs/adr/0022). Filters, facets, distances and
/// paging then need no database round trip; only the words go to the full-text engine, and a
/// repeated search not even that. Matching scores the same vacancies (docs/adr/0031).
/// It is rebuilt on the next search after any saved change to a vacancy, an organisation or a
/// vacancy's tags in this process (<see cref="MarkChanged"/>, called by
/// <see cref="PortalDbContext"/>), and in the background once it is older than <see cref="MaxAge"/>, so that
/// changes saved by another instance show up too. End dates are checked at search time, so a vacancy that
/// expires at midnight disappears without a rebuild.
/// </summary>
public sealed class SearchCandidateCache(TimeProvider clock, IServiceScopeFactory scopes)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private const int MaxCachedTextSearches = 512;

    private static long _generation;

    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<int, double>> _textHits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, VacancySearchResult> _results = new(StringComparer.Ordinal);
    private volatile Snapshot? _snapshot;

    /// <summary>Something the search shows was saved: every cache in this process rebuilds on its next use.</summary>
    public static void MarkChanged() => Interlocked.Increment(ref _generation);

    public async Task<IReadOnlyList<CandidateRow>> RowsAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        (await CurrentAsync(db, null, cancellationToken)).Rows;

    /// <summary>
    /// The public vacancies for matching. With <paramref name="readAfter"/> they were read from the
    /// database after that moment (waiting for a rebuild if need be): the alert job must not miss
    /// a vacancy another instance published just before its window closed.
    /// </summary>
    public async Task<PublicVacancies> PublicVacanciesAsync(PortalDbContext db, DateTimeOffset? readAfter, CancellationToken cancellationToken) =>
        (await CurrentAsync(db, readAfter, cancellationToken)).Matching.Value;

    /// <summary>Vacancy id → relevance for the words (every word must match), from the full-text engine or the cache.</summary>
    public async Task<IReadOnlyDictionary<int, double>> TextHitsAsync(PortalDbContext db, SearchWords words, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(db, null, cancellationToken);
        var key = string.Join(' ', words.Words);
        if (_textHits.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var hits = await VacancyTextSearch.ScoresAsync(db, words, cancellationToken);
        if (ReferenceEquals(snapshot, _snapshot))
        {
            if (_textHits.Count >= MaxCachedTextSearches)
            {
                _textHits.Clear();
            }

            _textHits[key] = hits;
        }

        return hits;
    }

    /// <summary>
    /// The result of an earlier identical search on the same candidates and day, or the one
    /// <paramref name="run"/> computes (then kept). The list as it opens, and popular searches,
    /// are the same for everyone until something changes.
    /// </summary>
    public async Task<VacancySearchResult> ResultAsync(
        PortalDbContext db, VacancySearchCriteria criteria, DateOnly today, Func<Task<VacancySearchResult>> run, CancellationToken cancellationToken)
    {
        var snapshot = await CurrentAsync(db, null, cancellationToken);
        var key = today.DayNumber + "|" + criteria.CacheKey();
        if (_results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = await run();
        if (ReferenceEquals(snapshot, _snapshot))
        {
            if (_results.Count >= MaxCachedTextSearches)
            {
                _results.Clear();
            }

            _results[key] = result;
        }

        return result;
    }

    /// <summary>Drops the cached full-text hits and results (the candidates stay): for measuring searches nobody made before.</summary>
    public void ForgetTextSearches()
    {
        _textHits.Clear();
        _results.Clear();
    }

    private async Task<Snapshot> CurrentAsync(PortalDbContext db, DateTimeOffset? readAfter, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (IsFresh(snapshot, readAfter))
        {
            return snapshot!;
        }

        // Only old (another instance may have changed something): keep serving it while one
        // background rebuild runs, so no search waits for it. A change saved here is different:
        // the next search must show it, so that one waits for the rebuild below.
        if (readAfter is null && snapshot is not null && snapshot.Generation == Interlocked.Read(ref _generation))
        {
            if (_rebuild.Wait(0))
            {
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        await RebuildAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), CancellationToken.None);
                    }
                    catch (Exception problem) when (problem is not OutOfMemoryException)
                    {
                        // The old snapshot stays; the next search after MaxAge tries again.
                    }
                    finally
                    {
                        _rebuild.Release();
                    }
                }, CancellationToken.None);
            }

            return snapshot;
        }

        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            snapshot = _snapshot;
            if (IsFresh(snapshot, readAfter))
            {
                return snapshot!;
            }

            return await RebuildAsync(db, cancellationToken);
        }
        finally
        {
            _rebuild.Release();
        }
    }

    private async Task<Snapshot> RebuildAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        // Read the generation first: a change saved while reading makes the next search rebuild again.
        var generation = Interlocked.Read(ref _generation);
        var builtAt = clock.GetUtcNow();
        var rows = await LoadAsync(db, cancellationToken);
        var snapshot = new Snapshot(rows, generation, builtAt);
        _textHits.Clear();
        _results.Clear();
        _snapshot = snapshot;
        return snapshot;
    }

    private bool IsFresh(Snapshot? snapshot, DateTimeOffset? readAfter) =>
        snapshot is not null
        && snapshot.Generation == Interlocked.Read(ref _generation)
        && clock.GetUtcNow() - snapshot.BuiltAt < MaxAge
        && (readAfter is null || snapshot.BuiltAt >= readAfter);

    private static async Task<IReadOnlyList<CandidateRow>> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var approved = db.Organisations.Where(o => o.Status == OrganisationStatus.Approved).Select(o => o.Id);
        var published = db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Published && approved.Contains(v.OrganisationId));
        var vacancies = await published
            .Select(v => new
            {
                v.Id, v.CategoryId, v.Commitment, v.Schedule, v.HoursPerWeek, v.IsRemote, v.RequiresVog,
                v.Latitude, v.Longitude, v.PublishedAt, v.EndDate, v.MinimumAge, v.Places,
            })
            .ToListAsync(cancellationToken);
        var tags = await PairsAsync(db, "VacancySuitableForTags", "SuitableForId", cancellationToken);
        var skills = await PairsAsync(db, "VacancySkills", "SkillsId", cancellationToken);
        return vacancies
            .Select(v => new CandidateRow(
                v.Id, v.CategoryId, v.Commitment, v.Schedule, v.HoursPerWeek, v.IsRemote, v.RequiresVog,
                v.Latitude, v.Longitude, v.PublishedAt, v.EndDate, tags.GetValueOrDefault(v.Id), skills.GetValueOrDefault(v.Id),
                v.MinimumAge, v.Places))
            .ToArray();
    }

    /// <summary>
    /// Vacancy id → the other ids of a many-to-many join table, read straight from the table: all
    /// of it, also for vacancies that are not public (those are never asked for). Joining the
    /// vacancies and the other table first, as the navigation would, took three times as long.
    /// </summary>
    private static async Task<Dictionary<int, IReadOnlyList<int>>> PairsAsync(PortalDbContext db, string joinTable, string otherId, CancellationToken cancellationToken) =>
        (await db.Set<Dictionary<string, object>>(joinTable)
                .Select(j => new { VacancyId = EF.Property<int>(j, "VacancyId"), Other = EF.Property<int>(j, otherId) })
                .ToListAsync(cancellationToken))
            .GroupBy(p => p.VacancyId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(p => p.Other).ToArray());

    /// <summary>The matching view is made on first use, so an instance that only searches never pays for it.</summary>
    private sealed record Snapshot(IReadOnlyList<CandidateRow> Rows, long Generation, DateTimeOffset BuiltAt)
    {
        public Lazy<PublicVacancies> Matching { get; } = new(() => new PublicVacancies(Rows, [.. Rows.Select(r => r.ToMatching())]));
    }
}
