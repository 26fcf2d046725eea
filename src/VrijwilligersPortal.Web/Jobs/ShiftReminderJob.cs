using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Reminders;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Reminders;
using VrijwilligersPortal.Web.Features.Shifts;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>
/// The reminder the day before a shift, with the .ics, to everyone with a confirmed place
/// (issue 17). Runs on the reminders' schedule (<c>Reminders:CheckEvery</c>) under its own lease;
/// at most once per sign-up by a <see cref="ReminderDelivery"/> of kind
/// <see cref="ReminderKinds.ShiftTomorrow"/>, added in the same save as the mail (docs/adr/0112).
/// </summary>
public sealed partial class ShiftReminderJob(
    IServiceScopeFactory scopes,
    JobLeases leases,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<ShiftReminderJob> logger) : IPortalJob
{
    public const string LeaseName = "shift-reminders";

    public string Name => LeaseName;

    public JobSchedule Schedule => new(options.Value.CheckEvery, options.Value.CheckEvery);

    async Task<bool> IPortalJob.RunScheduledAsync(CancellationToken cancellationToken) => (await RunOnceAsync(cancellationToken)) is not null;

    /// <summary>One pass; the number of reminders sent, or null when another instance held the lease.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken cancellationToken = default, string? holder = null)
    {
        var run = await leases.RunAsync(LeaseName, holder ?? JobLeases.ThisInstance, TimeSpan.FromMinutes(1), RunAsync, cancellationToken);
        return run.Ran ? run.Result : null;
    }

    private async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var now = clock.GetUtcNow();
            var tomorrow = now.AddDays(1);
            due = await db.ShiftSignUps.AsNoTracking()
                .Where(s => s.Status == ShiftSignUpStatus.Confirmed && s.Shift!.Status == ShiftStatus.Open && s.Shift.StartsAt > now && s.Shift.StartsAt <= tomorrow)
                .Where(s => !db.ReminderDeliveries.Any(d => d.Kind == ReminderKinds.ShiftTomorrow && d.SubjectId == s.Id))
                .OrderBy(s => s.Id).Select(s => s.Id).Take(1000).ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                if (await SendAsync(scope.ServiceProvider, id, cancellationToken))
                {
                    sent++;
                }
            }
            catch (DbUpdateException)
            {
                // Another instance recorded this reminder at the same moment (the unique index): it is theirs.
            }
        }

        LogRun(logger, sent);
        return sent;
    }

    private async Task<bool> SendAsync(IServiceProvider services, int signUpId, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow();
        var shift = await db.Shifts.AsNoTracking().Include(s => s.SignUps.Where(u => u.Id == signUpId)).SingleOrDefaultAsync(s => s.SignUps.Any(u => u.Id == signUpId), cancellationToken);
        if (shift is null || await ShiftQueries.ActivityAsync(db, shift.VacancyId, cancellationToken) is not { } activity)
        {
            return false;
        }

        var signUp = shift.SignUps.Single();
        db.ReminderDeliveries.Add(new ReminderDelivery(ReminderKinds.ShiftTomorrow, signUpId, now));
        if (await ShiftQueries.PersonAsync(db, signUp.VolunteerId, cancellationToken) is { Email: { } to } person)
        {
            var centre = services.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value.Name;
            Outbox.Add(db, services.GetRequiredService<ShiftEmails>().Reminder(services.GetRequiredService<MailTexts>().In(person.Language), activity, shift, signUp, to, person.Name, centre, now), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shift reminder run: {Sent} reminders")]
    private static partial void LogRun(ILogger logger, int sent);
}
