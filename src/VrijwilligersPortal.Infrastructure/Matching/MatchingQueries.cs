using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Matching;

/// <summary>A vacancy in a ranking, with what a list needs to show it.</summary>
public sealed record RankedVacancy(int VacancyId, string Title, string OrganisationName, string? Place, bool IsRemote, Match Match);

/// <summary>A candidate volunteer in a ranking for staff, with what a list needs to show them.</summary>
public sealed record RankedVolunteer(int VolunteerId, string Name, string? Postcode, Match Match);

/// <summary>
/// Matching against the database: a SQL prefilter narrows the candidates (public vacancies, a
/// bounding box around the volunteer's postcode unless the work is from home, the volunteer's
/// categories), the domain <see cref="Matcher"/> scores them in memory and explains the best
/// (docs/matching.md, docs/adr/0031). Used by /mijn/voor-jou, the vacancy page, the staff
/// candidate list and the alert job. One instance per scope (it holds a <see cref="PortalDbContext"/>).
/// </summary>
public sealed class MatchingQueries(PortalDbContext db, TimeProvider clock, MatchWeights weights)
{
    /// <summary>At most this many candidates are scored, the newest first; enough for any area of the Netherlands at our volumes.</summary>
    public const int MaxCandidates = 2_000;

    /// <summary>The bounding box for a volunteer who gave no travel limit: beyond this the distance signal is long zero.</summary>
    public const int RadiusWithoutLimitKm = 30;

    private const double KmPerDegreeLatitude = 111.2;

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
    /// The best <paramref name="count"/> vacancies for the volunteer, best first. <paramref name="narrow"/>
    /// adds conditions to the SQL prefilter (the alert job: only new ones, none sent before).
    /// </summary>
    public async Task<IReadOnlyList<RankedVacancy>> RankVacanciesAsync(
        VolunteerSnapshot volunteer,
        int count,
        CancellationToken cancellationToken,
        Func<IQueryable<Vacancy>, IQueryable<Vacancy>>? narrow = null)
    {
        var (matcher, _) = await ContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var candidates = db.Vacancies.AsNoTracking().PublicOn(clock.Today());
        if (narrow is not null)
        {
            candidates = narrow(candidates);
        }

        // Around a postcode the box and from-home searches are bounded, so they are read whole
        // and capped here: an ORDER BY over their UNION makes SQLite walk the publication-date
        // index of every vacancy instead. Without a postcode the newest are read straight away.
        var prefiltered = Prefilter(candidates, volunteer);
        if (volunteer.Location is null)
        {
            prefiltered = prefiltered.OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id).Take(MaxCandidates);
        }

        var snapshots = await CandidateSnapshots(prefiltered, matcher, volunteer, now, count, cancellationToken);
        var matches = matcher.RankVacancies(volunteer, snapshots, now, count);
        if (matches.Count == 0)
        {
            return [];
        }

