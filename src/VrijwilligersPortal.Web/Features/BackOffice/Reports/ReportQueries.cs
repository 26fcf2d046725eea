using System.Globalization;
using VrijwilligersPortal.Web.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice.Reports;

/// <summary>
/// The figures of one period, counted in the database (docs/adr/0160): one small result per
/// figure family, never the rows of every event.
/// </summary>
public sealed class PeriodCounts
{
    public int Registered { get; set; }
    public int ActiveVolunteers { get; set; }
    public int PlacedVolunteers { get; set; }
    public int Sent { get; set; }
    public int AnsweredWithin7Days { get; set; }
    public int AnsweredWithin14Days { get; set; }
    public double? MedianDaysToFirstAnswer { get; set; }
    public int Placed { get; set; }
    public int Declined { get; set; }
    public int Withdrawn { get; set; }
    public int NeverAnswered { get; set; }
    public int MediationsStarted { get; set; }
    public int MediationsPlaced { get; set; }
    public int MediationsClosedUnplaced { get; set; }
    public double? MedianDaysIntakeToPlacement { get; set; }
    public Dictionary<ReferralSource, int> MediationsBySource { get; } = [];

    /// <summary>Mediations started without a recorded referral source (no intake yet).</summary>
    public int MediationsWithoutSource { get; set; }
    public Dictionary<int, int> MediationsByGroup { get; } = [];
    public int OrganisationsRegistered { get; set; }
    public int OrganisationsApproved { get; set; }
    public int ActiveOrganisations { get; set; }
    public int ServedOrganisations { get; set; }
    public int Published { get; set; }
    public int Filled { get; set; }
    public int ExpiredUnfilled { get; set; }
    public Dictionary<int, int> PublishedByCategory { get; } = [];
    public Dictionary<int, int> PlacementsByGroup { get; } = [];

    /// <summary>Placed volunteers by their age in the year of their first placement in the period (null: unknown).</summary>
    public Dictionary<int, int> PlacedByAge { get; } = [];
    public int PlacedAgeUnknown { get; set; }
    public int Answers { get; set; }
    public int AnswersFromVolunteers { get; set; }
    public Dictionary<int, int> AnswersByRating { get; } = [];

    /// <summary>Per age in months (3, 6, 12): placements that turned that old in the period with an answered follow-up, and of those still active.</summary>
    public Dictionary<int, (int Answered, int Active)> StillActive { get; } = [];
    public Dictionary<int, int> MediationFollowUpsByRating { get; } = [];
    public int QuestionsAnswered { get; set; }
    public double? MedianDaysToQuestionAnswer { get; set; }
    public Dictionary<int, int> QuestionsByTopic { get; } = [];
}

/// <summary>The counts of every period of a report, with the names its breakdowns need.</summary>
public sealed record ReportCounts(
    IReadOnlyDictionary<(DateOnly Start, DateOnly End), PeriodCounts> Periods,
    IReadOnlyList<MonthPoint> Months,
    IReadOnlyList<string> Stories,
    IReadOnlyDictionary<int, string> Categories,
    IReadOnlyDictionary<int, string> Groups,
    IReadOnlyDictionary<int, string> QuestionTopics)
{
    public PeriodCounts Of(ReportPeriod period) => Periods[(period.Start, period.End)];
}

/// <summary>
/// The report's counts (docs/adr/0085, 0113, 0160): moments with their time from the history
/// tables, or kept on the application equal to its history, never a record's current status, so
/// last March's figures stay what they were. Each figure is counted in the database. Where a figure
/// belongs is the four-digit postcode of the vacancy (or its organisation when the vacancy has
/// none), of the organisation, or of the volunteer for registrations and mediations.
/// </summary>
public static class ReportQueries
{

    /// <summary>The ages of a placement, in months, at which the report asks "still active?".</summary>
    public static readonly int[] StillActiveAfterMonths = [3, 6, 12];

