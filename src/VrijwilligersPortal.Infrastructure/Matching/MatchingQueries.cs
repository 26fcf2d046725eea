using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Infrastructure.Matching;

/// <summary>A vacancy in a ranking, with what a list needs to show it.</summary>
public sealed record RankedVacancy(int VacancyId, string Title, string OrganisationName, string? Place, bool IsRemote, Match Match)
{
    /// <summary>The centre an imported vacancy comes from (docs/adr/0150); null for this centre's own.</summary>
    public string? SourceCentre { get; init; }
}

/// <summary>A candidate volunteer in a ranking for staff, with what a list needs to show them.</summary>
public sealed record RankedVolunteer(int VolunteerId, string Name, string? Postcode, Match Match);

/// <summary>What a ranking of vacancies looks at besides the volunteer's own profile.</summary>
public sealed record RankingOptions
{
    /// <summary>Only vacancies this accepts (the alert job: published in its window and never sent before).</summary>
    public Func<IndexedVacancy, bool>? Where { get; init; }

    /// <summary>
    /// Every vacancy in range, not only those in the volunteer's interests: staff on a mediation
    /// case look wider than the volunteer's own list does.
    /// </summary>
    public bool BeyondInterests { get; init; }

    /// <summary>The vacancies must have been read from the database after this moment (the alert job's window end).</summary>
    public DateTimeOffset? ReadAfter { get; init; }

    /// <summary>Whom the reasons speak to: staff on a mediation case read about the person, not to them.</summary>
    public ReasonVoice Voice { get; init; } = ReasonVoice.ToVolunteer;
}

/// <summary>
/// Matching against the portal's data: the public vacancies come from the in-memory
/// <see cref="PublicVacancyIndex"/> (published, approved organisation; the same set the search
/// shows), narrowed there to the volunteer's interests and to a box around their postcode (plus
/// everything from home), and the domain <see cref="Matcher"/> scores them and explains the best
/// (docs/matching.md, docs/adr/0031). Only the volunteer, the places taken of the best few and
/// their titles are read per request. Used by /mijn/voor-jou, the vacancy page, the staff candidate
/// list, the mediation case page and the alert job. One instance per scope (it holds a <see cref="PortalDbContext"/>).
/// </summary>
public sealed class MatchingQueries(PortalDbContext db, PublicVacancyIndex vacancies, TimeProvider clock, MatchWeights weights)
{
    /// <summary>The box for a volunteer who gave no travel limit: beyond this the distance signal is long zero.</summary>
    public const int RadiusWithoutLimitKm = 30;

    private (Matcher Matcher, Dictionary<string, int> TagIds)? _context;

    /// <summary>
    /// The matching profile of a volunteer; null for an unknown or erased one. The suitable-for
    /// groups are derived from the profile (age, Dutch level), as the profile does not ask for them.
    /// </summary>
    public async Task<VolunteerSnapshot?> VolunteerAsync(int volunteerId, CancellationToken cancellationToken)
    {
        var (_, tagIds) = await ContextAsync(cancellationToken);
        var rows = await VolunteerRows(db.Volunteers.Where(v => v.Id == volunteerId)).ToListAsync(cancellationToken);
        return rows.Count == 1 ? ToSnapshot(rows[0], tagIds, clock.GetUtcNow().Year) : null;
    }

    /// <summary>The best <paramref name="count"/> vacancies for the volunteer, best first.</summary>
    public async Task<IReadOnlyList<RankedVacancy>> RankVacanciesAsync(int volunteerId, int count, CancellationToken cancellationToken) =>
        await VolunteerAsync(volunteerId, cancellationToken) is { } volunteer
            ? await RankVacanciesAsync(volunteer, count, cancellationToken)
            : [];

