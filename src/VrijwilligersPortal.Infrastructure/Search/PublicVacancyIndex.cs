using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>How the public-vacancy index starts and keeps up (docs/operations.md).</summary>
public sealed class PublicVacancyIndexOptions
{
    public const string Section = "Search";

    /// <summary>How long a search waits for the index being built at start-up before it answers with the newest vacancies only.</summary>
    public double StartupWaitSeconds { get; set; } = 2;

    /// <summary>How often, at most, the index reads the change log for changes saved by other instances.</summary>
    public double CatchUpSeconds { get; set; } = 2;

    /// <summary>
    /// How long rows of the change log are kept (the change-log cleanup job deletes older ones). An
    /// index that has not caught up for half this time is built again instead, since rows it needs may be gone.
    /// </summary>
    public double ChangeLogKeepHours { get; set; } = 24;
}

/// <summary>What matching asks of the index: the public vacancies worth scoring for one volunteer.</summary>
public sealed record CandidateCriteria
{
    /// <summary>Only these categories (the volunteer's interests); empty: every category.</summary>
    public IReadOnlyCollection<int> CategoryIds { get; init; } = [];

    /// <summary>With an origin: only vacancies in the box of <see cref="BoxKm"/> around it, plus those from home. The matcher decides the exact distance.</summary>
    public GeoPoint? Origin { get; init; }

    public double BoxKm { get; init; }

    /// <summary>Only vacancies this accepts (the alert job: published in its window and never sent before).</summary>
    public Func<IndexedVacancy, bool>? Where { get; init; }

    /// <summary>Every change committed before this moment, by any instance, must be in (the alert job's window end).</summary>
    public DateTimeOffset? ReadAfter { get; init; }
}