    /// <summary>
    /// The report for <paramref name="period"/> in an area (<paramref name="codes"/>, or null for
    /// the whole centre), beside the period before and the same period a year earlier: counted in
    /// the database per period, then laid out as tables. The page and the benchmark
    /// (benchmarks/…/Reports) both run this.
    /// </summary>
    public static async Task<Report> BuildAsync(PortalDbContext db, ReportPeriod period, IReadOnlyCollection<string>? codes, string area, Func<string, string> text, CancellationToken cancellationToken, IServiceScopeFactory? alongside = null)
    {
        var counts = await LoadAsync(db, [period, period.Previous(), period.YearEarlier()], codes, cancellationToken, alongside);
        return new ReportBuilder(counts, text).Build(period, area);
    }

    /// <summary>
    /// The counts for the given periods (the first one also gets its months and stories). Each
    /// figure family is one query per period that returns a count or a few grouped counts
    /// (docs/adr/0160); only small sets come back as rows: the waiting times of applications in
    /// whole hours with how often each occurs, the mediations, vacancies and questions of the
    /// period. Applications are read from their own moments (sent, first answer, placed, and
    /// the final status with its time), which the domain keeps equal to the history (0113).
    /// With <paramref name="alongside"/>, each period is counted on a connection of its own while
    /// this one reads the rest (docs/adr/0186): a report waits for its longest part, not their sum.
    /// </summary>
    public static async Task<ReportCounts> LoadAsync(PortalDbContext db, IReadOnlyList<ReportPeriod> periods, IReadOnlyCollection<string>? codes, CancellationToken cancellationToken, IServiceScopeFactory? alongside = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(periods.Count);
        await using var read = await BeginReadAsync(db, cancellationToken);

        var sources = Sources.For(db, codes);
        var distinct = periods.DistinctBy(p => (p.Start, p.End)).ToList();
        var result = distinct.ToDictionary(p => (p.Start, p.End), _ => new PeriodCounts());
        var counting = alongside is null
            ? Task.CompletedTask
            // Each on a thread of its own: Microsoft.Data.Sqlite's async calls run synchronously,
            // so a period holds its thread for as long as it counts; on the thread pool the
            // periods waited for threads to be added (reports of 0.8 s took 1.4 s now and then).
            : Task.WhenAll(distinct.Select(p => Task.Factory.StartNew(
                () => CountAlongsideAsync(alongside, p, codes, result[(p.Start, p.End)], cancellationToken),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap()));
        var main = periods[0];
        var rest = ReadTheRestAsync();
        await Task.WhenAll(counting, rest);
        var (months, stories, categories, groups, topics) = await rest;
        return new ReportCounts(result, months, stories, categories, groups, topics);

        async Task<(List<MonthPoint>, List<string>, Dictionary<int, string>, Dictionary<int, string>, Dictionary<int, string>)> ReadTheRestAsync()
        {
            if (alongside is null)
            {
                foreach (var period in distinct)
                {
                    await CountAsync(db, period, sources, result[(period.Start, period.End)], cancellationToken);
                }
            }

            await CountStillActiveAsync(sources.Applications, result, cancellationToken);
            var months = new List<MonthPoint>();
            if (main.End.DayNumber - main.Start.DayNumber > 31)
            {
                var monthPeriods = new List<ReportPeriod>();
                for (var start = new DateOnly(main.Start.Year, main.Start.Month, 1); start < main.End; start = start.AddMonths(1))
                {
                    monthPeriods.Add(new ReportPeriod(start < main.Start ? main.Start : start, start.AddMonths(1) > main.End ? main.End : start.AddMonths(1), start.ToString("MMM yyyy", DutchTime.Culture)));
                }

                // One grouped count per line of the chart, not one per month.
                var bounds = monthPeriods.Select(m => m.StartAt).Append(monthPeriods[^1].EndAt).ToArray();
                var sentPerMonth = await CountPerPieceAsync(sources.Applications.Select(a => new TimedRow { At = a.SubmittedAt }), bounds, cancellationToken);
                var placedPerMonth = await CountPerPieceAsync(sources.Applications.Where(a => a.PlacedAt != null).Select(a => new TimedRow { At = a.PlacedAt!.Value }), bounds, cancellationToken);
                months.AddRange(monthPeriods.Select((m, i) => new MonthPoint(m.Label, sentPerMonth[i], placedPerMonth[i])));
            }

            // Stories are text and few: the main period's consented ones, in the order they were told.
            var (first, last) = (main.StartAt, main.EndAt);
            var stories = (await sources.Mediations
                    .Where(m => m.StoryMayBeUsed && m.FollowUpStory != null && m.FollowedUpAt >= first && m.FollowedUpAt < last)
                    .Select(m => new { At = m.FollowedUpAt!.Value, Story = m.FollowUpStory! })
                    .ToListAsync(cancellationToken))
                .Concat(await sources.FollowUps
                    .Where(f => f.StoryMayBeUsed && f.Story != null && f.AnsweredAt >= first && f.AnsweredAt < last)
                    .Select(f => new { At = f.AnsweredAt!.Value, Story = f.Story! })
                    .ToListAsync(cancellationToken))
                .OrderBy(s => s.At)
                .Select(s => s.Story)
                .ToList();

            var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
            var groups = await db.SuitableForTags.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
            var topics = await db.QuestionTopics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
            return (months, stories, categories, groups, topics);
        }
    }

    /// <summary>One period's counts on a connection of its own (a scope of its own).</summary>
    private static async Task CountAlongsideAsync(IServiceScopeFactory scopes, ReportPeriod period, IReadOnlyCollection<string>? codes, PeriodCounts counts, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var read = await BeginReadAsync(db, cancellationToken);
        await CountAsync(db, period, Sources.For(db, codes), counts, cancellationToken);
    }

    /// <summary>
    /// PostgreSQL: one snapshot for the figures read on this connection, without parallel workers
    /// per statement: the periods already count alongside each other, and starting workers for
    /// statements of tens of milliseconds cost more than they gave (a year of the whole centre
    /// 2.7 s with them, 1.0 s without). Plans are PostgreSQL's own choice again (docs/adr/0187):
    /// forcing a plan made with the values was needed while the area was an array of 13,000
    /// vacancy ids; with the area's few codes, planning each statement afresh only cost time
    /// (a municipality's month 346 ms at the median, 290 ms without). Other databases read
    /// without a transaction (SQLite's would hold the writers back).
    /// </summary>
    private static async Task<IDbContextTransaction?> BeginReadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL max_parallel_workers_per_gather = 0", cancellationToken);
        return transaction;
    }