    /// <summary>
    /// The best <paramref name="count"/> public vacancies for the volunteer, best first. Places are
    /// counted for the vacancies that make the list; when one turns out to be full the ranking runs
    /// again without it, so the result is the one a full count would give.
    /// </summary>
    public async Task<IReadOnlyList<RankedVacancy>> RankVacanciesAsync(
        VolunteerSnapshot volunteer,
        int count,
        CancellationToken cancellationToken,
        RankingOptions? options = null)
    {
        options ??= new RankingOptions();
        var (matcher, _) = await ContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var candidates = await vacancies.CandidatesAsync(db, Candidates(volunteer, options), clock.Today(), cancellationToken);

        var counted = new HashSet<int>();
        while (true)
        {
            var matches = matcher.RankVacancies(volunteer, candidates, now, count, options.Voice);
            var uncounted = matches.Select(m => m.Vacancy).Where(v => v.PlacesLeft is not null && !counted.Contains(v.Id)).ToList();
            if (uncounted.Count == 0)
            {
                return await ShownAsync(matches, cancellationToken);
            }

            counted.UnionWith(uncounted.Select(v => v.Id));
            var taken = await TakenAsync([.. uncounted.Select(v => v.Id)], cancellationToken);
            var counts = uncounted.ToDictionary(v => v.Id, v => v with { PlacesLeft = Math.Max(0, v.PlacesLeft!.Value - taken.GetValueOrDefault(v.Id)) });
            for (var i = 0; i < candidates.Count; i++)
            {
                if (counts.TryGetValue(candidates[i].Id, out var withPlacesCounted))
                {
                    candidates[i] = withPlacesCounted;
                }
            }

            if (!counts.Values.Any(v => v.IsFull))
            {
                // None of them is full: the order stands, only the places left change.
                return await ShownAsync([.. matches.Select(m => counts.TryGetValue(m.Vacancy.Id, out var v) ? m with { Vacancy = v } : m)], cancellationToken);
            }
        }
    }

    /// <summary>
    /// One volunteer and one vacancy in full, with the filters it fails ("why not"); null when
    /// either is unknown. A vacancy that is not public counts as not published.
    /// </summary>
    public async Task<Match?> ExplainAsync(int volunteerId, int vacancyId, CancellationToken cancellationToken)
    {
        if (await VolunteerAsync(volunteerId, cancellationToken) is not { } volunteer)
        {
            return null;
        }

        var vacancies = await VacancySnapshots(db.Vacancies.AsNoTracking().Where(v => v.Id == vacancyId), cancellationToken);
        if (vacancies.Count == 0)
        {
            return null;
        }

        var (matcher, _) = await ContextAsync(cancellationToken);
        return matcher.Explain(volunteer, vacancies[0], clock.GetUtcNow());
    }

    /// <summary>
    /// The best <paramref name="count"/> candidate volunteers for the vacancy, only among those who
    /// consented to be proposed, best first; null when the vacancy does not exist.
    /// </summary>
    public async Task<IReadOnlyList<RankedVolunteer>?> RankVolunteersAsync(int vacancyId, int count, CancellationToken cancellationToken)
    {
        var vacancies = await VacancySnapshots(db.Vacancies.AsNoTracking().Where(v => v.Id == vacancyId), cancellationToken);
        if (vacancies.Count == 0)
        {
            return null;
        }

        var (matcher, tagIds) = await ContextAsync(cancellationToken);
        var now = clock.GetUtcNow();

        // Consent is also a hard filter in the matcher; asking SQL first keeps the others out of memory.
        var rows = await VolunteerRows(db.Volunteers.Where(v => v.ConsentToBeProposed)).ToListAsync(cancellationToken);
        var snapshots = rows.Select(r => ToSnapshot(r, tagIds, now.Year)).ToList();
        var matches = matcher.RankVolunteers(vacancies[0], snapshots, now, count);
        var byId = rows.ToDictionary(r => r.Id);
        return [.. matches.Select(m => new RankedVolunteer(m.Volunteer.Id, byId[m.Volunteer.Id].Name, byId[m.Volunteer.Id].Postcode, m))];
    }

    /// <summary>The matcher with the centre's names for categories, skills and tags; read once per scope.</summary>
    public async Task<Matcher> MatcherAsync(CancellationToken cancellationToken) => (await ContextAsync(cancellationToken)).Matcher;

