using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.Alerts;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.FollowUps;

/// <summary>What one run of the follow-up job did.</summary>
public sealed record FollowUpRun(bool Ran, int Due, int Sent, int WithoutAddress);

/// <summary>
/// One run of the follow-up e-mails (docs/adr/0090): claim the job lease so only one instance
/// sends, then mail every due follow-up its one-click link. Each is recorded as sent before the
/// e-mail goes out, so a crash never sends one twice; a failed send is undone so the next run
/// tries again. A follow-up without anyone to mail (a walk-in without e-mail address) is removed:
/// staff follow such a placement up in person.
/// </summary>
public sealed partial class FollowUpJob(
    IServiceScopeFactory scopes,
    JobLeases leases,
    EmailSender email,
    FollowUpTokens tokens,
    IOptions<FollowUpOptions> options,
    IOptions<AlertOptions> alerts,
    TimeProvider clock,
    ILogger<FollowUpJob> logger)
{
    public const string LeaseName = "placement-follow-ups";

    public async Task<FollowUpRun> RunOnceAsync(CancellationToken cancellationToken = default, string? holder = null)
    {
        var settings = options.Value;

        // The same public address as the alert e-mails until the portal has one setting for it.
        var siteUrl = alerts.Value.SiteUrl.TrimEnd('/');
        if (string.IsNullOrWhiteSpace(siteUrl))
        {
            LogNoSiteUrl(logger);
            return new FollowUpRun(false, 0, 0, 0);
        }

        if (!await leases.TryAcquireAsync(LeaseName, holder ?? JobLeases.ThisInstance, settings.Lease, cancellationToken))
        {
            return new FollowUpRun(false, 0, 0, 0);
        }

        var now = clock.GetUtcNow();
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().PlacementFollowUps.AsNoTracking()
                .Where(f => f.SentAt == null && f.AnsweredAt == null && f.DueAt <= now)
                .OrderBy(f => f.Id)
                .Select(f => f.Id)
                .ToListAsync(cancellationToken);
        }

        int sent = 0, withoutAddress = 0;
        foreach (var id in due)
        {
            // A scope per follow-up: a small change tracker, and one failure does not stop the rest.
            await using var scope = scopes.CreateAsyncScope();
            switch (await SendAsync(scope.ServiceProvider, id, siteUrl, settings, cancellationToken))
            {
                case Outcome.Sent:
                    sent++;
                    break;
                case Outcome.NobodyToMail:
                    withoutAddress++;
                    break;
            }
        }

        LogRun(logger, due.Count, sent, withoutAddress);
        return new FollowUpRun(true, due.Count, sent, withoutAddress);
    }

    private async Task<Outcome> SendAsync(IServiceProvider services, int id, string siteUrl, FollowUpOptions settings, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var centre = services.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value;
        var now = clock.GetUtcNow();
        var followUp = await db.PlacementFollowUps.SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (followUp is null || !followUp.IsDue(now))
        {
            return Outcome.Skipped;
        }

        var placement = await db.Applications.AsNoTracking()
            .Where(a => a.Id == followUp.ApplicationId)
            .Select(a => new
            {
                Vacancy = a.Vacancy!.Title,
                Organisation = a.Vacancy.Organisation!.Name,
                a.Vacancy.ContactName,
                a.Vacancy.ContactEmail,
                Volunteer = db.Volunteers.Where(v => v.Id == a.VolunteerId && v.ErasedAt == null).Select(v => new { v.Name, v.Email }).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);

        var (to, name) = followUp.Respondent == FollowUpRespondent.Volunteer
            ? (placement.Volunteer?.Email, placement.Volunteer?.Name)
            : (placement.Volunteer is null ? null : placement.ContactEmail, placement.ContactName);
        if (string.IsNullOrWhiteSpace(to) || name is null || placement.Volunteer is null)
        {
            db.PlacementFollowUps.Remove(followUp);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.NobodyToMail;
        }

        followUp.MarkSent(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Answered or removed at this very moment: nothing to send.
            return Outcome.Skipped;
        }

        var validUntil = now + settings.LinkValidFor;
        var link = $"{siteUrl}/hoe-gaat-het?token={Uri.EscapeDataString(tokens.For(followUp.Id, validUntil))}";
        var message = followUp.Respondent == FollowUpRespondent.Volunteer
            ? FollowUpEmails.ToVolunteer(to, name, placement.Vacancy, placement.Organisation, centre.Name, link, validUntil)
            : FollowUpEmails.ToOrganisation(to, name, placement.Volunteer.Name, placement.Vacancy, centre.Name, link, validUntil);
        try
        {
            await email.SendAsync(message, cancellationToken);
        }
        catch (Exception failure) when (failure is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
        {
            // Not sent: due again at the next run.
            await db.PlacementFollowUps.Where(f => f.Id == id && f.AnsweredAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.SentAt, (DateTimeOffset?)null), cancellationToken);
            LogSendFailed(logger, failure);
            return Outcome.Skipped;
        }

        return Outcome.Sent;
    }

    private enum Outcome
    {
        Skipped,
        Sent,
        NobodyToMail,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alerts:SiteUrl is not set, so no follow-up e-mails are sent")]
    private static partial void LogNoSiteUrl(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up run: {Due} due, {Sent} sent, {WithoutAddress} without an address removed")]
    private static partial void LogRun(ILogger logger, int due, int sent, int withoutAddress);

    [LoggerMessage(Level = LogLevel.Error, Message = "A follow-up e-mail could not be sent; it stays due for the next run")]
    private static partial void LogSendFailed(ILogger logger, Exception exception);
}

/// <summary>Runs <see cref="FollowUpJob"/> every <see cref="FollowUpOptions.CheckEvery"/>.</summary>
public sealed partial class FollowUpService(FollowUpJob job, IOptions<FollowUpOptions> options, TimeProvider clock, ILogger<FollowUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.CheckEvery;
        if (every <= TimeSpan.Zero)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, clock, stoppingToken);
                await job.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                // The portal keeps serving (an exception leaving a BackgroundService stops the
                // host) and the next tick tries again; the database knows what was sent.
                LogFailed(logger, failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The follow-up job failed; it runs again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>Registration of the follow-up e-mails and the schedule placements use.</summary>
internal static class FollowUpRegistration
{
    public static void AddPortalFollowUps(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FollowUpOptions>(configuration.GetSection(FollowUpOptions.Section));
        services.AddSingleton<FollowUpTokens>();
        services.AddSingleton<FollowUpJob>();
        services.AddHostedService<FollowUpService>();
    }
}

/// <summary>When a placement's follow-ups fall due: the centre setting, in weeks.</summary>
internal static class FollowUpSchedule
{
    public static TimeSpan After(CentreOptions centre) => TimeSpan.FromDays(7 * Math.Max(1, centre.FollowUpAfterWeeks));
}
