using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Alerts;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>What one run of the alert job did.</summary>
public sealed record AlertRun(bool Ran, int Due, int EmailsSent, int VacanciesSent);

/// <summary>
/// One run of the alert e-mails (docs/adr/0032): claim the job lease so only one instance sends,
/// find the alerts whose day or week has passed, and send each volunteer the vacancies published
/// since their last run that match above their threshold and were never sent to them before.
/// What is sent is recorded (unique per volunteer and vacancy) in the same save that puts the
/// e-mail in the outbox (docs/adr/0060), so after a crash or restart a vacancy is never sent twice
/// and never lost. Everything it knows is in the database; a new instance carries on where the
/// last one stopped. Hosted by <see cref="JobHost{TJob}"/> every <see cref="AlertOptions.CheckEvery"/>.
/// </summary>
public sealed partial class AlertJob(
    IServiceScopeFactory scopes,
    JobLeases leases,
    PublicUrls urls,
    AlertTokens tokens,
    IOptions<AlertOptions> options,
    IOptions<CentreOptions> centre,
    TimeProvider clock,
    ILogger<AlertJob> logger) : IPortalJob
{
    public const string LeaseName = "match-alerts";

    /// <summary>
    /// Vacancies published in the last moments may not be committed yet when the job looks; a run
    /// covers up to this long ago, and the next run picks them up.
    /// </summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(1);

    public string Name => LeaseName;

    public JobSchedule Schedule => new(options.Value.CheckEvery, options.Value.CheckEvery);

    async Task<bool> IPortalJob.RunScheduledAsync(CancellationToken cancellationToken) => (await RunOnceAsync(cancellationToken)).Ran;

    public async Task<AlertRun> RunOnceAsync(CancellationToken cancellationToken = default, string? holder = null)
    {
        var settings = options.Value;
        if (urls.BaseUrl.Length == 0)
        {
            LogNoSiteUrl(logger);
            return new AlertRun(false, 0, 0, 0);
        }

        var run = await leases.RunAsync(LeaseName, holder ?? JobLeases.ThisInstance, settings.Lease, token => RunAsync(settings, token), cancellationToken);
        return run.Result ?? new AlertRun(false, 0, 0, 0);
    }

    private async Task<AlertRun> RunAsync(AlertOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now - Settle;
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var dayAgo = now - MatchAlert.PeriodOf(AlertFrequency.Daily);
            var weekAgo = now - MatchAlert.PeriodOf(AlertFrequency.Weekly);
            due = await db.MatchAlerts.AsNoTracking()
                .Where(a => (a.Frequency == AlertFrequency.Daily && a.CoveredUntil <= dayAgo) || (a.Frequency == AlertFrequency.Weekly && a.CoveredUntil <= weekAgo))
                .OrderBy(a => a.Id)
                .Select(a => a.Id)
                .ToListAsync(cancellationToken);
        }

        int emails = 0, vacancies = 0;
        foreach (var alertId in due)
        {
            // A scope per volunteer: a small change tracker, and one failure does not stop the rest.
            await using var scope = scopes.CreateAsyncScope();
            var sent = await SendAsync(scope.ServiceProvider, alertId, until, settings, cancellationToken);
            if (sent > 0)
            {
                emails++;
                vacancies += sent;
            }
        }

        LogRun(logger, due.Count, emails, vacancies);
        return new AlertRun(true, due.Count, emails, vacancies);
    }

    private async Task<int> SendAsync(IServiceProvider services, int alertId, DateTimeOffset until, AlertOptions settings, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var matching = services.GetRequiredService<MatchingQueries>();
        var alert = await db.MatchAlerts.SingleOrDefaultAsync(a => a.Id == alertId, cancellationToken);
        if (alert is null || until < alert.CoveredUntil)
        {
            return 0;
        }

        var person = await db.Volunteers.AsNoTracking()
            .Where(v => v.Id == alert.VolunteerId && v.ErasedAt == null && v.Email != null)
            .Select(v => new { v.Name, v.Email, Language = db.Users.Where(u => u.Id == v.UserId).Select(u => u.PreferredLanguage).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (person is null || await matching.VolunteerAsync(alert.VolunteerId, cancellationToken) is not { } volunteer)
        {
            return 0;
        }

        var since = alert.CoveredUntil;
        var volunteerId = alert.VolunteerId;
        var delivered = (await db.MatchAlertDeliveries.AsNoTracking()
                .Where(d => d.VolunteerId == volunteerId)
                .Select(d => d.VacancyId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        var ranked = await matching.RankVacanciesAsync(volunteer, settings.MaxPerEmail, cancellationToken, new RankingOptions
        {
            Where = v => v.PublishedAt > since && v.PublishedAt <= until && !delivered.Contains(v.Id),
            ReadAfter = until,
        });
        var matches = ranked.Where(r => r.Match.Score >= alert.Threshold).ToList();

        alert.MarkCovered(until, sent: matches.Count > 0);
        foreach (var match in matches)
        {
            db.MatchAlertDeliveries.Add(new MatchAlertDelivery(volunteerId, match.VacancyId, clock.GetUtcNow()));
        }

        if (matches.Count > 0)
        {
            var token = Uri.EscapeDataString(tokens.For(volunteerId, alert.Id));
            Outbox.Add(
                db,
                AlertEmails.NewMatches(
                    services.GetRequiredService<MailTexts>().In(person.Language),
                    person.Email!,
                    person.Name,
                    centre.Value.Name,
                    urls.BaseUrl,
                    matches,
                    urls.Absolute($"/meldingen/afmelden?token={token}"),
                    urls.Absolute($"/meldingen/afmelden/een-klik?token={token}"),
                    alert.Frequency == AlertFrequency.Daily),
                clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run recorded one of these for this person first (the unique index): leave it to that run.
            LogConflict(logger);
            return 0;
        }

        return matches.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal:PublicBaseUrl is not set, so no alert e-mails are sent")]
    private static partial void LogNoSiteUrl(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert run: {Due} due, {Emails} e-mails with {Vacancies} vacancies")]
    private static partial void LogRun(ILogger logger, int due, int emails, int vacancies);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An alert's deliveries were already recorded by another run; skipped")]
    private static partial void LogConflict(ILogger logger);
}
