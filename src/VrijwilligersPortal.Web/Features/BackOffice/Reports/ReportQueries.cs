using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice.Reports;

public sealed record ApplicationRow(int Id, int VolunteerId, int OrganisationId, DateTimeOffset SubmittedAt, DateTimeOffset? FirstAnswerAt);

public sealed record ApplicationChangeRow(int ApplicationId, int VolunteerId, int OrganisationId, int VacancyId, ApplicationStatus To, DateTimeOffset At, int? BirthYear);

public sealed record MediationRow(
    int Id,
    int VolunteerId,
    ReferralSource? Source,
    DateTimeOffset RequestedAt,
    DateTimeOffset? IntakeAt,
    DateTimeOffset? PlacedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<int> Groups,
    int? Rating,
    DateTimeOffset? FollowedUpAt,
    string? Story);

/// <summary>An answered follow-up after a placement.</summary>
public sealed record FollowUpRow(int ApplicationId, FollowUpRespondent Respondent, DateTimeOffset AnsweredAt, int Rating, bool StillActive, string? Story);

/// <summary>A placement with at least one answered follow-up: when it began, and whether the latest answer says "still active".</summary>
public sealed record PlacementOutcomeRow(DateTimeOffset PlacedAt, bool StillActive);

public sealed record VacancyChangeRow(int VacancyId, int OrganisationId, int CategoryId, VacancyStatus? From, VacancyStatus To, ClosedReason? Reason, DateTimeOffset At);

public sealed record EndedVacancyRow(int VacancyId, int CategoryId, DateOnly EndDate, DateTimeOffset? ClosedAt, bool AnyPlacement);

/// <summary>Everything the report counts, read from the recorded history for the span of its three periods.</summary>
public sealed record ReportRows(
    IReadOnlyList<ApplicationRow> Applications,
    IReadOnlyList<ApplicationChangeRow> ApplicationChanges,
    IReadOnlyList<MediationRow> Mediations,
    IReadOnlyList<DateTimeOffset> VolunteersRegistered,
    IReadOnlyList<DateTimeOffset> OrganisationsRegistered,
    IReadOnlyList<DateTimeOffset> OrganisationsApproved,
    IReadOnlyList<VacancyChangeRow> VacancyChanges,
    IReadOnlyList<EndedVacancyRow> EndedVacancies,
    IReadOnlyList<FollowUpRow> FollowUps,
    IReadOnlyDictionary<int, IReadOnlyList<int>> VacancyGroups,
    IReadOnlyDictionary<int, string> Categories,
    IReadOnlyDictionary<int, string> Groups)
{
    /// <summary>Questions of organisations first answered within the span (issue 16).</summary>
    public IReadOnlyList<AnsweredQuestionRow> AnsweredQuestions { get; init; } = [];

    public IReadOnlyDictionary<int, string> QuestionTopics { get; init; } = new Dictionary<int, string>();

    /// <summary>Placements that turned 3, 6 or 12 months old in one of the periods (and a day either side), with their latest answer.</summary>
    public IReadOnlyList<PlacementOutcomeRow> Outcomes { get; init; } = [];
}

/// <summary>A question of an organisation with the moment staff first answered it.</summary>
public sealed record AnsweredQuestionRow(int TopicId, DateTimeOffset AskedAt, DateTimeOffset FirstAnsweredAt);

/// <summary>
/// The report's reads (docs/adr/0085): status changes with their time from the history tables,
/// never a record's current status, so last March's figures stay what they were. Where a figure
/// belongs is the four-digit postcode of the vacancy (or its organisation when the vacancy has
/// none), of the organisation, or of the volunteer for registrations and mediations.
/// </summary>
public static class ReportQueries
{
    /// <summary>The ages of a placement, in months, at which the report asks "still active?".</summary>
    public static readonly int[] StillActiveAfterMonths = [3, 6, 12];