    /// <summary>
    /// The public vacancies worth scoring: in the volunteer's interests if they chose any (unless
    /// <see cref="RankingOptions.BeyondInterests"/>), around their postcode inside a box of the
    /// travel limit (or <see cref="RadiusWithoutLimitKm"/>) unless the work is from home, and
    /// accepted by <see cref="RankingOptions.Where"/>. Exact distances are the matcher's job.
    /// </summary>
    private static CandidateCriteria Candidates(VolunteerSnapshot volunteer, RankingOptions options) => new()
    {
        CategoryIds = !options.BeyondInterests && !volunteer.InterestIds.IsEmpty ? [.. volunteer.InterestIds] : [],
        Origin = volunteer.Location,
        BoxKm = volunteer.MaxDistanceKm ?? RadiusWithoutLimitKm,
        Where = options.Where,
        ReadAfter = options.ReadAfter,
    };

    /// <summary>The ranked vacancies with their titles, organisations and places.</summary>
    private async Task<IReadOnlyList<RankedVacancy>> ShownAsync(IReadOnlyList<Match> matches, CancellationToken cancellationToken)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        var ids = matches.Select(m => m.Vacancy.Id).ToArray();
        var shown = await db.Vacancies.AsNoTracking()
            .Where(v => EF.Parameter(ids).Contains(v.Id))
            .Select(v => new { v.Id, v.Title, Organisation = v.Organisation!.Name, v.Place, v.IsRemote, SourceCentre = v.ExchangeSource!.Name })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        return [.. matches.Select(m =>
        {
            var v = shown[m.Vacancy.Id];
            return new RankedVacancy(v.Id, v.Title, v.Organisation, v.Place, v.IsRemote, m) { SourceCentre = v.SourceCentre };
        })];
    }

    /// <summary>
    /// Snapshots of vacancies of any status (for <see cref="ExplainAsync"/>, staff's ranking and
    /// tests; one or a few at a time): "published" means public today, as
    /// <see cref="VacancyQueries.PublicOn"/> decides, and places taken are counted.
    /// </summary>
    public async Task<List<VacancySnapshot>> VacancySnapshots(IQueryable<Vacancy> vacancies, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var rows = await vacancies
            .Select(v => new
            {
                v.Id, v.CategoryId, v.Commitment, v.Schedule, v.HoursPerWeek, v.IsRemote, v.RequiresVog,
                v.Latitude, v.Longitude, v.PublishedAt, v.EndDate, v.MinimumAge, v.Places,
                Tags = v.SuitableFor.Select(t => t.Id).ToList(),
                Skills = v.Skills.Select(s => s.Id).ToList(),
                Taken = v.Applications.AsQueryable().Count(ApplicationQueries.HoldsPlace),
                IsPublic = v.Status == VacancyStatus.Published
                    && (v.EndDate == null || v.EndDate >= today)
                    && v.Organisation!.Status == Domain.Organisations.OrganisationStatus.Approved,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(v => new IndexedVacancy(
                v.Id, v.CategoryId, v.Commitment, v.Schedule, v.HoursPerWeek, v.IsRemote, v.RequiresVog,
                v.Latitude, v.Longitude, v.PublishedAt, v.EndDate, v.Tags, v.Skills, v.MinimumAge, v.Places).ToMatching() with
            {
                IsPublished = v.IsPublic,
                PlacesLeft = v.Places is { } places ? Math.Max(0, places - v.Taken) : null,
            });
    }

    /// <summary>Applications holding a place, per vacancy (of those given, which have a limited number of places).</summary>
    private async Task<Dictionary<int, int>> TakenAsync(int[] limited, CancellationToken cancellationToken)
    {
        return limited.Length == 0
            ? []
            : await db.Applications.AsNoTracking()
                .Where(a => EF.Parameter(limited).Contains(a.VacancyId))
                .Where(ApplicationQueries.HoldsPlace)
                .GroupBy(a => a.VacancyId)
                .Select(g => new { VacancyId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.VacancyId, x => x.Count, cancellationToken);
    }

    private IQueryable<VolunteerRow> VolunteerRows(IQueryable<Volunteer> volunteers) =>
        volunteers.AsNoTracking()
            .Where(v => v.ErasedAt == null)
            .Select(v => new VolunteerRow
            {
                Id = v.Id,
                Name = v.Name,
                Postcode = v.Postcode,
                Interests = v.Interests.Select(c => c.Id).ToList(),
                Skills = v.Skills.Select(s => s.Id).ToList(),
                Availability = v.Availability,
                HoursPerWeek = v.HoursPerWeek,
                Latitude = v.Latitude,
                Longitude = v.Longitude,
                MaxDistanceKm = v.MaxDistanceKm,
                BirthYear = v.BirthYear,
                DutchLevel = v.DutchLevel,
                WillingToGetVog = v.WillingToGetVog,
                ConsentToBeProposed = v.ConsentToBeProposed,

                // All of them, declined and withdrawn too: those should not be suggested again.
                Applied = db.Applications.Where(a => a.VolunteerId == v.Id).Select(a => a.VacancyId).ToList(),
            })
            .AsSplitQuery();

    private static VolunteerSnapshot ToSnapshot(VolunteerRow row, Dictionary<string, int> tagIds, int year) =>
        new()
        {
            Id = row.Id,
            InterestIds = IdSet.Of(row.Interests),
            SkillIds = IdSet.Of(row.Skills),
            SuitableForIds = IdSet.Of(GroupsOf(row, tagIds, year)),
            Availability = row.Availability,
            HoursPerWeek = row.HoursPerWeek,
            Location = row.Latitude is { } lat && row.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
            MaxDistanceKm = row.MaxDistanceKm,
            BirthYear = row.BirthYear,
            WillingToGetVog = row.WillingToGetVog,
            ConsentToBeProposed = row.ConsentToBeProposed,
            AppliedVacancyIds = IdSet.Of(row.Applied),
        };

    /// <summary>
    /// The "geschikt voor" groups a profile tells us without asking: 55-plussers and young people
    /// (MaS/MDT, up to 27) from the birth year, anderstaligen from a beginner's or reasonable Dutch
    /// (docs/adr/0031). The other tags (a disability, distance to the labour market) are not guessed.
    /// </summary>
    private static IEnumerable<int> GroupsOf(VolunteerRow row, Dictionary<string, int> tagIds, int year)
    {
        if (row.BirthYear is { } born && year - born >= 55 && tagIds.TryGetValue("55plus", out var seniors))
        {
            yield return seniors;
        }

        if (row.BirthYear is { } b && year - b <= 27 && tagIds.TryGetValue("jongeren", out var young))
        {
            yield return young;
        }

        if (row.DutchLevel is DutchLevel.Beginner or DutchLevel.Reasonable && tagIds.TryGetValue("anderstaligen", out var otherLanguage))
        {
            yield return otherLanguage;
        }
    }

    private async Task<(Matcher Matcher, Dictionary<string, int> TagIds)> ContextAsync(CancellationToken cancellationToken)
    {
        if (_context is { } context)
        {
            return context;
        }

        var categories = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        var skills = await db.Skills.AsNoTracking().ToListAsync(cancellationToken);
        var tags = await db.SuitableForTags.AsNoTracking().ToListAsync(cancellationToken);
        _context = (new Matcher(weights, MatchNames.From(categories, skills, tags)), tags.ToDictionary(t => t.Slug, t => t.Id));
        return _context.Value;
    }

    private sealed class VolunteerRow
    {
        public int Id { get; init; }

        public string Name { get; init; } = string.Empty;

        public string? Postcode { get; init; }

        public List<int> Interests { get; init; } = [];

        public List<int> Skills { get; init; } = [];

        public WeekSchedule Availability { get; init; }

        public int? HoursPerWeek { get; init; }

        public double? Latitude { get; init; }

        public double? Longitude { get; init; }

        public int? MaxDistanceKm { get; init; }

        public int? BirthYear { get; init; }

        public DutchLevel? DutchLevel { get; init; }

        public bool WillingToGetVog { get; init; }

        public bool ConsentToBeProposed { get; init; }

        public List<int> Applied { get; init; } = [];
    }
}
