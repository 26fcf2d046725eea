using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.FollowUps;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>What one run of the follow-up job did.</summary>
public sealed record FollowUpRun(bool Ran, int Due, int Sent, int WithoutAddress);

/// <summary>
/// One run of the follow-up e-mails (docs/adr/0090): claim the job lease so only one instance
/// works, then give every due follow-up its one-click link. Each is recorded as sent in the same
/// save that puts its e-mail in the outbox (docs/adr/0060), so it is mailed exactly once, also
/// when the mail server is down for a while. A follow-up without anyone to mail (a walk-in
/// without e-mail address) is removed: staff follow such a placement up in person. Hosted by
/// <see cref="JobHost{TJob}"/> every <see cref="FollowUpOptions.CheckEvery"/>.
/// </summary>
public sealed partial class FollowUpJob(
    IServiceScopeFactory scopes,
    JobLeases leases,
    FollowUpTokens tokens,
    IOptions<FollowUpOptions> options,
    PublicUrls urls,
    TimeProvider clock,
    ILogger<FollowUpJob> logger) : IPortalJob
{
    public const string LeaseName = "placement-follow-ups";

    public string Name => LeaseName;

    public JobSchedule Schedule => new(options.Value.CheckEvery, options.Value.CheckEvery);

    async Task<bool> IPortalJob.RunScheduledAsync(CancellationToken cancellationToken) => (await RunOnceAsync(cancellationToken)).Ran;

    public async Task<FollowUpRun> RunOnceAsync(CancellationToken cancellationToken = default, string? holder = null)
    {
        var settings = options.Value;

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
            switch (await SendAsync(scope.ServiceProvider, id, settings, cancellationToken))
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

    private async Task<Outcome> SendAsync(IServiceProvider services, int id, FollowUpOptions settings, CancellationToken cancellationToken)
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

        var validUntil = now + settings.LinkValidFor;
        var link = urls.Absolute($"/hoe-gaat-het?token={Uri.EscapeDataString(tokens.For(followUp.Id, validUntil))}");
        // This job works one follow-up per scope (above), so the reader's language is one more small query here.
        var text = await services.GetRequiredService<MailTexts>().ForAsync(to, cancellationToken);
        var message = followUp.Respondent == FollowUpRespondent.Volunteer
            ? FollowUpEmails.ToVolunteer(text, to, name, placement.Vacancy, placement.Organisation, centre.Name, link, validUntil)
            : FollowUpEmails.ToOrganisation(text, to, name, placement.Volunteer.Name, placement.Vacancy, centre.Name, link, validUntil);
        followUp.MarkSent(now);
        Outbox.Add(db, message, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Answered or removed at this very moment: nothing to send.
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Follow-up run: {Due} due, {Sent} sent, {WithoutAddress} without an address removed")]
    private static partial void LogRun(ILogger logger, int due, int sent, int withoutAddress);
}