    /// <summary>
    /// The report for <paramref name="period"/> in an area (<paramref name="codes"/>, or null for
    /// the whole centre), beside the period before and the same period a year earlier: a read of
    /// the history of those periods, then counting in memory. The page and the benchmark
    /// (benchmarks/…/Reports) both run this.
    /// </summary>
    public static async Task<Report> BuildAsync(PortalDbContext db, ReportPeriod period, IReadOnlyCollection<string>? codes, string area, Func<string, string> text, CancellationToken cancellationToken)
    {
        var rows = await LoadAsync(db, [period, period.Previous(), period.YearEarlier()], codes, cancellationToken);
        return new ReportBuilder(rows, text).Build(period, area);
    }

    /// <summary>
    /// The runs of days that the periods cover, with overlapping and touching periods joined: a
    /// year's report reads two years (this one and the one before, which is also "a year earlier"),
    /// a month's three separate months rather than the thirteen from the first to the last.
    /// </summary>
    public static IReadOnlyList<ReportPeriod> Spans(IEnumerable<ReportPeriod> periods)
    {
        var spans = new List<ReportPeriod>();
        foreach (var period in periods.OrderBy(p => p.Start))
        {
            if (spans.Count > 0 && period.Start <= spans[^1].End)
            {
                var last = spans[^1];
                spans[^1] = new ReportPeriod(last.Start, period.End > last.End ? period.End : last.End, string.Empty);
            }
            else
            {
                spans.Add(new ReportPeriod(period.Start, period.End, string.Empty));
            }
        }

        return spans;
    }

