using System.Runtime.InteropServices;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>What the search and matching need to know of one published vacancy of an approved organisation.</summary>
public sealed record IndexedVacancy(
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
    int? Places,
    int OrganisationId = 0,
    int? AreaCode = null,
    int[]? ShiftDays = null,
    DateOnly? LastShiftDate = null,
    bool Imported = false)
{
    /// <summary>The first day (DateOnly day number) of an upcoming, not-cancelled shift on or after <paramref name="today"/>, or null.</summary>
    public DateOnly? NextShiftDate(DateOnly today)
    {
        if (ShiftDays is null)
        {
            return null;
        }

        var at = Array.BinarySearch(ShiftDays, today.DayNumber);
        at = at < 0 ? ~at : at;
        return at < ShiftDays.Length ? DateOnly.FromDayNumber(ShiftDays[at]) : null;
    }

    /// <summary>Whether a not-cancelled shift falls on a day from <paramref name="from"/> through <paramref name="to"/>.</summary>
    public bool HasShiftBetween(DateOnly from, DateOnly to) => NextShiftDate(from) is { } next && next <= to;

    /// <summary>
    /// A one-off activity whose shifts are all over (docs/adr/0133): out of search, "Voor jou" and
    /// alerts, like a vacancy past its end date.
    /// </summary>
    public bool IsPastActivityOn(DateOnly today) => Commitment == Commitment.OneOff && LastShiftDate is { } last && last < today;

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
/// The in-memory structures of <see cref="PublicVacancyIndex"/>, addressed by vacancy id: the
/// vacancies themselves, a bitset per filter option (category, commitment, week slot, tag, hours,
/// from home, VOG), a grid of 0.1° cells for the postcode radius, and the words of their text
/// (<see cref="WordIndex"/>). <see cref="Put"/> changes
/// one vacancy in place. Not thread-safe: the index reads under a read lock and writes under a
/// write lock.
/// </summary>
internal sealed class IndexedVacancies
{
    private const double CellDegrees = 0.1;

    /// <summary>Kilometres per degree of latitude on the sphere <see cref="GeoPoint.DistanceKmTo"/> uses.</summary>
    private const double KmPerDegree = 6371.0088 * Math.PI / 180;

    private readonly List<Bitset> _all = [];
    private readonly Bitset _alive;
    private readonly Bitset _remote;
    private readonly Bitset _requiresVog;
    private readonly Bitset _hasEndDate;
    private readonly Bitset _hasShifts;
    private readonly Bitset _imported;
    private readonly Bitset[] _slots = new Bitset[21];
    private readonly Dictionary<int, Bitset> _categories = [];
    private readonly Dictionary<Commitment, Bitset> _commitments = [];
    private readonly Dictionary<int, Bitset> _tags = [];
    private readonly Dictionary<int, Bitset> _hours = [];
    private readonly Dictionary<long, List<GridPoint>> _grid = [];
    private readonly object _expiredGate = new();
    private readonly WordIndex _text;

    private IndexedVacancy?[] _rows;
    private VacancySnapshot?[] _snapshots;
    private long[] _published;
    private int[] _endDay;
    private int[] _organisation;
    private int[] _area;
    private Bitset _expired;
    private int _expiredDay = int.MinValue;

    public IndexedVacancies(int capacity)
    {
        var words = WordsFor(capacity);
        _rows = new IndexedVacancy?[words * 64];
        _snapshots = new VacancySnapshot?[words * 64];
        _published = new long[words * 64];
        _endDay = new int[words * 64];
        _organisation = new int[words * 64];
        _area = new int[words * 64];
        _alive = New();
        _remote = New();
        _requiresVog = New();
        _hasEndDate = New();
        _hasShifts = New();
        _imported = New();
        _expired = new Bitset(words);
        _text = new WordIndex(words * 64);
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i] = New();
        }
    }

    public int Count { get; private set; }

    /// <summary>The words every bitset has: ids 0 … 64 × Words − 1.</summary>
    public int Words => _alive.Words.Length;

    public IndexedVacancy? this[int id] => id >= 0 && id < _rows.Length ? _rows[id] : null;

    public static int WordsFor(int capacity) => Math.Max(1, (capacity + 63) / 64);

    /// <summary>The words of the public vacancies' text.</summary>
    public WordIndex Text => _text;

    /// <summary>Puts the vacancy and its text in (or replaces them), or takes vacancy <paramref name="id"/> out when <paramref name="row"/> is null (no longer public).</summary>
    public void Put(int id, IndexedVacancy? row, VacancyText? text)
    {
        if (id >= _rows.Length)
        {
            if (row is null)
            {
                return;
            }

            Grow(id + 1);
        }

        if (_rows[id] is { } old)
        {
            Remove(old);
        }

        if (row is not null)
        {
            Add(row);
        }

        _text.Put(id, row is null ? null : text);
    }

    public VacancySnapshot Snapshot(int id) => _snapshots[id] ??= _rows[id]!.ToMatching();

    /// <summary>Public today: in the index and not past the end date.</summary>
    public ulong[] PublicOn(DateOnly today, Scratch scratch)
    {
        var pool = scratch.CopyOf(_alive.Words);
        Bitset.AndNotInto(pool, Expired(today), scratch.Words);
        return pool;
    }

    /// <summary>
    /// Takes out of <paramref name="pool"/> the vacancies outside the scope: not of one of
    /// <paramref name="organisations"/> (when any are given) or not in one of <paramref name="areas"/>
    /// (when given). A scope is usually small, so this walks the pool instead of keeping a bitset per
    /// organisation or postcode.
    /// </summary>
    public void KeepOnly(ulong[] pool, IReadOnlyCollection<int> organisations, IReadOnlyCollection<int>? areas, int words)
    {
        if (organisations.Count == 0 && areas is null)
        {
            return;
        }

        var state = (Pool: pool, Organisations: organisations.Count == 0 ? null : organisations.ToHashSet(), Areas: areas?.ToHashSet(), Of: _organisation, In: _area);
        Bitset.ForEach(pool, words, ref state, static (ref s, id) =>
        {
            if ((s.Organisations is not null && !s.Organisations.Contains(s.Of[id])) || (s.Areas is not null && !s.Areas.Contains(s.In[id])))
            {
                s.Pool[id >> 6] &= ~(1UL << id);
            }
        });
    }

    /// <summary>Ids in <paramref name="bits"/> of one of the chosen categories.</summary>
    public ulong[] AnyCategory(IEnumerable<int> ids, Scratch scratch) => AnyOf(ids.Select(id => _categories.GetValueOrDefault(id)), scratch);

    public ulong[] AnyCommitment(IEnumerable<Commitment> chosen, Scratch scratch) => AnyOf(chosen.Select(c => _commitments.GetValueOrDefault(c)), scratch);

    public ulong[] AnyTag(IEnumerable<int> ids, Scratch scratch) => AnyOf(ids.Select(id => _tags.GetValueOrDefault(id)), scratch);

    /// <summary>Ids free in at least one of the week slots of <paramref name="mask"/>.</summary>
    public ulong[] AnySlot(int mask, Scratch scratch) => AnyOf(Enumerable.Range(0, 21).Where(s => (mask & (1 << s)) != 0).Select(s => _slots[s]), scratch);

    /// <summary>Ids that ask at most <paramref name="max"/> hours a week, or do not say.</summary>
    public ulong[] HoursAtMost(int max, Scratch scratch)
    {
        var over = AnyOf(_hours.Where(h => h.Key > max).Select(h => h.Value), scratch);
        for (var i = 0; i < scratch.Words; i++)
        {
            over[i] = ~over[i];
        }

        return over;
    }

    public ulong[] Remote => _remote.Words;

    public ulong[] RequiresVog => _requiresVog.Words;

    /// <summary>Vacancies imported from another centre (docs/adr/0150); the open data leaves them out.</summary>
    public ulong[] Imported => _imported.Words;

    public IEnumerable<KeyValuePair<int, Bitset>> Categories => _categories;

    public IEnumerable<KeyValuePair<Commitment, Bitset>> Commitments => _commitments;

    public IEnumerable<KeyValuePair<int, Bitset>> Tags => _tags;

    public long PublishedTicks(int id) => _published[id];

    public int EndDay(int id) => _endDay[id];

    /// <summary>
    /// Vacancies inside the box around <paramref name="origin"/> (<paramref name="exact"/>: within
    /// <paramref name="km"/> great-circle kilometres, with the distance) from the grid cells the box covers.
    /// From home does not count here; the caller adds <see cref="Remote"/>. With <paramref name="among"/>,
    /// only those ids are looked at (the words' hits, say), so no distance is worked out in vain.
    /// </summary>
    public ulong[] Near(GeoPoint origin, double km, bool exact, Scratch scratch, Dictionary<int, double>? distances, ulong[]? among = null)
    {
        var near = scratch.Empty();
        var box = PublicVacancyIndex.BoundingBox(origin, km);
        var cosOrigin = Math.Cos(origin.Latitude * Math.PI / 180);
        for (var latCell = Cell(box.MinLat); latCell <= Cell(box.MaxLat); latCell++)
        {
            for (var lonCell = Cell(box.MinLon); lonCell <= Cell(box.MaxLon); lonCell++)
            {
                if (!_grid.TryGetValue(Key(latCell, lonCell), out var points))
                {
                    continue;
                }

                // The cell's coordinates lie side by side, so the walk reads memory in order.
                foreach (var (id, lat, lon) in CollectionsMarshal.AsSpan(points))
                {
                    if (among is not null && (among[id >> 6] & (1UL << id)) == 0)
                    {
                        continue;
                    }

                    if (lat < box.MinLat || lat > box.MaxLat || lon < box.MinLon || lon > box.MaxLon)
                    {
                        continue;
                    }

                    if (exact)
                    {
                        // Without distances to show (and up to 60 km, where its error stays under 2 %), a flat-earth estimate settles the clear cases; only
                        // points within 2 % of the edge need the great circle.
                        if (distances is null && km <= 60)
                        {
                            var north = (lat - origin.Latitude) * KmPerDegree;
                            var east = (lon - origin.Longitude) * KmPerDegree * cosOrigin;
                            var estimate = Math.Sqrt((north * north) + (east * east));
                            if (estimate < km * 0.98)
                            {
                                near[id >> 6] |= 1UL << id;
                                continue;
                            }

                            if (estimate > km * 1.02)
                            {
                                continue;
                            }
                        }

                        var distance = origin.DistanceKmTo(new GeoPoint(lat, lon));
                        if (distance > km)
                        {
                            continue;
                        }

                        if (distances is not null)
                        {
                            distances[id] = distance;
                        }
                    }

                    near[id >> 6] |= 1UL << id;
                }
            }
        }

        return near;
    }

    /// <summary>
    /// Ids in <paramref name="pool"/> with a not-cancelled shift on a day from <paramref name="from"/>
    /// through <paramref name="to"/>. Walks only the vacancies with shifts, which are few.
    /// </summary>
    public ulong[] WithShiftBetween(DateOnly from, DateOnly to, ulong[] pool, Scratch scratch)
    {
        var between = scratch.CopyOf(_hasShifts.Words);
        Bitset.AndInto(between, pool, scratch.Words);
        var state = (Between: between, From: from, To: to, Rows: _rows);
        Bitset.ForEach(scratch.CopyOf(between), scratch.Words, ref state, static (ref s, id) =>
        {
            if (!s.Rows[id]!.HasShiftBetween(s.From, s.To))
            {
                s.Between[id >> 6] &= ~(1UL << id);
            }
        });
        return between;
    }

    /// <summary>
    /// Past their end date on <paramref name="today"/>, or one-off activities whose shifts are all
    /// over (docs/adr/0133); worked out once a day and kept up to date by <see cref="Put"/>.
    /// </summary>
    private ulong[] Expired(DateOnly today)
    {
        lock (_expiredGate)
        {
            if (_expiredDay != today.DayNumber)
            {
                var expired = new Bitset(Words);
                var day = today.DayNumber;
                var state = (Expired: expired, Day: day, EndDay: _endDay, Rows: _rows, Today: today);
                Bitset.ForEach(_hasEndDate.Words, Words, ref state, static (ref s, id) =>
                {
                    if (s.EndDay[id] < s.Day)
                    {
                        s.Expired.Set(id);
                    }
                });
                Bitset.ForEach(_hasShifts.Words, Words, ref state, static (ref s, id) =>
                {
                    if (s.Rows[id]!.IsPastActivityOn(s.Today))
                    {
                        s.Expired.Set(id);
                    }
                });
                _expired = expired;
                _expiredDay = day;
            }

            return _expired.Words;
        }
    }

    private ulong[] AnyOf(IEnumerable<Bitset?> sets, Scratch scratch)
    {
        var any = scratch.Empty();
        foreach (var set in sets)
        {
            if (set is not null)
            {
                Bitset.OrInto(any, set.Words, scratch.Words);
            }
        }

        return any;
    }

    private void Add(IndexedVacancy row)
    {
        var id = row.Id;
        _rows[id] = row;
        _snapshots[id] = null;
        _published[id] = row.PublishedAt?.UtcTicks ?? long.MinValue;
        _endDay[id] = row.EndDate?.DayNumber ?? int.MaxValue;
        _organisation[id] = row.OrganisationId;
        _area[id] = row.AreaCode ?? 0;
        _alive.Set(id);
        Option(_categories, row.CategoryId).Set(id);
        Option(_commitments, row.Commitment).Set(id);
        for (var slot = 0; slot < 21; slot++)
        {
            if ((row.Schedule.Bits & (1 << slot)) != 0)
            {
                _slots[slot].Set(id);
            }
        }

        foreach (var tag in row.Tags ?? [])
        {
            Option(_tags, tag).Set(id);
        }

        if (row.Hours is { } hours)
        {
            Option(_hours, hours).Set(id);
        }

        if (row.IsRemote)
        {
            _remote.Set(id);
        }

        if (row.RequiresVog)
        {
            _requiresVog.Set(id);
        }

        if (row.Imported)
        {
            _imported.Set(id);
        }

        if (row.EndDate is { } end)
        {
            _hasEndDate.Set(id);
            lock (_expiredGate)
            {
                if (end.DayNumber < _expiredDay)
                {
                    _expired.Set(id);
                }
            }
        }

        if (row.LastShiftDate is not null)
        {
            _hasShifts.Set(id);
            lock (_expiredGate)
            {
                if (_expiredDay != int.MinValue && row.IsPastActivityOn(DateOnly.FromDayNumber(_expiredDay)))
                {
                    _expired.Set(id);
                }
            }
        }

        if (!row.IsRemote && row.Latitude is { } lat && row.Longitude is { } lon)
        {
            var key = Key(Cell(lat), Cell(lon));
            if (!_grid.TryGetValue(key, out var cell))
            {
                _grid[key] = cell = [];
            }

            cell.Add(new GridPoint(id, lat, lon));
        }

        Count++;
    }

    private void Remove(IndexedVacancy row)
    {
        var id = row.Id;
        foreach (var set in _all)
        {
            set.Clear(id);
        }

        lock (_expiredGate)
        {
            _expired.Clear(id);
        }

        if (!row.IsRemote && row.Latitude is { } lat && row.Longitude is { } lon && _grid.TryGetValue(Key(Cell(lat), Cell(lon)), out var cell))
        {
            // Order within a cell does not matter: the last point takes the removed one's place.
            var at = cell.FindIndex(p => p.Id == id);
            cell[at] = cell[^1];
            cell.RemoveAt(cell.Count - 1);
        }

        _rows[id] = null;
        _snapshots[id] = null;
        Count--;
    }

    private void Grow(int capacity)
    {
        // Doubling keeps growing rare while new vacancies arrive one by one.
        var words = Math.Max(WordsFor(capacity), Words * 2);
        foreach (var set in _all)
        {
            set.Grow(words);
        }

        lock (_expiredGate)
        {
            _expired.Grow(words);
        }

        Array.Resize(ref _rows, words * 64);
        Array.Resize(ref _snapshots, words * 64);
        Array.Resize(ref _published, words * 64);
        Array.Resize(ref _endDay, words * 64);
        Array.Resize(ref _organisation, words * 64);
        Array.Resize(ref _area, words * 64);
        _text.Grow(words * 64);
    }

    private Bitset New()
    {
        var set = new Bitset(WordsFor(_rows.Length));
        _all.Add(set);
        return set;
    }

    private Bitset Option<TKey>(Dictionary<TKey, Bitset> options, TKey key)
        where TKey : notnull
    {
        if (!options.TryGetValue(key, out var set))
        {
            options[key] = set = New();
        }

        return set;
    }

    private static int Cell(double degrees) => (int)Math.Floor(degrees / CellDegrees);

    private static long Key(int latCell, int lonCell) => ((long)latCell << 32) | (uint)lonCell;

    /// <summary>A vacancy in a grid cell, with its coordinates beside it for the radius walk.</summary>
    private readonly record struct GridPoint(int Id, double Latitude, double Longitude);
}
