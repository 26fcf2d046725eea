using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Shifts;

/// <summary>The outcome of signing up or cancelling: the new status, or the Dutch reason it was refused.</summary>
public sealed record ShiftOutcome(ShiftSignUpStatus? Status, string? Refusal)
{
    public const string NotFound = "Deze dienst bestaat niet.";
}

/// <summary>
/// Signing up for a shift and cancelling under concurrency, exactly as the last place of a vacancy
/// and the course places (docs/adr/0006, 0111): load the shift with its sign-ups, let the domain
/// decide, save with the shift's <c>Version</c> as concurrency token; the loser of a race starts
/// again from what the database holds now (at most <see cref="MaxAttempts"/> times: each round has
/// one winner). The mails go into the outbox in the same transaction.
/// </summary>
public sealed class ShiftSignUps(PortalDbContext db, ShiftEmails emails, MailTexts mail, IOptionsSnapshot<CentreOptions> centre, TimeProvider clock)
{
    public const int MaxAttempts = 10;

    public async Task<ShiftOutcome> SignUpAsync(int vacancyId, int shiftId, int volunteerId, SignUpDetails details, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            var activity = await ShiftQueries.PublicActivityAsync(db, vacancyId, clock.Today(), cancellationToken);
            var shift = activity is null ? null : await LoadAsync(shiftId, cancellationToken);
            if (activity is null || shift is null || shift.VacancyId != vacancyId)
            {
                return new ShiftOutcome(null, ShiftOutcome.NotFound);
            }

            var taken = await db.ShiftSignUps.AsNoTracking()
                .Where(s => s.VolunteerId == volunteerId && s.ShiftId != shiftId && s.Shift!.Status == ShiftStatus.Open
                    && (s.Status == ShiftSignUpStatus.Confirmed || s.Status == ShiftSignUpStatus.Pending || s.Status == ShiftSignUpStatus.Waiting))
                .Select(s => new { s.Shift!.StartsAt, s.Shift.EndsAt })
                .ToListAsync(cancellationToken);
            ShiftSignUp signUp;
            try
            {
                signUp = shift.SignUp(volunteerId, details, taken.Select(t => (t.StartsAt, t.EndsAt)), now);
            }
            catch (DomainException refusal)
            {
                return new ShiftOutcome(null, refusal.Message);
            }

            var person = await PersonAsync(volunteerId, cancellationToken);
            try
            {
                // The sign-up needs its id for the cancel link: save, then add the mail, in one transaction.
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                if (person is { Email: { } to })
                {
                    Outbox.Add(db, emails.SignedUp(mail.In(person.Language), activity, shift, signUp, to, person.Name, centre.Value.Name, now), now);
                    await db.SaveChangesAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return new ShiftOutcome(signUp.Status, null);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Someone else signed up or cancelled at the same moment: look again.
            }
            catch (DbUpdateException)
            {
                return new ShiftOutcome(null, "Het is nu erg druk bij deze dienst. Probeer het over een paar tellen opnieuw.");
            }
        }
    }

    /// <summary>Cancels the volunteer's sign-up; whoever moves up gets a mail (with the calendar file when they have a place).</summary>
    public async Task<ShiftOutcome> CancelAsync(int shiftId, int volunteerId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var shift = await LoadAsync(shiftId, cancellationToken);
            if (shift is null)
            {
                return new ShiftOutcome(null, ShiftOutcome.NotFound);
            }

            var now = clock.GetUtcNow();
            ShiftSignUp? movedUp;
            try
            {
                movedUp = shift.CancelSignUp(volunteerId, now);
            }
            catch (DomainException refusal)
            {
                return new ShiftOutcome(null, refusal.Message);
            }

            if (movedUp is not null && await PersonAsync(movedUp.VolunteerId, cancellationToken) is { Email: { } to } person
                && await ShiftQueries.ActivityAsync(db, shift.VacancyId, cancellationToken) is { } activity)
            {
                Outbox.Add(db, emails.MovedUp(mail.In(person.Language), activity, shift, movedUp, to, person.Name, centre.Value.Name, now), now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new ShiftOutcome(ShiftSignUpStatus.Cancelled, null);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another sign-up or cancellation changed the places in the same instant: look again.
            }
            catch (DbUpdateException)
            {
                return new ShiftOutcome(null, "Het is nu erg druk bij deze dienst. Probeer het over een paar tellen opnieuw.");
            }
        }
    }

    private Task<Shift?> LoadAsync(int shiftId, CancellationToken cancellationToken) =>
        db.Shifts.Include(s => s.SignUps).AsSplitQuery().SingleOrDefaultAsync(s => s.Id == shiftId, cancellationToken);

    private async Task<ShiftPerson?> PersonAsync(int volunteerId, CancellationToken cancellationToken) =>
        await ShiftQueries.PersonAsync(db, volunteerId, cancellationToken);
}