    /// <summary>
    /// The rows for the given periods: what happened inside them, read span by span
    /// (<see cref="Spans"/>). Every large read starts from an index on time (the history's
    /// moments, when an application was sent, when an answer came) and reads narrow rows, so no
    /// read visits all applications (docs/adr/0113).
    /// </summary>
    public static async Task<ReportRows> LoadAsync(PortalDbContext db, IReadOnlyCollection<ReportPeriod> periods, IReadOnlyCollection<string>? codes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(periods.Count);
        // Vacancies and organisations imported from other centres are never this centre's work (docs/adr/0150).
        var vacancies = db.Vacancies.AsNoTracking().Where(v => v.ExchangeSourceId == null);
        var organisations = db.Organisations.AsNoTracking().Where(o => o.ExchangeSourceId == null);
        var volunteers = db.Volunteers.AsNoTracking();
        if (codes is not null)
        {
            vacancies = vacancies.Where(v => codes.Contains((v.Postcode ?? v.Organisation!.Postcode).Substring(0, 4)));
            organisations = organisations.Where(o => codes.Contains(o.Postcode.Substring(0, 4)));
            volunteers = volunteers.Where(v => v.Postcode != null && codes.Contains(v.Postcode.Substring(0, 4)));
        }

        // Every vacancy with its organisation and area: a few ten thousand narrow rows, read
        // once. The applications and their changes are then read without joins, and this says
        // where they belong.
        var vacancyPlaces = await db.Vacancies.AsNoTracking()
            .Where(v => v.ExchangeSourceId == null)
            .Select(v => new { v.Id, v.OrganisationId, Code = (v.Postcode ?? v.Organisation!.Postcode).Substring(0, 4) })
            .ToListAsync(cancellationToken);
        var organisationOf = vacancyPlaces
            .Where(v => codes is null || codes.Contains(v.Code))
            .ToDictionary(v => v.Id, v => v.OrganisationId);

        var sent = new List<ApplicationRow>();
        var changes = new List<ApplicationChangeRow>();
        var registered = new List<DateTimeOffset>();
        var organisationsRegistered = new List<DateTimeOffset>();
        var approved = new List<DateTimeOffset>();
        var vacancyChanges = new List<VacancyChangeRow>();
        var ended = new List<EndedVacancyRow>();
        var spans = Spans(periods);
        foreach (var span in spans)
        {
            var (from, to, firstDay, endDay) = (span.StartAt, span.EndAt, span.Start, span.End);
            foreach (var a in await db.Applications.AsNoTracking()
                .Where(a => a.SubmittedAt >= from && a.SubmittedAt < to)
                .Select(a => new { a.Id, a.VolunteerId, a.VacancyId, a.SubmittedAt, a.FirstAnsweredAt })
                .ToListAsync(cancellationToken))
            {
                if (organisationOf.TryGetValue(a.VacancyId, out var organisationId))
                {
                    sent.Add(new ApplicationRow(a.Id, a.VolunteerId, organisationId, a.SubmittedAt, a.FirstAnsweredAt));
                }
            }

            // From the history by time (a covering index), then to the application by key.
            foreach (var c in await db.Applications.AsNoTracking()
                .SelectMany(
                    a => a.History.Where(h => h.At >= from && h.At < to && h.To != ApplicationStatus.Submitted),
                    (a, h) => new { a.Id, a.VolunteerId, a.VacancyId, h.To, h.At })
                .ToListAsync(cancellationToken))
            {
                if (organisationOf.TryGetValue(c.VacancyId, out var organisationId))
                {
                    changes.Add(new ApplicationChangeRow(c.Id, c.VolunteerId, organisationId, c.VacancyId, c.To, c.At, null));
                }
            }

            registered.AddRange(await volunteers.Where(v => v.CreatedAt >= from && v.CreatedAt < to).Select(v => v.CreatedAt).ToListAsync(cancellationToken));
            organisationsRegistered.AddRange(await organisations.Where(o => o.RegisteredAt >= from && o.RegisteredAt < to).Select(o => o.RegisteredAt).ToListAsync(cancellationToken));
            approved.AddRange(await organisations
                .SelectMany(o => o.History.Where(h => h.At >= from && h.At < to && h.To == OrganisationStatus.Approved && h.From == OrganisationStatus.Pending), (o, h) => h.At)
                .ToListAsync(cancellationToken));

            vacancyChanges.AddRange(await vacancies
                .SelectMany(
                    v => v.History.Where(h => h.At >= from && h.At < to && (h.To == VacancyStatus.Published || h.To == VacancyStatus.Closed)),
                    (v, h) => new VacancyChangeRow(v.Id, v.OrganisationId, v.CategoryId, h.From, h.To, v.ClosedReason, h.At))
                .ToListAsync(cancellationToken));

            ended.AddRange(await vacancies
                .Where(v => v.EndDate >= firstDay && v.EndDate < endDay && v.PublishedAt != null)
                .Select(v => new EndedVacancyRow(
                    v.Id,
                    v.CategoryId,
                    v.EndDate!.Value,
                    v.History.Where(h => h.To == VacancyStatus.Closed).OrderBy(h => h.At).Select(h => (DateTimeOffset?)h.At).FirstOrDefault(),
                    v.Applications.Any(a => a.PlacedAt != null)))
                .ToListAsync(cancellationToken));
        }

        // Ages count placed volunteers only: their birth years in one read, the ids as one parameter.
        var placedVolunteers = changes.Where(c => c.To == ApplicationStatus.Placed).Select(c => c.VolunteerId).Distinct().ToList();
        var birthYears = await db.Volunteers.AsNoTracking()
            .Where(v => EF.Parameter(placedVolunteers).Contains(v.Id))
            .Select(v => new { v.Id, v.BirthYear })
            .ToDictionaryAsync(v => v.Id, v => v.BirthYear, cancellationToken);
        changes = changes.Select(c => c.To == ApplicationStatus.Placed ? c with { BirthYear = birthYears.GetValueOrDefault(c.VolunteerId) } : c).ToList();

        // Cases last long and are few: every case requested before the end that was still open at
        // the start of the first span, or followed up since. Their moments come from one read of
        // the case histories, not three look-ups per case.
        var first = spans[0].StartAt;
        var last = spans[^1].EndAt;
        var mediations = from m in db.Mediations.AsNoTracking()
                         join v in db.Volunteers on m.VolunteerId equals v.Id
                         where m.RequestedAt < last
                            && (m.Status != MediationStatus.Closed || m.StatusChangedAt >= first || (m.FollowedUpAt >= first && m.FollowedUpAt < last))
                         select new { Mediation = m, v.Postcode };
        if (codes is not null)
        {
            mediations = mediations.Where(x => x.Postcode != null && codes.Contains(x.Postcode.Substring(0, 4)));
        }

        // Closed is a case's last status, so its status time is when it closed. The moments of
        // those cases come from one read of their histories, not three look-ups per case.
        var moments = (await mediations
                .SelectMany(
                    x => x.Mediation.History.Where(h => h.To == MediationStatus.IntakeDone || h.To == MediationStatus.Placed || h.To == MediationStatus.Closed),
                    (x, h) => new { x.Mediation.Id, h.To, h.At })
                .ToListAsync(cancellationToken))
            .GroupBy(h => (h.Id, h.To))
            .ToDictionary(g => g.Key, g => g.Min(h => h.At));
        DateTimeOffset? Moment(int id, MediationStatus to) => moments.TryGetValue((id, to), out var at) ? at : null;

        var mediationRows = (await mediations
            .Select(x => new
            {
                x.Mediation.Id,
                x.Mediation.VolunteerId,
                x.Mediation.ReferralSource,
                x.Mediation.RequestedAt,
                x.Mediation.SuitableForIds,
                x.Mediation.FollowUpRating,
                x.Mediation.FollowedUpAt,
                Story = x.Mediation.StoryMayBeUsed ? x.Mediation.FollowUpStory : null,
            })
            .ToListAsync(cancellationToken))
            .Select(m => new MediationRow(m.Id, m.VolunteerId, m.ReferralSource, m.RequestedAt, Moment(m.Id, MediationStatus.IntakeDone), Moment(m.Id, MediationStatus.Placed), Moment(m.Id, MediationStatus.Closed), m.SuitableForIds.ToList(), m.FollowUpRating, m.FollowedUpAt, m.Story))
            .ToList();

        // Answers given in the periods, and for "still active after 3, 6 and 12 months" the
        // placements that reached that age in a period (a day wider on each side; the builder
        // picks the exact moments) with their latest answer: one row per placement, not every
        // answer of the past year.
        var followUps = new List<FollowUpRow>();
        foreach (var span in spans)
        {
            var (from, to) = (span.StartAt, span.EndAt);
            followUps.AddRange((await db.PlacementFollowUps.AsNoTracking()
                    .Where(f => f.AnsweredAt >= from && f.AnsweredAt < to)
                    .Select(f => new { f.Application!.VacancyId, f.ApplicationId, f.Respondent, AnsweredAt = f.AnsweredAt!.Value, Rating = f.Rating!.Value, StillActive = f.StillActive!.Value, Story = f.StoryMayBeUsed ? f.Story : null })
                    .ToListAsync(cancellationToken))
                .Where(f => organisationOf.ContainsKey(f.VacancyId))
                .Select(f => new FollowUpRow(f.ApplicationId, f.Respondent, f.AnsweredAt, f.Rating, f.StillActive, f.Story)));
        }

        var outcomes = new List<PlacementOutcomeRow>();
        var windows = Spans(periods.SelectMany(p => StillActiveAfterMonths.Select(m => new ReportPeriod(p.Start.AddMonths(-m).AddDays(-1), p.End.AddMonths(-m).AddDays(1), string.Empty))));
        foreach (var window in windows)
        {
            var (from, to) = (window.StartAt, window.EndAt);
            outcomes.AddRange((await db.Applications.AsNoTracking()
                    .Where(a => a.PlacedAt >= from && a.PlacedAt < to)
                    .Select(a => new
                    {
                        a.VacancyId,
                        PlacedAt = a.PlacedAt!.Value,
                        Latest = db.PlacementFollowUps
                            .Where(f => f.ApplicationId == a.Id && f.AnsweredAt != null)
                            .OrderByDescending(f => f.AnsweredAt)
                            .Select(f => f.StillActive)
                            .FirstOrDefault(),
                    })
                    .Where(x => x.Latest != null)
                    .ToListAsync(cancellationToken))
                .Where(x => organisationOf.ContainsKey(x.VacancyId))
                .Select(x => new PlacementOutcomeRow(x.PlacedAt, x.Latest!.Value)));
        }

        // The groups of the vacancies someone was placed at: the ids go as one parameter (a JSON
        // array), so a few thousand of them neither make a statement per count nor a long IN list.
        var placedVacancies = changes.Where(c => c.To == ApplicationStatus.Placed).Select(c => c.VacancyId).Distinct().ToList();
        var vacancyGroups = (await db.Vacancies.AsNoTracking()
                .Where(v => EF.Parameter(placedVacancies).Contains(v.Id))
                .SelectMany(v => v.SuitableFor, (v, t) => new { VacancyId = v.Id, GroupId = t.Id })
                .ToListAsync(cancellationToken))
            .GroupBy(g => g.VacancyId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(x => x.GroupId).ToList());

        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var groups = await db.SuitableForTags.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var answeredQuestions = await db.Questions.AsNoTracking()
            .Where(q => q.FirstAnsweredAt >= first && q.FirstAnsweredAt < last && organisations.Any(o => o.Id == q.OrganisationId))
            .Select(q => new AnsweredQuestionRow(q.TopicId, q.AskedAt, q.FirstAnsweredAt!.Value))
            .ToListAsync(cancellationToken);
        var topics = await db.QuestionTopics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        return new ReportRows(sent, changes, mediationRows, registered, organisationsRegistered, approved, vacancyChanges, ended, followUps, vacancyGroups, categories, groups)
        {
            AnsweredQuestions = answeredQuestions,
            QuestionTopics = topics,
            Outcomes = outcomes,
        };
    }