        var ids = matches.Select(m => m.Vacancy.Id).ToList();
        var shown = await db.Vacancies.AsNoTracking()
            .Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, v.Title, Organisation = v.Organisation!.Name, v.Place, v.IsRemote })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        return [.. matches.Select(m =>
        {
            var v = shown[m.Vacancy.Id];
            return new RankedVacancy(v.Id, v.Title, v.Organisation, v.Place, v.IsRemote, m);
        })];
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
    /// Narrows <paramref name="vacancies"/> (already public) to those worth scoring: the
    /// volunteer's interests if they chose any, and around their postcode a bounding box of the
    /// travel limit plus everything from home. The box and from-home parts are two index searches
    /// joined by UNION ALL (an OR between them would scan the table); a from-home vacancy inside
    /// the box comes twice and is dropped once in memory. Exact distances are the matcher's job.
    /// </summary>
    public static IQueryable<Vacancy> Prefilter(IQueryable<Vacancy> vacancies, VolunteerSnapshot volunteer)
    {
        if (!volunteer.InterestIds.IsEmpty)
        {
            var interests = volunteer.InterestIds.ToList();
            vacancies = vacancies.Where(v => interests.Contains(v.CategoryId));
        }

        if (volunteer.Location is not { } at)
        {
            return vacancies;
        }

        var km = volunteer.MaxDistanceKm ?? RadiusWithoutLimitKm;
        var dLat = km / KmPerDegreeLatitude;
        var dLon = km / (KmPerDegreeLatitude * Math.Max(0.01, Math.Cos(at.Latitude * Math.PI / 180)));
        double south = at.Latitude - dLat, north = at.Latitude + dLat, west = at.Longitude - dLon, east = at.Longitude + dLon;
        var inBox = vacancies.Where(v => v.Latitude >= south && v.Latitude <= north && v.Longitude >= west && v.Longitude <= east);
        var fromHome = vacancies.Where(v => v.IsRemote);
        return inBox.Concat(fromHome);
    }

    /// <summary>
    /// Snapshots of vacancies of any status (for <see cref="ExplainAsync"/> and staff's ranking):
    /// "published" means public today, as <see cref="VacancyQueries.PublicOn"/> decides.
    /// </summary>
    public async Task<List<VacancySnapshot>> VacancySnapshots(IQueryable<Vacancy> vacancies, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var rows = await vacancies
            .Select(v => new VacancyRow
            {
                Id = v.Id,
                CategoryId = v.CategoryId,
                Schedule = v.Schedule,
                HoursPerWeek = v.HoursPerWeek,
                Latitude = v.Latitude,
                Longitude = v.Longitude,
                IsRemote = v.IsRemote,
                MinimumAge = v.MinimumAge,
                RequiresVog = v.RequiresVog,
                Places = v.Places,
                PublishedAt = v.PublishedAt,
                IsPublic = v.Status == VacancyStatus.Published
                    && (v.EndDate == null || v.EndDate >= today)
                    && v.Organisation!.Status == Domain.Organisations.OrganisationStatus.Approved,
            })
            .ToListAsync(cancellationToken);
        return await CompleteAsync(rows, null, cancellationToken);
    }

    /// <summary>
    /// Snapshots of the candidates from <see cref="Prefilter"/> (public already) that can still
    /// make the best <paramref name="count"/>. First pass: the vacancy's own columns and places
    /// taken, scored without skills and tags; a candidate whose score plus the most those two can
    /// add stays below the <paramref name="count"/>-th best is dropped, so the result is exactly the
    /// one a full read would give. Second pass: skills and tags for the few that are left.
    /// Navigations cannot follow the UNION (that would need SQL APPLY), hence separate queries.
    /// </summary>
    private async Task<List<VacancySnapshot>> CandidateSnapshots(
        IQueryable<Vacancy> candidates,
        Matcher matcher,
        VolunteerSnapshot volunteer,
        DateTimeOffset now,
        int count,
        CancellationToken cancellationToken)
    {
        if (volunteer.Location is not null && volunteer.InterestIds.IsEmpty)
        {
            // A box without categories can hold many thousands: pick the newest by id and date
            // only, then read the rest of those.
            var newest = (await candidates.Select(v => new { v.Id, v.PublishedAt }).ToListAsync(cancellationToken))
                .DistinctBy(v => v.Id)
                .OrderByDescending(v => v.PublishedAt)
                .ThenByDescending(v => v.Id)
                .Take(MaxCandidates)
                .Select(v => v.Id)
                .ToArray();
            candidates = db.Vacancies.AsNoTracking().Where(v => EF.Parameter(newest).Contains(v.Id));
        }

        var rows = await candidates
            .Select(v => new VacancyRow
            {
                Id = v.Id,
                CategoryId = v.CategoryId,
                Schedule = v.Schedule,
                HoursPerWeek = v.HoursPerWeek,
                Latitude = v.Latitude,
                Longitude = v.Longitude,
                IsRemote = v.IsRemote,
                MinimumAge = v.MinimumAge,
                RequiresVog = v.RequiresVog,
                Places = v.Places,
                PublishedAt = v.PublishedAt,
                IsPublic = true,
            })
            .ToListAsync(cancellationToken);
        rows = [.. rows.DistinctBy(r => r.Id)];
        if (rows.Count > MaxCandidates)
        {
            rows = [.. rows.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(MaxCandidates)];
        }

        var taken = await TakenAsync(rows, cancellationToken);
        var firstPass = rows.ConvertAll(r => ToSnapshot(r, taken, [], []));
        var scores = firstPass.ConvertAll(v => matcher.ScoreOf(volunteer, v, now));
        var eligible = scores.Where(s => s is not null).Select(s => s!.Value).OrderDescending().ToList();
        if (eligible.Count > count && count > 0)
        {
            var bar = eligible[count - 1] - matcher.Weights.Skills - matcher.Weights.SuitableFor - 1e-9;
            rows = [.. rows.Where((_, i) => scores[i] is { } score && score >= bar)];
        }
        else
        {
            rows = [.. rows.Where((_, i) => scores[i] is not null)];
        }

        return await CompleteAsync(rows, taken, cancellationToken);
    }

    /// <summary>
    /// Adds skills, tags and places taken in three queries by id. The ids go as one array
    /// parameter (<c>EF.Parameter</c>: json_each on SQLite, <c>= ANY</c> on PostgreSQL): thousands of
    /// separate parameters cost more to build and plan than the search itself. A from-home vacancy
    /// inside the box came twice; once is kept.
    /// </summary>
    private async Task<List<VacancySnapshot>> CompleteAsync(List<VacancyRow> rows, Dictionary<int, int>? taken, CancellationToken cancellationToken)
    {
        var seen = new HashSet<int>(rows.Count);
        rows.RemoveAll(r => !seen.Add(r.Id));
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.ConvertAll(r => r.Id).ToArray();
        var skills = (await db.Vacancies.AsNoTracking()
                .Where(v => EF.Parameter(ids).Contains(v.Id))
                .SelectMany(v => v.Skills, (v, s) => new { VacancyId = v.Id, SkillId = s.Id })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.VacancyId, x => x.SkillId);
        var tags = (await db.Vacancies.AsNoTracking()
                .Where(v => EF.Parameter(ids).Contains(v.Id))
                .SelectMany(v => v.SuitableFor, (v, t) => new { VacancyId = v.Id, TagId = t.Id })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.VacancyId, x => x.TagId);
        taken ??= await TakenAsync(rows, cancellationToken);
        return rows.ConvertAll(r => ToSnapshot(r, taken, skills[r.Id], tags[r.Id]));
    }

    /// <summary>Applications holding a place, per vacancy with a limited number of places.</summary>
    private async Task<Dictionary<int, int>> TakenAsync(List<VacancyRow> rows, CancellationToken cancellationToken)
    {
        var limited = rows.Where(r => r.Places is not null).Select(r => r.Id).ToArray();
        return limited.Length == 0
            ? []
            : await db.Applications.AsNoTracking()
                .Where(a => EF.Parameter(limited).Contains(a.VacancyId))
                .Where(ApplicationQueries.HoldsPlace)
                .GroupBy(a => a.VacancyId)
                .Select(g => new { VacancyId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.VacancyId, x => x.Count, cancellationToken);
    }

    private static VacancySnapshot ToSnapshot(VacancyRow v, Dictionary<int, int> taken, IEnumerable<int> skills, IEnumerable<int> tags) => new()
    {
        Id = v.Id,
        CategoryId = v.CategoryId,
        SkillIds = IdSet.Of(skills),
        SuitableForIds = IdSet.Of(tags),
        Schedule = v.Schedule,
        HoursPerWeek = v.HoursPerWeek,
        Location = v.Latitude is { } lat && v.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
        IsRemote = v.IsRemote,
        MinimumAge = v.MinimumAge,
        RequiresVog = v.RequiresVog,
        IsPublished = v.IsPublic,
        PlacesLeft = v.Places is { } places ? Math.Max(0, places - taken.GetValueOrDefault(v.Id)) : null,
        PublishedAt = v.PublishedAt,
    };

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

    private sealed class VacancyRow
    {
        public int Id { get; init; }

        public int CategoryId { get; init; }

        public WeekSchedule Schedule { get; init; }

        public int? HoursPerWeek { get; init; }

        public double? Latitude { get; init; }

        public double? Longitude { get; init; }

        public bool IsRemote { get; init; }

        public int? MinimumAge { get; init; }

        public bool RequiresVog { get; init; }

        public int? Places { get; init; }

        public DateTimeOffset? PublishedAt { get; init; }

        public bool IsPublic { get; init; }
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
