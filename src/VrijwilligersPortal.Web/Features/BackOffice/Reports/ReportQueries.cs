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

/// <summary>An answered follow-up after a placement, with the moment of that placement.</summary>
public sealed record FollowUpRow(int ApplicationId, FollowUpRespondent Respondent, DateTimeOffset AnsweredAt, int Rating, bool StillActive, string? Story, DateTimeOffset? PlacedAt);

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
    /// <summary>How far before the first period follow-up answers are read (the longest "still active after" span).</summary>
    public const int FollowUpLookBackMonths = 13;

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

    /// <summary>The rows for the given periods: what happened inside them, read span by span (<see cref="Spans"/>).</summary>
    public static async Task<ReportRows> LoadAsync(PortalDbContext db, IReadOnlyCollection<ReportPeriod> periods, IReadOnlyCollection<string>? codes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(periods.Count);
        var vacancies = db.Vacancies.AsNoTracking();
        var applications = db.Applications.AsNoTracking();
        var organisations = db.Organisations.AsNoTracking();
        var volunteers = db.Volunteers.AsNoTracking();
        if (codes is not null)
        {
            vacancies = vacancies.Where(v => codes.Contains((v.Postcode ?? v.Organisation!.Postcode).Substring(0, 4)));
            applications = applications.Where(a => codes.Contains((a.Vacancy!.Postcode ?? a.Vacancy.Organisation!.Postcode).Substring(0, 4)));
            organisations = organisations.Where(o => codes.Contains(o.Postcode.Substring(0, 4)));
            volunteers = volunteers.Where(v => v.Postcode != null && codes.Contains(v.Postcode.Substring(0, 4)));
        }

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
            sent.AddRange(await applications
                .Where(a => a.SubmittedAt >= from && a.SubmittedAt < to)
                .Select(a => new ApplicationRow(
                    a.Id,
                    a.VolunteerId,
                    a.Vacancy!.OrganisationId,
                    a.SubmittedAt,
                    a.History
                        .Where(h => h.To == ApplicationStatus.InContact || h.To == ApplicationStatus.Placed || h.To == ApplicationStatus.Declined)
                        .OrderBy(h => h.At)
                        .Select(h => (DateTimeOffset?)h.At)
                        .FirstOrDefault()))
                .ToListAsync(cancellationToken));

            changes.AddRange(await applications
                .SelectMany(
                    a => a.History.Where(h => h.At >= from && h.At < to && h.To != ApplicationStatus.Submitted),
                    (a, h) => new ApplicationChangeRow(
                        a.Id,
                        a.VolunteerId,
                        a.Vacancy!.OrganisationId,
                        a.VacancyId,
                        h.To,
                        h.At,
                        db.Volunteers.Where(v => v.Id == a.VolunteerId).Select(v => v.BirthYear).FirstOrDefault()))
                .ToListAsync(cancellationToken));

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
                    v.Applications.Any(a => a.History.Any(h => h.To == ApplicationStatus.Placed))))
                .ToListAsync(cancellationToken));
        }

        // Cases last long and are few: every case requested before the end that was still open at
        // the start of the first span, or followed up since.
        var first = spans[0].StartAt;
        var last = spans[^1].EndAt;
        var mediations = from m in db.Mediations.AsNoTracking()
                         join v in db.Volunteers on m.VolunteerId equals v.Id
                         where m.RequestedAt < last
                         select new { Mediation = m, v.Postcode };
        if (codes is not null)
        {
            mediations = mediations.Where(x => x.Postcode != null && codes.Contains(x.Postcode.Substring(0, 4)));
        }

        var mediationRows = (await mediations
            .Select(x => new
            {
                x.Mediation.Id,
                x.Mediation.VolunteerId,
                x.Mediation.ReferralSource,
                x.Mediation.RequestedAt,
                IntakeAt = x.Mediation.History.Where(h => h.To == MediationStatus.IntakeDone).OrderBy(h => h.At).Select(h => (DateTimeOffset?)h.At).FirstOrDefault(),
                PlacedAt = x.Mediation.History.Where(h => h.To == MediationStatus.Placed).OrderBy(h => h.At).Select(h => (DateTimeOffset?)h.At).FirstOrDefault(),
                ClosedAt = x.Mediation.History.Where(h => h.To == MediationStatus.Closed).OrderBy(h => h.At).Select(h => (DateTimeOffset?)h.At).FirstOrDefault(),
                x.Mediation.SuitableForIds,
                x.Mediation.FollowUpRating,
                x.Mediation.FollowedUpAt,
                Story = x.Mediation.StoryMayBeUsed ? x.Mediation.FollowUpStory : null,
            })
            .ToListAsync(cancellationToken))
            .Where(m => m.ClosedAt is null || m.ClosedAt >= first || (m.FollowedUpAt >= first && m.FollowedUpAt < last))
            .Select(m => new MediationRow(m.Id, m.VolunteerId, m.ReferralSource, m.RequestedAt, m.IntakeAt, m.PlacedAt, m.ClosedAt, m.SuitableForIds.ToList(), m.FollowUpRating, m.FollowedUpAt, m.Story))
            .ToList();

        // Answers about placements up to a year before the first period: the "still active after
        // 3, 6 and 12 months" figures look back that far.
        var answeredFrom = first.AddMonths(-FollowUpLookBackMonths);
        var followUps = await applications
            .Join(db.PlacementFollowUps.Where(f => f.AnsweredAt >= answeredFrom), a => a.Id, f => f.ApplicationId, (a, f) => new { Application = a, FollowUp = f })
            .Select(x => new FollowUpRow(
                x.Application.Id,
                x.FollowUp.Respondent,
                x.FollowUp.AnsweredAt!.Value,
                x.FollowUp.Rating!.Value,
                x.FollowUp.StillActive!.Value,
                x.FollowUp.StoryMayBeUsed ? x.FollowUp.Story : null,
                x.Application.History.Where(h => h.To == ApplicationStatus.Placed).OrderBy(h => h.At).Select(h => (DateTimeOffset?)h.At).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var placedVacancies = changes.Where(c => c.To == ApplicationStatus.Placed).Select(c => c.VacancyId).Distinct().ToList();
        var vacancyGroups = (await db.Vacancies.AsNoTracking()
                .Where(v => placedVacancies.Contains(v.Id))
                .Select(v => new { v.Id, Groups = v.SuitableFor.Select(t => t.Id).ToList() })
                .ToListAsync(cancellationToken))
            .ToDictionary(v => v.Id, v => (IReadOnlyList<int>)v.Groups);

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
        };
    }

    /// <summary>The municipalities and places the centre works in: those of the postcodes its organisations, vacancies and volunteers use.</summary>
    public static async Task<(IReadOnlyList<string> Municipalities, IReadOnlyList<string> Places)> AreasAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var codes = await db.Organisations.Select(o => o.Postcode.Substring(0, 4))
            .Union(db.Vacancies.Where(v => v.Postcode != null).Select(v => v.Postcode!.Substring(0, 4)))
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
