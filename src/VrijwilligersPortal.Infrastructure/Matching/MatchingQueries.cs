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
    public const int MaxCandidates = 5_000;

    /// <summary>The bounding box for a volunteer who gave no travel limit: beyond this the distance signal is long zero.</summary>
    public const int RadiusWithoutLimitKm = 50;

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
        var candidates = Prefilter(db.Vacancies.AsNoTracking().PublicOn(clock.Today()), volunteer);
        if (narrow is not null)
        {
            candidates = narrow(candidates);
        }

        var snapshots = await VacancySnapshots(candidates.OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Id).Take(MaxCandidates), cancellationToken);
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
        return [.. matches.Select(m => shown[m.Vacancy.Id] is var v ? new RankedVacancy(v.Id, v.Title, v.Organisation, v.Place, v.IsRemote, m) : null!)];
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
    /// Status and end date (the caller's), then a bounding box around the volunteer unless the work
    /// is from home, then the volunteer's interests. Exact distances and everything else are the
    /// matcher's job; the box only has to contain every vacancy the travel limit allows.
    /// </summary>
    public static IQueryable<Vacancy> Prefilter(IQueryable<Vacancy> vacancies, VolunteerSnapshot volunteer)
    {
        if (volunteer.Location is { } at)
        {
            var km = volunteer.MaxDistanceKm ?? RadiusWithoutLimitKm;
            var dLat = km / KmPerDegreeLatitude;
            var dLon = km / (KmPerDegreeLatitude * Math.Max(0.01, Math.Cos(at.Latitude * Math.PI / 180)));
            double south = at.Latitude - dLat, north = at.Latitude + dLat, west = at.Longitude - dLon, east = at.Longitude + dLon;
            vacancies = vacancies.Where(v => v.IsRemote
                || (v.Latitude >= south && v.Latitude <= north && v.Longitude >= west && v.Longitude <= east)
                || v.Latitude == null);
        }

        if (!volunteer.InterestIds.IsEmpty)
        {
            var interests = volunteer.InterestIds.ToList();
            vacancies = vacancies.Where(v => interests.Contains(v.CategoryId));
        }

        return vacancies;
    }

    /// <summary>Vacancy snapshots projected in SQL; "published" means public today, as <see cref="VacancyQueries.PublicOn"/> decides.</summary>
    public async Task<List<VacancySnapshot>> VacancySnapshots(IQueryable<Vacancy> vacancies, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var rows = await vacancies
            .Select(v => new
            {
                v.Id,
                v.CategoryId,
                Skills = v.Skills.Select(s => s.Id).ToList(),
                Tags = v.SuitableFor.Select(t => t.Id).ToList(),
                v.Schedule,
                v.HoursPerWeek,
                v.Latitude,
                v.Longitude,
                v.IsRemote,
                v.MinimumAge,
                v.RequiresVog,
                IsPublic = v.Status == VacancyStatus.Published
                    && (v.EndDate == null || v.EndDate >= today)
                    && v.Organisation!.Status == Domain.Organisations.OrganisationStatus.Approved,
                v.Places,
                Taken = v.Applications.Count(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InContact || a.Status == ApplicationStatus.Placed),
                v.PublishedAt,
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(v => new VacancySnapshot
        {
            Id = v.Id,
            CategoryId = v.CategoryId,
            SkillIds = IdSet.Of(v.Skills),
            SuitableForIds = IdSet.Of(v.Tags),
            Schedule = v.Schedule,
            HoursPerWeek = v.HoursPerWeek,
            Location = v.Latitude is { } lat && v.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
            IsRemote = v.IsRemote,
            MinimumAge = v.MinimumAge,
            RequiresVog = v.RequiresVog,
            IsPublished = v.IsPublic,
            PlacesLeft = v.Places is { } places ? Math.Max(0, places - v.Taken) : null,
            PublishedAt = v.PublishedAt,
        });
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