    /// <summary>The municipalities and places the centre works in: those of the postcodes its organisations, vacancies and volunteers use.</summary>
    public static async Task<(IReadOnlyList<string> Municipalities, IReadOnlyList<string> Places)> AreasAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var codes = await db.Organisations.Where(o => o.ExchangeSourceId == null).Select(o => o.Postcode.Substring(0, 4))
            .Union(db.Vacancies.Where(v => v.Postcode != null && v.ExchangeSourceId == null).Select(v => v.Postcode!.Substring(0, 4)))
            .Union(db.Volunteers.Where(v => v.Postcode != null).Select(v => v.Postcode!.Substring(0, 4)))
            .ToListAsync(cancellationToken);
        var areas = await db.PostcodeAreas.AsNoTracking()
            .Where(p => codes.Contains(p.Code))
            .Select(p => new { p.Municipality, p.Place })
            .ToListAsync(cancellationToken);
        return (
            areas.Where(a => a.Municipality is not null).Select(a => a.Municipality!).Distinct().Order(StringComparer.CurrentCulture).ToList(),
            areas.Select(a => a.Place).Distinct().Order(StringComparer.CurrentCulture).ToList());
    }

    /// <summary>The four-digit postcodes of a municipality or place, or null when it is unknown.</summary>
    public static async Task<IReadOnlyCollection<string>?> CodesAsync(PortalDbContext db, string? municipality, string? place, CancellationToken cancellationToken)
    {
        var codes = !string.IsNullOrWhiteSpace(municipality)
            ? await db.PostcodeAreas.Where(p => p.Municipality == municipality.Trim()).Select(p => p.Code).Distinct().ToListAsync(cancellationToken)
            : await db.PostcodeAreas.Where(p => p.Place == place!.Trim()).Select(p => p.Code).Distinct().ToListAsync(cancellationToken);
        return codes.Count == 0 ? null : codes;
    }
}