    /// <summary>What the figures count, for one context: this centre's own records, in the area when there is one.</summary>
    private sealed record Sources(
        IQueryable<Vacancy> Vacancies,
        IQueryable<Domain.Organisations.Organisation> Organisations,
        IQueryable<Volunteer> Volunteers,
        IQueryable<Application> Applications,
        IQueryable<Mediation> Mediations,
        IQueryable<PlacementFollowUp> FollowUps)
    {
        /// <summary>
        /// The sources on <paramref name="db"/>, in the area of <paramref name="codes"/> when
        /// there are codes: applications, their follow-ups and mediations by the area kept on them
        /// (<see cref="ReportColumns.Area"/>, docs/adr/0187), so a count reads the index ranges of
        /// the area's codes, each starting at the period.
        /// </summary>
        public static Sources For(PortalDbContext db, IReadOnlyCollection<string>? codes)
        {
            // Vacancies and organisations imported from other centres are never this centre's work
            // (docs/adr/0150). Written as a COALESCE (no source has id 0) so that SQLite does not start
            // at the exchange index, which nearly every row matches: the reads must start from
            // their time indexes (a month's vacancy changes: 4 ms instead of 46).
            var vacancies = db.Vacancies.AsNoTracking().Where(v => (v.ExchangeSourceId ?? 0) == 0);
            var organisations = db.Organisations.AsNoTracking().Where(o => (o.ExchangeSourceId ?? 0) == 0);
            var volunteers = db.Volunteers.AsNoTracking();
            var applications = db.Applications.AsNoTracking();
            var mediations = db.Mediations.AsNoTracking();
            var followUps = db.PlacementFollowUps.AsNoTracking();
            if (codes is not null)
            {
                vacancies = vacancies.Where(v => codes.Contains((v.Postcode ?? v.Organisation!.Postcode).Substring(0, 4)));
                organisations = organisations.Where(o => codes.Contains(o.Postcode.Substring(0, 4)));
                volunteers = volunteers.Where(v => v.Postcode != null && codes.Contains(v.Postcode.Substring(0, 4)));

                // As one parameter per code: as an array parameter, PostgreSQL was also asked "or
                // the column is null and the array holds a null", which no index serves (a month's
                // placed volunteers' birth years: 35 ms a statement).
                applications = applications.Where(a => EF.MultipleParameters(codes).Contains(EF.Property<string>(a, ReportColumns.Area)));
                mediations = mediations.Where(m => EF.MultipleParameters(codes).Contains(EF.Property<string>(m, ReportColumns.Area)));
                followUps = followUps.Where(f => EF.MultipleParameters(codes).Contains(EF.Property<string>(f, ReportColumns.Area)));
            }

            return new Sources(vacancies, organisations, volunteers, applications, mediations, followUps);
        }
    }

