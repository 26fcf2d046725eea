using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.BackOffice.Mediations;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.PersonalData;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>
/// Keeps personal data no longer than needed (docs/adr/0044): a volunteer who has not logged in
/// for <see cref="CentreOptions.InactiveAfterMonths"/> gets an e-mail, and unless they log in
/// within <see cref="CentreOptions.EraseAfterWarningDays"/> their account is erased the way
/// /mijn/gegevens erases it. Accounts that are also staff or organisation members, and people
/// with an open mediation case, are left alone. Runs every few hours on one instance at a time
/// (<see cref="JobLeases"/>), hosted by <see cref="JobHost{TJob}"/>; <see cref="RunOnceAsync"/> is one run, for tests.
/// </summary>
public sealed partial class RetentionJob(
    IServiceScopeFactory scopes,
    JobLeases leases,
    TimeProvider clock,
    ILogger<RetentionJob> logger) : IPortalJob
{
    public const string JobName = "retention";

    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    public string Name => JobName;

    /// <summary>Not during start-up: migrations and the first requests come first.</summary>
    public JobSchedule Schedule { get; } = new(TimeSpan.FromMinutes(1), Interval);

    async Task<bool> IPortalJob.RunScheduledAsync(CancellationToken cancellationToken) => await RunOnceAsync(cancellationToken) is not null;

    /// <summary>One pass: forget warnings of people who came back, warn, erase. Null when another instance holds the lease.</summary>
    public async Task<RetentionResult?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var run = await leases.RunAsync(JobName, JobLeases.ThisInstance, Interval, RunAsync, cancellationToken);
        return run.Result;
    }

    private async Task<RetentionResult> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var centre = scope.ServiceProvider.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value;
        var mail = scope.ServiceProvider.GetRequiredService<MailTexts>();
        var now = clock.GetUtcNow();
        var inactiveBefore = now.AddMonths(-centre.InactiveAfterMonths);
        var warnedBefore = now.AddDays(-centre.EraseAfterWarningDays);

        // People who logged in after their warning keep their account.
        var cameBack = await db.Users
            .Where(u => u.InactivityWarnedAt != null && u.LastLoginAt > u.InactivityWarnedAt)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.InactivityWarnedAt, (DateTimeOffset?)null), cancellationToken);

        var warned = 0;
        foreach (var user in await Candidates(db).Where(u => u.InactivityWarnedAt == null && (u.LastLoginAt ?? u.CreatedAt) < inactiveBefore).ToListAsync(cancellationToken))
        {
            // The warning and its mail are saved together, per person: never warned twice, never unmailed.
            user.InactivityWarnedAt = now;
            Outbox.Add(db, RetentionEmails.Warning(mail.In(user.PreferredLanguage), user.Email!, user.DisplayName, centre.Name, centre.InactiveAfterMonths, now.AddDays(centre.EraseAfterWarningDays), centre.ContactEmail), now);
            await db.SaveChangesAsync(cancellationToken);
            warned++;
        }

        var erased = 0;
        var due = await Candidates(db)
            .Where(u => u.InactivityWarnedAt != null && u.InactivityWarnedAt <= warnedBefore && (u.LastLoginAt == null || u.LastLoginAt <= u.InactivityWarnedAt))
            .ToListAsync(cancellationToken);
        foreach (var user in due)
        {
            var address = user.Email!;
            var name = user.DisplayName;
            var text = mail.In(user.PreferredLanguage);
            var volunteerId = await db.Volunteers.Where(v => v.UserId == user.Id).Select(v => v.Id).SingleAsync(cancellationToken);
            Outbox.Add(db, RetentionEmails.Erased(text, address, name, centre.Name), now);
            await VolunteerErasure.EraseAsync(db, users, user, Guid.Empty, now, cancellationToken);
            AuditLog.Record(db, Guid.Empty, AuditActions.Volunteer.EraseInactive, "Volunteer", volunteerId, now);
            await db.SaveChangesAsync(cancellationToken);
            erased++;
        }

        // Closed cases keep their figures but lose what was said about the person.
        var caseNotesRemoved = await MediationRetention.RemoveExpiredNotesAsync(db, now, now - now.AddMonths(-centre.CaseNotesKeptMonths), cancellationToken);

        LogRun(logger, cameBack, warned, erased, caseNotesRemoved);
        return new RetentionResult(cameBack, warned, erased, caseNotesRemoved);
    }

    /// <summary>
    /// Volunteer accounts the job may act on: a volunteer profile that is not erased, no other role
    /// (staff, administrator, organisation member), and no open mediation case.
    /// </summary>
    private static IQueryable<PortalUser> Candidates(PortalDbContext db)
    {
        var otherRoles = db.Roles.Where(r => r.Name != PortalRoles.Volunteer).Select(r => r.Id);
        return db.Users.Where(u =>
            db.Volunteers.Any(v => v.UserId == u.Id && v.ErasedAt == null
                && !db.Mediations.Any(m => m.VolunteerId == v.Id && m.Status != MediationStatus.Closed))
            && !db.UserRoles.Any(r => r.UserId == u.Id && otherRoles.Contains(r.RoleId)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {CameBack} came back, {Warned} warned, {Erased} erased, {CaseNotesRemoved} closed cases cleared")]
    private static partial void LogRun(ILogger logger, int cameBack, int warned, int erased, int caseNotesRemoved);
}

public sealed record RetentionResult(int CameBack, int Warned, int Erased, int CaseNotesRemoved = 0);