/// <summary>
/// Every public vacancy (published, of an approved organisation) in memory, per instance, with
/// what makes a search or a ranking touch only what it needs: a bitset per filter option, a grid
/// for the postcode radius, and an inverted index of the words of their text (docs/adr/0100, 0140). Search, the home
/// page, "Voor jou", the alert job, the staff candidate list and the mediation case page all ask it
/// (<see cref="SearchAsync"/>, <see cref="CandidatesAsync"/>); none reads the vacancy table for that.
/// <para>
/// Built once, on first use (the warm-up at start-up); until then a search gets the newest
/// vacancies straight from the database. Afterwards it changes in place: every save that touches
/// a vacancy, its organisation, skills or tags writes a row to <c>PublicVacancyChanges</c>
/// (<see cref="PublicVacancyChangeInterceptor"/>); the next read here applies the rows of this
/// instance at once and, every <see cref="PublicVacancyIndexOptions.CatchUpSeconds"/>, those of
/// other instances, rereading only the vacancies they name.
/// </para>
/// </summary>
public sealed partial class PublicVacancyIndex(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<PublicVacancyIndexOptions> options,
    ILogger<PublicVacancyIndex> logger)
{
    private const double KmPerDegreeLatitude = 111.32;

    private const int MaxCachedSearches = 512;

    /// <summary>A version missing from the log this long was rolled back, not slow to commit.</summary>
    private static readonly TimeSpan GapWait = TimeSpan.FromSeconds(30);

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly SemaphoreSlim _catchUp = new(1, 1);
    private readonly object _gate = new();
    private readonly ConcurrentDictionary<string, VacancySearchResult> _results = new(StringComparer.Ordinal);
    private readonly SortedSet<long> _appliedAboveWatermark = [];

    private IndexedVacancies? _data;
    private Task? _building;
    private long _watermark;
    private DateTimeOffset? _gapSince;
    private long _version;
    private long _savedHere;
    private long _savedHereApplied;
    private long _lastCatchUpTicks;

    /// <summary>When the last catch-up (or the build) started; read outside the lock, so kept as one 64-bit value.</summary>
    private DateTimeOffset LastCatchUp
    {
        get => new(Interlocked.Read(ref _lastCatchUpTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _lastCatchUpTicks, value.UtcTicks);
    }

    /// <summary>Public vacancies in the index (0 until built).</summary>
    public int Count => _data?.Count ?? 0;

    public bool IsBuilt => _data is not null;

    /// <summary>How long the last full build took (reading and indexing).</summary>
    public TimeSpan BuildTime { get; private set; }

    /// <summary>The rectangle of latitudes and longitudes that holds every point within <paramref name="km"/> of the origin.</summary>
    public static (double MinLat, double MaxLat, double MinLon, double MaxLon) BoundingBox(GeoPoint origin, double km)
    {
        var dLat = km / KmPerDegreeLatitude;
        var cos = Math.Cos(Math.Min(89, Math.Abs(origin.Latitude) + dLat) * Math.PI / 180);
        var dLon = km / (KmPerDegreeLatitude * Math.Max(cos, 0.01));

        // A margin of 1 % keeps points on the edge inside despite rounding; the exact distance decides.
        return (origin.Latitude - (dLat * 1.01), origin.Latitude + (dLat * 1.01), origin.Longitude - (dLon * 1.01), origin.Longitude + (dLon * 1.01));
    }

    /// <summary>A saved change was logged in this process: the next read applies it before answering.</summary>
    public void NoteChangeSavedHere() => Interlocked.Increment(ref _savedHere);

    /// <summary>Builds the index if nobody has yet, and waits until it is built (the warm-up, tests, benchmarks).</summary>
    public Task WhenBuiltAsync(CancellationToken cancellationToken = default) => StartBuilding().WaitAsync(cancellationToken);

    /// <summary>Drops the cached results: for measuring searches nobody made before.</summary>
    public void ForgetCachedResults() => _results.Clear();

    /// <summary>
    /// A page of the search: text, filters, facet counts, order and page, all decided here. While
    /// the index is being built (and it takes longer than the configured wait) only the newest
    /// public vacancies, read from the database (<see cref="VacancySearchResult.WhileIndexBuilds"/>).
    /// </summary>
    public async Task<VacancySearchResult> SearchAsync(PortalDbContext db, VacancySearchCriteria criteria, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (!await ReadyAsync(db, TimeSpan.FromSeconds(options.Value.StartupWaitSeconds), null, cancellationToken))
        {
            return await NewestFromDatabaseAsync(db, criteria, today, cancellationToken);
        }

        var key = Interlocked.Read(ref _version) + "|" + today.DayNumber + "|" + criteria.CacheKey();
        if (_results.TryGetValue(key, out var cached))
        {
            return cached;
        }

        VacancySearchResult result;
        _lock.EnterReadLock();
        try
        {
            result = SearchIndex.Run(_data!, criteria, today);
        }
        finally
        {
            _lock.ExitReadLock();
        }

        if (_results.Count >= MaxCachedSearches)
        {
            _results.Clear();
        }

        _results[key] = result;
        return result;
    }

    /// <summary>
    /// The public vacancies matching would score for one volunteer, as snapshots (places before
    /// applications are counted). Waits for the index if it is still being built.
    /// </summary>
    public async Task<List<VacancySnapshot>> CandidatesAsync(PortalDbContext db, CandidateCriteria criteria, DateOnly today, CancellationToken cancellationToken = default)
    {
        await ReadyAsync(db, Timeout.InfiniteTimeSpan, criteria.ReadAfter, cancellationToken);
        _lock.EnterReadLock();
        try
        {
            var data = _data!;
            using var scratch = new Scratch(data.Words);
            var pool = data.PublicOn(today, scratch);
            if (criteria.CategoryIds.Count > 0)
            {
                Bitset.AndInto(pool, data.AnyCategory(criteria.CategoryIds, scratch), scratch.Words);
            }

            if (criteria.Origin is { } origin)
            {
                var near = data.Near(origin, criteria.BoxKm, exact: false, scratch, null, among: pool);
                Bitset.OrInto(near, data.Remote, scratch.Words);
                Bitset.AndInto(pool, near, scratch.Words);
            }

            var state = (Data: data, criteria.Where, List: new List<VacancySnapshot>());
            Bitset.ForEach(pool, scratch.Words, ref state, static (ref s, id) =>
            {
                if (s.Where is null || s.Where(s.Data[id]!))
                {
                    s.List.Add(s.Data.Snapshot(id));
                }
            });
            return state.List;
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// "Ook interessant" under a vacancy: up to <paramref name="count"/> other public vacancies of
    /// its category, the nearest to <paramref name="origin"/> first (great-circle), those without a
    /// place (from home) last, each group newest first; without an origin the newest. Looks only at
    /// the category's vacancies, so it costs a pass over one bitset. Empty while the index is still
    /// being built (the page then shows no such list).
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SimilarAsync(PortalDbContext db, int vacancyId, int categoryId, GeoPoint? origin, int count, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (!await ReadyAsync(db, TimeSpan.FromSeconds(options.Value.StartupWaitSeconds), null, cancellationToken))
        {
            return [];
        }

        _lock.EnterReadLock();
        try
        {
            var data = _data!;
            using var scratch = new Scratch(data.Words);
            var pool = data.PublicOn(today, scratch);
            Bitset.AndInto(pool, data.AnyCategory([categoryId], scratch), scratch.Words);

            // The best few so far, worst first: (no place, distance, -published, -id) ascending is better.
            var best = new List<(bool NoPlace, double Km, long Published, int Id)>(count + 1);
            var state = (Data: data, Origin: origin, Except: vacancyId, Count: count, Best: best);
            Bitset.ForEach(pool, scratch.Words, ref state, static (ref s, id) =>
            {
                if (id == s.Except)
                {
                    return;
                }

                var row = s.Data[id]!;
                var place = s.Origin is { } from && !row.IsRemote && row.Latitude is { } lat && row.Longitude is { } lon ? new GeoPoint(lat, lon) : (GeoPoint?)null;
                var entry = (NoPlace: s.Origin is not null && place is null, Km: place is { } p ? s.Origin!.Value.DistanceKmTo(p) : 0, Published: -s.Data.PublishedTicks(id), Id: -id);
                var at = s.Best.BinarySearch(entry);
                s.Best.Insert(at < 0 ? ~at : at, entry);
                if (s.Best.Count > s.Count)
                {
                    s.Best.RemoveAt(s.Best.Count - 1);
                }
            });
            return best.ConvertAll(b => new SearchHit(-b.Id, origin is null || b.NoPlace ? null : b.Km));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>True once the index is built and has caught up as far as this read needs.</summary>
    private async Task<bool> ReadyAsync(PortalDbContext db, TimeSpan wait, DateTimeOffset? readAfter, CancellationToken cancellationToken)
    {
        if (_data is null)
        {
            var building = StartBuilding();
            try
            {
                await building.WaitAsync(wait, cancellationToken);
            }
            catch (TimeoutException)
            {
                return false;
            }
        }

        await CatchUpAsync(db, readAfter, cancellationToken);
        return true;
    }

    /// <summary>Builds afresh while the current structures keep answering; called with the catch-up held.</summary>
    private Task RebuildAsync()
    {
        lock (_gate)
        {
            _building = Task.Run(BuildAsync);
            return _building;
        }
    }

    private Task StartBuilding()
    {
        lock (_gate)
        {
            if (_building is null || _building.IsFaulted || _building.IsCanceled)
            {
                _building = Task.Run(BuildAsync);
            }

            return _building;
        }
    }

    /// <summary>
    /// Reads every public vacancy and builds the structures. The log's last version is read first,
    /// so a change saved while reading is applied again afterwards (applying is idempotent).
    /// </summary>
    private async Task BuildAsync()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var watermark = await db.Set<PublicVacancyChange>().OrderByDescending(c => c.Version).Select(c => c.Version).FirstOrDefaultAsync();
            var maxId = await db.Vacancies.OrderByDescending(v => v.Id).Select(v => v.Id).FirstOrDefaultAsync();
            var rows = await LoadAsync(db, null, ShiftsFrom(), CancellationToken.None);
            var data = new IndexedVacancies(maxId + 1);

            // In id order, so every word's list of ids grows at its end.
            rows.Sort((a, b) => a.Row.Id.CompareTo(b.Row.Id));
            foreach (var (row, text) in rows)
            {
                data.Put(row.Id, row, text);
            }

            data.Text.FinishBuild();

            _lock.EnterWriteLock();
            try
            {
                _data = data;
                _watermark = watermark;
                _appliedAboveWatermark.Clear();
                LastCatchUp = clock.GetUtcNow();
                _version++;
            }
            finally
            {
                _lock.ExitWriteLock();
            }

            BuildTime = Stopwatch.GetElapsedTime(started);
            LogBuilt(logger, data.Count, BuildTime.TotalMilliseconds);
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            // The next read starts another build (the database may have been away).
            LogBuildFailed(logger, problem);
            throw;
        }
    }

    /// <summary>
    /// Applies the change log's rows this instance has not applied: at once after a save here or
    /// when the caller needs every change before <paramref name="readAfter"/>, otherwise at most every
    /// <see cref="PublicVacancyIndexOptions.CatchUpSeconds"/> and without making the request wait
    /// when another request is already at it.
    /// </summary>
    private async Task CatchUpAsync(PortalDbContext db, DateTimeOffset? readAfter, CancellationToken cancellationToken)
    {
        var savedHere = Interlocked.Read(ref _savedHere);
        var mustWait = savedHere != Interlocked.Read(ref _savedHereApplied) || (readAfter is { } after && LastCatchUp <= after);
        if (!mustWait && clock.GetUtcNow() - LastCatchUp < TimeSpan.FromSeconds(options.Value.CatchUpSeconds))
        {
            return;
        }

        if (!await _catchUp.WaitAsync(mustWait ? Timeout.Infinite : 0, cancellationToken))
        {
            return;
        }

        try
        {
            savedHere = Interlocked.Read(ref _savedHere);
            var started = clock.GetUtcNow();
            if (savedHere == Interlocked.Read(ref _savedHereApplied) && (readAfter is null || LastCatchUp > readAfter) && started - LastCatchUp < TimeSpan.FromSeconds(options.Value.CatchUpSeconds))
            {
                return;
            }

            if (started - LastCatchUp > TimeSpan.FromHours(options.Value.ChangeLogKeepHours / 2))
            {
                // Idle so long that the cleanup job may have deleted rows this instance never read.
                await RebuildAsync();
                Interlocked.Exchange(ref _savedHereApplied, savedHere);
                return;
            }

            var watermark = _watermark;
            var changes = await db.Set<PublicVacancyChange>().AsNoTracking()
                .Where(c => c.Version > watermark)
                .OrderBy(c => c.Version)
                .Select(c => new { c.Version, c.VacancyId, c.OrganisationId, c.TextChanged })
                .ToListAsync(cancellationToken);
            var fresh = changes.Where(c => !_appliedAboveWatermark.Contains(c.Version)).ToList();
            if (fresh.Count > 0)
            {
                var ids = fresh.Where(c => c.VacancyId is not null).Select(c => c.VacancyId!.Value).ToHashSet();
                var organisations = fresh.Where(c => c.OrganisationId is not null).Select(c => c.OrganisationId!.Value).Distinct().ToArray();
                if (organisations.Length > 0)
                {
                    var ofOrganisations = await db.Vacancies.AsNoTracking()
                        .Where(v => EF.Parameter(organisations).Contains(v.OrganisationId))
                        .Select(v => v.Id)
                        .ToListAsync(cancellationToken);
                    ids.UnionWith(ofOrganisations);
                }

                var rows = (await LoadAsync(db, [.. ids], ShiftsFrom(), cancellationToken)).ToDictionary(r => r.Row.Id);
                Apply(ids, rows);
            }

            Advance(changes.Select(c => c.Version), started);
            LastCatchUp = started;
            Interlocked.Exchange(ref _savedHereApplied, savedHere);
        }
        finally
        {
            _catchUp.Release();
        }
    }

    /// <summary>Each vacancy reread is put in again with its words (a vacancy no longer public is taken out).</summary>
    private void Apply(HashSet<int> ids, Dictionary<int, (IndexedVacancy Row, VacancyText Text)> rows)
    {
        _lock.EnterWriteLock();
        try
        {
            foreach (var id in ids)
            {
                var found = rows.TryGetValue(id, out var row);
                _data!.Put(id, found ? row.Row : null, found ? row.Text : null);
            }

            _version++;
            _results.Clear();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Moves the watermark over every version applied without a gap. A version below one already
    /// seen may still be committing (versions are handed out before commit); it is waited for up to
    /// <see cref="GapWait"/>, after which it is taken as rolled back.
    /// </summary>
    private void Advance(IEnumerable<long> versions, DateTimeOffset now)
    {
        foreach (var version in versions)
        {
            _appliedAboveWatermark.Add(version);
        }

        while (_appliedAboveWatermark.Count > 0)
        {
            if (_appliedAboveWatermark.Min == _watermark + 1)
            {
                _watermark++;
                _appliedAboveWatermark.Remove(_watermark);
                _gapSince = null;
                continue;
            }

            _gapSince ??= now;
            if (now - _gapSince < GapWait)
            {
                break;
            }

            _watermark = _appliedAboveWatermark.Min - 1;
            _gapSince = null;
        }
    }

    /// <summary>
    /// Until the index is built: the newest public vacancies, one page, no filters and no counts;
    /// one-off activities that are over are left out, as the index does (docs/adr/0133).
    /// </summary>
    private static async Task<VacancySearchResult> NewestFromDatabaseAsync(PortalDbContext db, VacancySearchCriteria criteria, DateOnly today, CancellationToken cancellationToken)
    {
        var newest = db.Vacancies.AsNoTracking().PublicOn(today).WithoutPastActivitiesOn(db.Shifts, today);
        if (criteria.OrganisationIds.Count > 0)
        {
            newest = newest.Where(v => EF.Parameter(criteria.OrganisationIds.ToArray()).Contains(v.OrganisationId));
        }

        if (criteria.OwnOnly)
        {
            newest = newest.Where(v => v.ExchangeSourceId == null);
        }

        if (criteria.AreaCodes is { } areas)
        {
            var codes = areas.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            newest = newest.Where(v => v.Postcode != null && EF.Parameter(codes).Contains(v.Postcode.Substring(0, 4)));
        }

        var ids = await newest
            .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id)
            .Select(v => v.Id)
            .Take(criteria.PageSize)
            .ToListAsync(cancellationToken);
        return new VacancySearchResult([.. ids.Select(id => new SearchHit(id, null))], ids.Count, 1, 1, false, SearchFacets.None, null, WhileIndexBuilds: true);
    }

    /// <summary>
    /// The public vacancies among <paramref name="ids"/> (null: all of them) as the index holds them.
    /// Tags and skills for a full build are read straight from their join tables, all of them:
    /// joining the vacancies first, as the navigation would, took three times as long. The text
    /// (title, organisation, place, description) is read along, for the words, but not kept.
    /// </summary>
    private static async Task<List<(IndexedVacancy Row, VacancyText Text)>> LoadAsync(PortalDbContext db, int[]? ids, DateOnly shiftsFrom, CancellationToken cancellationToken)
    {
        var approved = db.Organisations.Where(o => o.Status == OrganisationStatus.Approved).Select(o => o.Id);
        var published = db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Published && approved.Contains(v.OrganisationId));
        if (ids is not null)
        {
            published = published.Where(v => EF.Parameter(ids).Contains(v.Id));
        }

        var vacancies = await published
            .Select(v => new
            {
                v.Id, v.CategoryId, v.Commitment, v.Schedule, v.HoursPerWeek, v.IsRemote, v.RequiresVog,
                v.Latitude, v.Longitude, v.PublishedAt, v.EndDate, v.MinimumAge, v.Places, v.OrganisationId, v.Postcode,
                v.Title, v.Description, v.Place, OrganisationName = v.Organisation!.Name,
                v.EnglishTitle, v.EnglishSummary,
                Imported = v.ExchangeSourceId != null,
            })
            .ToListAsync(cancellationToken);
        var tags = await PairsAsync(db, "VacancySuitableForTags", "SuitableForId", ids, cancellationToken);
        var skills = await PairsAsync(db, "VacancySkills", "SkillsId", ids, cancellationToken);
        var (shiftDays, lastShift) = await ShiftDaysAsync(db, ids, shiftsFrom, cancellationToken);
        return vacancies.ConvertAll(v => (
            new IndexedVacancy(
                v.Id, v.CategoryId, v.Commitment, v.Schedule, v.HoursPerWeek, v.IsRemote, v.RequiresVog,
                v.Latitude, v.Longitude, v.PublishedAt, v.EndDate, tags.GetValueOrDefault(v.Id), skills.GetValueOrDefault(v.Id),
                v.MinimumAge, v.Places, v.OrganisationId, AreaCode(v.Postcode),
                shiftDays.GetValueOrDefault(v.Id), lastShift.TryGetValue(v.Id, out var last) ? last : null, v.Imported),
            // The organisation's English title and summary count as title and description (docs/adr/0185).
            new VacancyText(Joined(v.Title, v.EnglishTitle), v.OrganisationName, v.Place, Joined(v.Description, v.EnglishSummary))));
    }

    private static string Joined(string dutch, string? english) => english is { Length: > 0 } ? dutch + "\n" + english : dutch;

    /// <summary>
    /// The first day whose shifts the index keeps: yesterday on the Dutch clock, so a search that
    /// counts its day in UTC around midnight still finds today's shifts. Older days only count for
    /// the last shift date (docs/adr/0133).
    /// </summary>
    private DateOnly ShiftsFrom() => AmsterdamClock.Today(clock.GetUtcNow()).AddDays(-1);

    /// <summary>Per vacancy among <paramref name="ids"/> (null: all): the sorted days of its not-cancelled shifts from <paramref name="from"/> on, and the day of its last not-cancelled shift.</summary>
    private static async Task<(Dictionary<int, int[]> Days, Dictionary<int, DateOnly?> Last)> ShiftDaysAsync(PortalDbContext db, int[]? ids, DateOnly from, CancellationToken cancellationToken)
    {
        var shifts = db.Shifts.AsNoTracking().Where(s => s.Status != ShiftStatus.Cancelled);
        if (ids is not null)
        {
            shifts = shifts.Where(s => EF.Parameter(ids).Contains(s.VacancyId));
        }

        var last = await shifts.GroupBy(s => s.VacancyId)
            .Select(g => new { VacancyId = g.Key, Last = g.Max(s => s.Date) })
            .ToDictionaryAsync(g => g.VacancyId, g => (DateOnly?)g.Last, cancellationToken);
        var upcoming = await shifts.Where(s => s.Date >= from)
            .Select(s => new { s.VacancyId, s.Date })
            .Distinct()
            .ToListAsync(cancellationToken);
        var days = upcoming.GroupBy(s => s.VacancyId)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Date.DayNumber).Order().ToArray());
        return (days, last);
    }

    /// <summary>The four digits of a stored postcode as a number (the scope of a municipality), or null.</summary>
    private static int? AreaCode(string? postcode) =>
        postcode is { Length: >= 4 } && int.TryParse(postcode.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;

    private static async Task<Dictionary<int, IReadOnlyList<int>>> PairsAsync(PortalDbContext db, string joinTable, string otherId, int[]? ids, CancellationToken cancellationToken)
    {
        var pairs = db.Set<Dictionary<string, object>>(joinTable)
            .Select(j => new { VacancyId = EF.Property<int>(j, "VacancyId"), Other = EF.Property<int>(j, otherId) });
        if (ids is not null)
        {
            pairs = pairs.Where(p => EF.Parameter(ids).Contains(p.VacancyId));
        }

        return (await pairs.ToListAsync(cancellationToken))
            .GroupBy(p => p.VacancyId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(p => p.Other).ToArray());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Public-vacancy index built: {Count} vacancies in {Milliseconds:0} ms")]
    private static partial void LogBuilt(ILogger logger, int count, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Building the public-vacancy index failed; the next search tries again")]
    private static partial void LogBuildFailed(ILogger logger, Exception problem);
}