    private static async Task CountAsync(PortalDbContext db, ReportPeriod period, Sources sources, PeriodCounts counts, CancellationToken cancellationToken)
    {
        var (vacancies, organisations, volunteers, applications, mediations, followUps) = sources;
        var (from, to) = (period.StartAt, period.EndAt);

        // Applications sent in the period: how long each waited for its first answer, in whole
        // hours rounded up (null: not answered yet), and how many waited that long.
        var sent = applications.Where(a => a.SubmittedAt >= from && a.SubmittedAt < to);
        var waits = await sent
            .GroupBy(a => a.HoursToFirstAnswer)
            .Select(g => new { Hours = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        counts.Sent = waits.Sum(w => w.Count);
        counts.NeverAnswered = waits.Where(w => w.Hours is null).Sum(w => w.Count);
        counts.AnsweredWithin7Days = waits.Where(w => w.Hours <= 7 * 24).Sum(w => w.Count);
        counts.AnsweredWithin14Days = waits.Where(w => w.Hours <= 14 * 24).Sum(w => w.Count);
        counts.MedianDaysToFirstAnswer = Median(waits.Where(w => w.Hours is not null).Select(w => (w.Hours!.Value / 24.0, w.Count)));

        // Placed, declined and withdrawn are final: each application reaches at most one of them,
        // once, and its moment stays (PlacedAt, or the status time of the final status).
        var placed = applications.Where(a => a.PlacedAt >= from && a.PlacedAt < to);
        counts.Placed = await placed.CountAsync(cancellationToken);
        var ended = await applications
            .Where(a => (a.Status == ApplicationStatus.Declined || a.Status == ApplicationStatus.Withdrawn) && a.StatusChangedAt >= from && a.StatusChangedAt < to)
            .GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        counts.Declined = ended.Where(e => e.Status == ApplicationStatus.Declined).Sum(e => e.Count);
        counts.Withdrawn = ended.Where(e => e.Status == ApplicationStatus.Withdrawn).Sum(e => e.Count);
        counts.PlacedVolunteers = await placed.Select(a => a.VolunteerId).Distinct().CountAsync(cancellationToken);
        // From the set of vacancies to their organisations: one look-up per vacancy, not per application.
        counts.ServedOrganisations = await db.Vacancies.Where(v => placed.Select(a => a.VacancyId).Contains(v.Id)).Select(v => v.OrganisationId).Distinct().CountAsync(cancellationToken);
        // By the vacancy's groups, through the link table alone.
        foreach (var g in await placed
                     .Join(db.Set<Dictionary<string, object>>("VacancySuitableForTags"), a => a.VacancyId, t => EF.Property<int>(t, "VacancyId"), (a, t) => EF.Property<int>(t, "SuitableForId"))
                     .GroupBy(id => id)
                     .Select(g => new { g.Key, Count = g.Count() })
                     .ToListAsync(cancellationToken))
        {
            counts.PlacementsByGroup[g.Key] = g.Count;
        }

        await CountAgesAsync(db, period, applications, counts, cancellationToken);

        // Mediations: requested, placed (first placement), closed without ever a placement.
        var started = await mediations
            .Where(m => m.RequestedAt >= from && m.RequestedAt < to)
            .Select(m => new { m.ReferralSource, m.SuitableForIds })
            .ToListAsync(cancellationToken);
        counts.MediationsStarted = started.Count;
        foreach (var m in started)
        {
            if (m.ReferralSource is { } source)
            {
                counts.MediationsBySource[source] = counts.MediationsBySource.GetValueOrDefault(source) + 1;
            }
            else
            {
                counts.MediationsWithoutSource++;
            }

            foreach (var group in m.SuitableForIds)
            {
                counts.MediationsByGroup[group] = counts.MediationsByGroup.GetValueOrDefault(group) + 1;
            }
        }

        // Placed and closed are read from the case histories by time, then checked per case:
        // only the cases with such a change in the period are visited.
        var mediationsPlaced = mediations
            .SelectMany(m => m.History.Where(h => h.To == MediationStatus.Placed && h.At >= from && h.At < to), (m, h) => m)
            .Where(m => !m.History.Any(h => h.To == MediationStatus.Placed && h.At < from))
            .Distinct();
        var intakeToPlacement = await mediationsPlaced
            .Select(m => new
            {
                Intake = m.History.Where(h => h.To == MediationStatus.IntakeDone).OrderBy(h => h.At).Select(h => (DateTimeOffset?)h.At).FirstOrDefault(),
                Placed = m.History.Where(h => h.To == MediationStatus.Placed).OrderBy(h => h.At).Select(h => h.At).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        counts.MediationsPlaced = intakeToPlacement.Count;
        counts.MedianDaysIntakeToPlacement = Median(intakeToPlacement.Where(m => m.Intake is not null).Select(m => ((m.Placed - m.Intake!.Value).TotalDays, 1)));
        counts.MediationsClosedUnplaced = await mediations
            .SelectMany(m => m.History.Where(h => h.To == MediationStatus.Closed && h.At >= from && h.At < to), (m, h) => m)
            .Where(m => !m.History.Any(h => h.To == MediationStatus.Closed && h.At < from) && !m.History.Any(h => h.To == MediationStatus.Placed))
            .Select(m => m.Id)
            .Distinct()
            .CountAsync(cancellationToken);
        foreach (var g in await mediations
                     .Where(m => m.FollowUpRating != null && m.FollowedUpAt >= from && m.FollowedUpAt < to)
                     .GroupBy(m => m.FollowUpRating!.Value)
                     .Select(g => new { g.Key, Count = g.Count() })
                     .ToListAsync(cancellationToken))
        {
            counts.MediationFollowUpsByRating[g.Key] = g.Count;
        }

        // Active: sent, placed, or a mediation open at some moment of the period: requested
        // before its end and not closed before its start. Closed is final, so a closed case's
        // status time is when it closed, as with an application's final status (0113): one range
        // of a covering index, where asking the history "closed before?" case by case visited
        // every case there ever was.
        counts.ActiveVolunteers = await sent.Select(a => a.VolunteerId)
            .Union(placed.Select(a => a.VolunteerId))
            .Union(mediations
                .Where(m => m.RequestedAt < to && !(m.Status == MediationStatus.Closed && m.StatusChangedAt < from))
                .Select(m => m.VolunteerId))
            .CountAsync(cancellationToken);
        counts.Registered = await volunteers.CountAsync(v => v.CreatedAt >= from && v.CreatedAt < to, cancellationToken);

        // Organisations and vacancies: few events, read as rows.
        counts.OrganisationsRegistered = await organisations.CountAsync(o => o.RegisteredAt >= from && o.RegisteredAt < to, cancellationToken);
        counts.OrganisationsApproved = await organisations
            .SelectMany(o => o.History.Where(h => h.At >= from && h.At < to && h.To == OrganisationStatus.Approved && h.From == OrganisationStatus.Pending))
            .CountAsync(cancellationToken);
        var vacancyChanges = await vacancies
            .SelectMany(
                v => v.History.Where(h => h.At >= from && h.At < to && (h.To == VacancyStatus.Published || h.To == VacancyStatus.Closed)),
                (v, h) => new { v.Id, v.OrganisationId, v.CategoryId, h.From, h.To, v.ClosedReason })
            .ToListAsync(cancellationToken);
        var firstPublished = vacancyChanges.Where(c => c.To == VacancyStatus.Published && c.From is VacancyStatus.Draft or VacancyStatus.Submitted).DistinctBy(c => c.Id).ToList();
        counts.Published = firstPublished.Count;
        foreach (var c in firstPublished)
        {
            counts.PublishedByCategory[c.CategoryId] = counts.PublishedByCategory.GetValueOrDefault(c.CategoryId) + 1;
        }

        counts.Filled = vacancyChanges.Count(c => c.To == VacancyStatus.Closed && c.ClosedReason == ClosedReason.Filled);

        // Answered: moved to in contact, placed or declined in the period. In contact happens at
        // most once and before any final status, so it is the first answer when it happened.
        // Three ranges of three covering indexes, joined: as one OR, PostgreSQL read the rows.
        var answered = applications.Where(a => a.FirstAnsweredAt >= from && a.FirstAnsweredAt < to).Select(a => a.VacancyId)
            .Union(placed.Select(a => a.VacancyId))
            .Union(applications.Where(a => a.Status == ApplicationStatus.Declined && a.StatusChangedAt >= from && a.StatusChangedAt < to).Select(a => a.VacancyId));
        var answeredBy = await db.Vacancies
            .Where(v => answered.Contains(v.Id))
            .Select(v => v.OrganisationId)
            .Distinct()
            .ToListAsync(cancellationToken);
        counts.ActiveOrganisations = answeredBy
            .Concat(vacancyChanges.Where(c => c.To == VacancyStatus.Published).Select(c => c.OrganisationId))
            .Distinct()
            .Count();

        var (firstDay, endDay) = (period.Start, period.End);
        var endedVacancies = await vacancies
            .Where(v => v.EndDate >= firstDay && v.EndDate < endDay && v.PublishedAt != null && !v.Applications.Any(a => a.PlacedAt != null))
            .Select(v => new
            {
                EndDate = v.EndDate!.Value,
                ClosedAt = v.History.Where(h => h.To == VacancyStatus.Closed).OrderBy(h => h.At).Select(h => (DateTimeOffset?)h.At).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        counts.ExpiredUnfilled = endedVacancies.Count(v => v.ClosedAt is null || v.ClosedAt >= new ReportPeriod(v.EndDate, v.EndDate.AddDays(1), string.Empty).EndAt);

        // Follow-ups after placements: answers by who answered and their rating.
        foreach (var g in await followUps
                     .Where(f => f.AnsweredAt >= from && f.AnsweredAt < to)
                     .GroupBy(f => new { f.Respondent, Rating = f.Rating!.Value })
                     .Select(g => new { g.Key.Respondent, g.Key.Rating, Count = g.Count() })
                     .ToListAsync(cancellationToken))
        {
            counts.Answers += g.Count;
            counts.AnswersFromVolunteers += g.Respondent == FollowUpRespondent.Volunteer ? g.Count : 0;
            counts.AnswersByRating[g.Rating] = counts.AnswersByRating.GetValueOrDefault(g.Rating) + g.Count;
        }

        // Questions of organisations (issue 16): few, read as rows.
        var questions = await db.Questions.AsNoTracking()
            .Where(q => q.FirstAnsweredAt >= from && q.FirstAnsweredAt < to && organisations.Any(o => o.Id == q.OrganisationId))
            .Select(q => new { q.TopicId, q.AskedAt, FirstAnsweredAt = q.FirstAnsweredAt!.Value })
            .ToListAsync(cancellationToken);
        counts.QuestionsAnswered = questions.Count;
        counts.MedianDaysToQuestionAnswer = Median(questions.Select(q => ((q.FirstAnsweredAt - q.AskedAt).TotalDays, 1)));
        foreach (var q in questions)
        {
            counts.QuestionsByTopic[q.TopicId] = counts.QuestionsByTopic.GetValueOrDefault(q.TopicId) + 1;
        }

    }

    /// <summary>
    /// "Still active after 3, 6, 12 months": per period and age, the placements that turned that
    /// old in the period (placed in the period moved back that many months), by what their latest
    /// answered follow-up says, which the save keeps on the application (docs/adr/0187). One
    /// grouped count per distinct window, each a range of the placed-at index. Written as one
    /// lambda so that EF Core compiles it once: a key built as an expression tree, as before, was
    /// compiled again for every report (25 ms each).
    /// </summary>
    private static async Task CountStillActiveAsync(IQueryable<Application> applications, Dictionary<(DateOnly, DateOnly), PeriodCounts> periods, CancellationToken cancellationToken)
    {
        var windows = periods.Keys
            .SelectMany(key => StillActiveAfterMonths.Select(months =>
            {
                var period = new ReportPeriod(key.Item1, key.Item2, string.Empty);
                return (Key: key, Months: months, From: period.StartAt.AddMonths(-months), To: period.EndAt.AddMonths(-months));
            }))
            .ToList();
        var counted = new Dictionary<(DateTimeOffset, DateTimeOffset), (int Answered, int Active)>();
        foreach (var (from, to) in windows.Select(w => (w.From, w.To)).Distinct())
        {
            var answers = await applications
                .Where(a => a.PlacedAt >= from && a.PlacedAt < to && EF.Property<bool?>(a, ReportColumns.LatestStillActive) != null)
                .GroupBy(a => EF.Property<bool?>(a, ReportColumns.LatestStillActive))
                .Select(g => new { Active = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            counted[(from, to)] = (answers.Sum(a => a.Count), answers.Where(a => a.Active == true).Sum(a => a.Count));
        }

        foreach (var window in windows)
        {
            periods[window.Key].StillActive[window.Months] = counted[(window.From, window.To)];
        }
    }

    /// <summary>A moment to count by, so that one grouped query counts several periods.</summary>
    private sealed class TimedRow
    {
        public DateTimeOffset At { get; init; }
    }

    /// <summary>
    /// How many rows fall in each piece between consecutive <paramref name="bounds"/> (ascending):
    /// one query over the whole span, grouped by a CASE on the moment.
    /// </summary>
    private static async Task<int[]> CountPerPieceAsync(IQueryable<TimedRow> rows, DateTimeOffset[] bounds, CancellationToken cancellationToken)
    {
        var (first, last) = (bounds[0], bounds[^1]);
        var counted = await rows
            .Where(r => r.At >= first && r.At < last)
            .GroupBy(PieceOfMoment(bounds))
            .Select(g => new { Piece = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var result = new int[bounds.Length - 1];
        foreach (var c in counted)
        {
            result[c.Piece] = c.Count;
        }

        return result;
    }

    /// <summary>The piece between <paramref name="bounds"/> a moment is in, as a CASE in SQL with the bounds as parameters.</summary>
    private static Expression<Func<TimedRow, int>> PieceOfMoment(DateTimeOffset[] bounds)
    {
        var row = Expression.Parameter(typeof(TimedRow), "row");
        return Expression.Lambda<Func<TimedRow, int>>(PieceCase(Expression.Property(row, nameof(TimedRow.At)), bounds), row);
    }

    /// <summary><c>at &lt; b1 ? 0 : at &lt; b2 ? 1 : …</c> over the inner <paramref name="bounds"/>, read from an object so that they become parameters.</summary>
    private static Expression PieceCase(Expression at, DateTimeOffset[] bounds)
    {
        var values = Expression.Property(Expression.Constant(new PieceBounds(bounds)), nameof(PieceBounds.Values));
        Expression piece = Expression.Constant(bounds.Length - 2);
        for (var i = bounds.Length - 2; i >= 1; i--)
        {
            piece = Expression.Condition(Expression.LessThan(at, Expression.ArrayIndex(values, Expression.Constant(i))), Expression.Constant(i - 1), piece);
        }

        return piece;
    }

    /// <summary>Holds the piece bounds so that the query gets them as parameters, not as text.</summary>
    private sealed class PieceBounds(DateTimeOffset[] values)
    {
        public DateTimeOffset[] Values { get; } = values;
    }

    /// <summary>
    /// Placed volunteers by age: their birth year against the year of their first placement in
    /// the period. A period inside one calendar year is one count per birth year; a period across
    /// new year counts, per year, those placed from the start up to that year's end, less those
    /// already counted in an earlier year.
    /// </summary>
    private static async Task CountAgesAsync(PortalDbContext db, ReportPeriod period, IQueryable<Application> applications, PeriodCounts counts, CancellationToken cancellationToken)
    {
        var before = new Dictionary<int, int>();
        var unknownBefore = 0;
        for (var year = period.Start.Year; year <= period.LastDay.Year; year++)
        {
            var end = year == period.LastDay.Year ? period.End : new DateOnly(year + 1, 1, 1);
            var (from, to) = (period.StartAt, new ReportPeriod(period.Start, end, string.Empty).EndAt);
            var placedVolunteers = applications.Where(a => a.PlacedAt >= from && a.PlacedAt < to).Select(a => a.VolunteerId);
            var byBirthYear = await db.Volunteers
                .Where(v => placedVolunteers.Contains(v.Id))
                .GroupBy(v => v.BirthYear)
                .Select(g => new { BirthYear = g.Key, Count = g.Count() })
                .ToListAsync(cancellationToken);
            foreach (var g in byBirthYear)
            {
                if (g.BirthYear is { } born)
                {
                    var added = g.Count - before.GetValueOrDefault(born);
                    counts.PlacedByAge[year - born] = counts.PlacedByAge.GetValueOrDefault(year - born) + added;
                    before[born] = g.Count;
                }
                else
                {
                    counts.PlacedAgeUnknown += g.Count - unknownBefore;
                    unknownBefore = g.Count;
                }
            }
        }
    }

    /// <summary>The median of values that occur a number of times each.</summary>
    private static double? Median(IEnumerable<(double Value, int Count)> values)
    {
        var sorted = values.OrderBy(v => v.Value).ToList();
        var total = sorted.Sum(v => v.Count);
        if (total == 0)
        {
            return null;
        }

        double At(int index)
        {
            foreach (var (value, count) in sorted)
            {
                if (index < count)
                {
                    return value;
                }

                index -= count;
            }

            throw new InvalidOperationException("Index beyond the values.");
        }

        return total % 2 == 1 ? At(total / 2) : (At((total / 2) - 1) + At(total / 2)) / 2;
    }

    /// <summary>How long the list of areas is kept: reading it visits every vacancy (tens of milliseconds at a large centre).</summary>
    public static readonly TimeSpan AreasKeptFor = TimeSpan.FromMinutes(5);

    /// <summary>
    /// <see cref="AreasAsync(PortalDbContext, CancellationToken)"/>, kept in memory for
    /// <see cref="AreasKeptFor"/>: the list only fills the form's choices (a report for an area
    /// is looked up by its postcodes whether or not the list shows it yet).
    /// </summary>
    public static async Task<(IReadOnlyList<string> Municipalities, IReadOnlyList<string> Places)> AreasAsync(PortalDbContext db, IMemoryCache cache, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync("reports:areas", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = AreasKeptFor;
            return await AreasAsync(db, cancellationToken);
        });

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
