using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Reminders;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Courses;
using VrijwilligersPortal.Web.Features.Reminders;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>What one run of the reminders did, per kind.</summary>
public sealed record ReminderRun(bool Ran, int Unanswered, int StillWaiting, int Expiring, int Inactive, int CourseReminders);

/// <summary>
/// The reminders that keep people from waiting (issue 16, docs/adr/0112): an application without
/// an answer after N days (to the organisation's members) and after 2N days (to the volunteer,
/// with other matching vacancies and the offer of help), a vacancy that ends within 14 days, an
/// organisation with public vacancies whose members have not logged in for 6 months (to staff),
/// and a course's reminder the day before. One run holds the <c>reminders</c> lease; each reminder
/// is recorded in <c>ReminderDeliveries</c> (unique per kind and subject) in the same save as its
/// mails, so it goes out at most once, whatever instance or restart tries again.
/// </summary>
public sealed partial class ReminderJob(
    IServiceScopeFactory scopes,
    JobLeases leases,
    ReminderTokens tokens,
    IOptions<ReminderOptions> options,
    PublicUrls urls,
    TimeProvider clock,
    ILogger<ReminderJob> logger) : IPortalJob
{
    public const string LeaseName = "reminders";

    public string Name => LeaseName;

    public JobSchedule Schedule => new(options.Value.CheckEvery, options.Value.CheckEvery);

    async Task<bool> IPortalJob.RunScheduledAsync(CancellationToken cancellationToken) => (await RunOnceAsync(cancellationToken)).Ran;

    public async Task<ReminderRun> RunOnceAsync(CancellationToken cancellationToken = default, string? holder = null)
    {
        var run = await leases.RunAsync(LeaseName, holder ?? JobLeases.ThisInstance, TimeSpan.FromMinutes(1), RunAsync, cancellationToken);
        return run.Ran ? run.Result! : new ReminderRun(false, 0, 0, 0, 0, 0);
    }

    private async Task<ReminderRun> RunAsync(CancellationToken cancellationToken)
    {
        var result = new ReminderRun(
            true,
            await EachAsync(DueUnansweredAsync(ReminderKinds.ApplicationUnanswered, 1, cancellationToken), SendUnansweredAsync, cancellationToken),
            await EachAsync(DueUnansweredAsync(ReminderKinds.ApplicationStillWaiting, 2, cancellationToken), SendStillWaitingAsync, cancellationToken),
            await EachAsync(DueExpiringAsync(cancellationToken), SendExpiringAsync, cancellationToken),
            await EachAsync(DueInactiveAsync(cancellationToken), SendInactiveAsync, cancellationToken),
            await EachAsync(DueCourseRemindersAsync(cancellationToken), SendCourseReminderAsync, cancellationToken));
        LogRun(logger, result.Unanswered, result.StillWaiting, result.Expiring, result.Inactive, result.CourseReminders);
        return result;
    }

    /// <summary>Runs <paramref name="send"/> for each id in a scope of its own; one failure does not stop the rest.</summary>
    private async Task<int> EachAsync(Task<List<int>> due, Func<IServiceProvider, PortalDbContext, int, CancellationToken, Task<bool>> send, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var id in await due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            try
            {
                if (await send(scope.ServiceProvider, db, id, cancellationToken))
                {
                    await db.SaveChangesAsync(cancellationToken);
                    sent++;
                }
            }
            catch (DbUpdateException)
            {
                // Another instance recorded this reminder at the same moment (the unique index), or
                // the course changed under us: it is somebody else's or the next run's.
            }
        }

        return sent;
    }

    private async Task<List<int>> WithScopeAsync(Func<PortalDbContext, IServiceProvider, Task<List<int>>> read)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), scope.ServiceProvider);
    }

    private Task<List<int>> DueUnansweredAsync(string kind, int times, CancellationToken cancellationToken) => WithScopeAsync((db, services) =>
    {
        var days = Math.Max(1, services.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value.UnansweredAfterDays);
        var before = clock.GetUtcNow().AddDays(-days * times);
        return db.Applications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Submitted && a.SubmittedAt <= before)
            .Where(a => !db.ReminderDeliveries.Any(d => d.Kind == kind && d.SubjectId == a.Id))
            .OrderBy(a => a.Id).Select(a => a.Id).Take(500).ToListAsync(cancellationToken);
    });

    private Task<List<int>> DueExpiringAsync(CancellationToken cancellationToken) => WithScopeAsync((db, _) =>
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = today.AddDays(options.Value.VacancyExpiresWithinDays);
        return db.Vacancies.AsNoTracking()
            .Where(v => v.Status == VacancyStatus.Published && v.EndDate != null && v.EndDate >= today && v.EndDate <= last)
            .Where(v => !db.ReminderDeliveries.Any(d => d.Kind == ReminderKinds.VacancyExpiring && d.SubjectId == v.Id))
            .OrderBy(v => v.Id).Select(v => v.Id).Take(500).ToListAsync(cancellationToken);
    });

    private Task<List<int>> DueInactiveAsync(CancellationToken cancellationToken) => WithScopeAsync(async (db, _) =>
    {
        var now = clock.GetUtcNow();
        var before = now.AddMonths(-options.Value.OrganisationInactiveAfterMonths);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var candidates = await db.Organisations.AsNoTracking()
            .Where(o => o.Status == OrganisationStatus.Approved)
            .Where(o => db.Vacancies.Any(v => v.OrganisationId == o.Id && v.Status == VacancyStatus.Published && (v.EndDate == null || v.EndDate >= today)))
            .Where(o => !db.ReminderDeliveries.Any(d => d.Kind == ReminderKinds.OrganisationInactive && d.SubjectId == o.Id))
            .Where(o => !o.Members.Any(m => db.Users.Any(u => u.Id == m.UserId && ((u.LastLoginAt ?? u.CreatedAt) > before))))
            .OrderBy(o => o.Id).Select(o => o.Id).Take(500).ToListAsync(cancellationToken);
        return candidates;
    });

    private Task<List<int>> DueCourseRemindersAsync(CancellationToken cancellationToken) => WithScopeAsync((db, _) =>
    {
        var now = clock.GetUtcNow();
        var tomorrow = now.AddDays(1);
        return db.CourseRegistrations.AsNoTracking()
            .Where(r => r.Status == RegistrationStatus.Confirmed && r.ReminderSentAt == null)
            .Where(r => r.Course!.Status == CourseStatus.Published && r.Course.StartsAt > now && r.Course.StartsAt <= tomorrow)
            .OrderBy(r => r.Id).Select(r => r.Id).Take(1000).ToListAsync(cancellationToken);
    });

    private async Task<bool> SendUnansweredAsync(IServiceProvider services, PortalDbContext db, int applicationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Id == applicationId && a.Status == ApplicationStatus.Submitted)
            .Select(a => new { a.VacancyId, a.SubmittedAt, a.Vacancy!.Title, a.Vacancy.OrganisationId })
            .SingleOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return false;
        }

        var centre = services.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value.Name;
        var members = await MembersAsync(db, application.OrganisationId, cancellationToken);
        var link = urls.Absolute($"/organisatie/vacatures/{application.VacancyId}/reacties");
        var readers = await WithoutOptOutsAsync(db, members, ReminderKinds.ApplicationUnanswered, cancellationToken);
        var textFor = await services.GetRequiredService<MailTexts>().ForAllAsync(readers.Select(r => r.Email), cancellationToken);
        foreach (var (email, name) in readers)
        {
            Outbox.Add(db, ReminderEmails.Unanswered(textFor(email), email, name, application.Title, application.SubmittedAt, link, OptOutLink(email, ReminderKinds.ApplicationUnanswered), centre), now);
        }

        db.ReminderDeliveries.Add(new ReminderDelivery(ReminderKinds.ApplicationUnanswered, applicationId, now));
        return true;
    }

    private async Task<bool> SendStillWaitingAsync(IServiceProvider services, PortalDbContext db, int applicationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Id == applicationId && a.Status == ApplicationStatus.Submitted)
            .Select(a => new
            {
                a.VacancyId,
                a.VolunteerId,
                a.Vacancy!.Title,
                Organisation = a.Vacancy.Organisation!.Name,
                Volunteer = db.Volunteers.Where(v => v.Id == a.VolunteerId && v.ErasedAt == null).Select(v => new { v.Name, v.Email }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return false;
        }

        // Recorded even when nobody can be mailed, so the application is not looked at again.
        db.ReminderDeliveries.Add(new ReminderDelivery(ReminderKinds.ApplicationStillWaiting, applicationId, now));
        if (application.Volunteer is { Email: { Length: > 0 } email } volunteer
            && (await WithoutOptOutsAsync(db, [(email, volunteer.Name)], ReminderKinds.ApplicationStillWaiting, cancellationToken)).Count == 1)
        {
            var others = await ReminderMatches.OtherVacanciesAsync(services.GetRequiredService<MatchingQueries>(), application.VolunteerId, application.VacancyId, urls, cancellationToken);
            var centre = services.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value.Name;
            var text = await services.GetRequiredService<MailTexts>().ForAsync(email, cancellationToken);
            Outbox.Add(db, ReminderEmails.StillWaiting(text, email, volunteer.Name, application.Title, application.Organisation, others, urls.Absolute("/mijn/profiel"), OptOutLink(email, ReminderKinds.ApplicationStillWaiting), centre), now);
        }

        return true;
    }

    private async Task<bool> SendExpiringAsync(IServiceProvider services, PortalDbContext db, int vacancyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var vacancy = await db.Vacancies.AsNoTracking()
            .Where(v => v.Id == vacancyId)
            .Select(v => new { v.Title, v.EndDate, v.ContactName, v.ContactEmail })
            .SingleAsync(cancellationToken);
        db.ReminderDeliveries.Add(new ReminderDelivery(ReminderKinds.VacancyExpiring, vacancyId, now));
        if ((await WithoutOptOutsAsync(db, [(vacancy.ContactEmail, vacancy.ContactName)], ReminderKinds.VacancyExpiring, cancellationToken)).Count == 1)
        {
            var centre = services.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value.Name;
            var text = await services.GetRequiredService<MailTexts>().ForAsync(vacancy.ContactEmail, cancellationToken);
            Outbox.Add(db, ReminderEmails.VacancyExpiring(text, vacancy.ContactEmail, vacancy.ContactName, vacancy.Title, vacancy.EndDate!.Value, urls.Absolute($"/organisatie/vacatures/{vacancyId}/bewerken"), OptOutLink(vacancy.ContactEmail, ReminderKinds.VacancyExpiring), centre), now);
        }

        return true;
    }

    private async Task<bool> SendInactiveAsync(IServiceProvider services, PortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new
            {
                o.Name,
                LastLogin = o.Members.Select(m => db.Users.Where(u => u.Id == m.UserId).Select(u => u.LastLoginAt).FirstOrDefault()).Max(),
                Public = db.Vacancies.Count(v => v.OrganisationId == o.Id && v.Status == VacancyStatus.Published && (v.EndDate == null || v.EndDate >= today)),
            })
            .SingleAsync(cancellationToken);
        db.ReminderDeliveries.Add(new ReminderDelivery(ReminderKinds.OrganisationInactive, organisationId, now));

        // The centre's own address; without one, every staff account (this is work, not a subscription).
        var centreAddress = services.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value.ContactEmail;
        var recipients = !string.IsNullOrWhiteSpace(centreAddress)
            ? [centreAddress]
            : await (from user in db.Users
                     join userRole in db.UserRoles on user.Id equals userRole.UserId
                     join role in db.Roles on userRole.RoleId equals role.Id
                     where role.Name == PortalRoles.Staff && user.Email != null
                     select user.Email!).Distinct().ToListAsync(cancellationToken);
        var textFor = await services.GetRequiredService<MailTexts>().ForAllAsync(recipients, cancellationToken);
        foreach (var to in recipients)
        {
            Outbox.Add(db, ReminderEmails.OrganisationInactive(textFor(to), to, organisation.Name, organisation.LastLogin, organisation.Public, urls.Absolute($"/beheer/organisaties/{organisationId}")), now);
        }

        return true;
    }

    private async Task<bool> SendCourseReminderAsync(IServiceProvider services, PortalDbContext db, int registrationId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var registration = await db.CourseRegistrations.SingleOrDefaultAsync(r => r.Id == registrationId && r.ReminderSentAt == null, cancellationToken);
        if (registration is null)
        {
            return false;
        }

        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == registration.CourseId, cancellationToken);
        var person = await db.Users.AsNoTracking().Where(u => u.Id == registration.UserId).Select(u => new { u.Email, u.DisplayName, u.PreferredLanguage }).SingleOrDefaultAsync(cancellationToken);
        registration.MarkReminded(now);
        if (person?.Email is { } email)
        {
            var centre = services.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value.Name;
            Outbox.Add(db, services.GetRequiredService<CourseEmails>().Reminder(services.GetRequiredService<MailTexts>().In(person.PreferredLanguage), course, registration, email, person.DisplayName, centre, now), now);
        }

        return true;
    }

    private static async Task<List<(string Email, string Name)>> MembersAsync(PortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        var members = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .SelectMany(o => o.Members)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, u.DisplayName })
            .Where(u => u.Email != null)
            .ToListAsync(cancellationToken);
        return [.. members.Select(m => (m.Email!, m.DisplayName))];
    }

    private static async Task<List<(string Email, string Name)>> WithoutOptOutsAsync(PortalDbContext db, List<(string Email, string Name)> people, string kind, CancellationToken cancellationToken)
    {
        var addresses = people.Select(p => ReminderOptOut.Normalise(p.Email)).ToList();
        var off = await db.ReminderOptOuts.AsNoTracking().Where(o => o.Kind == kind && addresses.Contains(o.Email)).Select(o => o.Email).ToListAsync(cancellationToken);
        return [.. people.Where(p => !off.Contains(ReminderOptOut.Normalise(p.Email)))];
    }

    private string OptOutLink(string email, string kind) => urls.Absolute($"/herinneringen/afmelden?token={Uri.EscapeDataString(tokens.For(email, kind))}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder run: {Unanswered} unanswered, {StillWaiting} still waiting, {Expiring} expiring, {Inactive} inactive organisations, {Courses} course reminders")]
    private static partial void LogRun(ILogger logger, int unanswered, int stillWaiting, int expiring, int inactive, int courses);
}

/// <summary>
/// Other vacancies for a volunteer who still waits: the matching service's public entry point
/// (<see cref="MatchingQueries"/>), in this one place so it can be repointed when the vacancy
/// index changes.
/// </summary>
internal static class ReminderMatches
{
    public static async Task<IReadOnlyList<OtherVacancy>> OtherVacanciesAsync(MatchingQueries matching, int volunteerId, int waitingFor, PublicUrls urls, CancellationToken cancellationToken)
    {
        var ranked = await matching.RankVacanciesAsync(volunteerId, 4, cancellationToken);
        return [.. ranked.Where(r => r.VacancyId != waitingFor).Take(3).Select(r => new OtherVacancy(r.Title, urls.Absolute($"/vacatures/{r.VacancyId}/{Slug.From(r.Title)}")))];
    }
}
