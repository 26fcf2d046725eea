using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Courses;

/// <summary>The outcome of signing up or cancelling: the new status, or the Dutch reason it was refused.</summary>
public sealed record SignUpOutcome(RegistrationStatus? Status, string? Refusal);

/// <summary>
/// Signing up and cancelling under concurrency, as for the last place of a vacancy (docs/adr/0006):
/// load the course with its registrations, let the domain decide, save with the course's
/// <c>Version</c> as concurrency token; the loser of a race starts again from what the database
/// holds now. Each round of a race has one winner, so n people signing up at the same moment need
/// at most n attempts; a course opening attracts more of them than a vacancy's last place, hence
/// ten attempts instead of the vacancy's five. The mails go into the outbox in the same save.
/// </summary>
public sealed class CourseSignUps(PortalDbContext db, CourseEmails emails, MailTexts mail, IOptionsSnapshot<CentreOptions> centre, TimeProvider clock)
{
    public const int MaxAttempts = 10;

    public async Task<SignUpOutcome> SignUpAsync(int courseId, Guid userId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var course = await LoadAsync(courseId, cancellationToken);
            if (course is null)
            {
                return new SignUpOutcome(null, "Deze cursus bestaat niet.");
            }

            var now = clock.GetUtcNow();
            CourseRegistration registration;
            try
            {
                registration = course.SignUp(userId, now);
            }
            catch (DomainException refusal)
            {
                return new SignUpOutcome(null, refusal.Message);
            }

            var person = await PersonAsync(userId, cancellationToken);
            try
            {
                // The registration needs its id for the cancel link: save, then add the mail in one transaction.
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                if (person is { Email: { } to })
                {
                    Outbox.Add(db, emails.SignedUp(mail.In(person.Language), course, registration, to, person.Name, centre.Value.Name, now), now);
                    await db.SaveChangesAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return new SignUpOutcome(registration.Status, null);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Someone else signed up or cancelled at the same moment: look again.
            }
            catch (DbUpdateException)
            {
                return new SignUpOutcome(null, "Het is nu erg druk bij deze cursus. Probeer het over een paar tellen opnieuw.");
            }
        }
    }

    /// <summary>Cancels <paramref name="userId"/>'s registration; whoever moves up gets a mail with the calendar file.</summary>
    public async Task<SignUpOutcome> CancelAsync(int courseId, Guid userId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var course = await LoadAsync(courseId, cancellationToken);
            if (course is null)
            {
                return new SignUpOutcome(null, "Deze cursus bestaat niet.");
            }

            var now = clock.GetUtcNow();
            CourseRegistration? movedUp;
            try
            {
                movedUp = course.CancelRegistration(userId, now);
            }
            catch (DomainException refusal)
            {
                return new SignUpOutcome(null, refusal.Message);
            }

            if (movedUp is not null && await PersonAsync(movedUp.UserId, cancellationToken) is { Email: { } to } person)
            {
                Outbox.Add(db, emails.MovedUp(mail.In(person.Language), course, movedUp, to, person.Name, centre.Value.Name, now), now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new SignUpOutcome(RegistrationStatus.Cancelled, null);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another sign-up or cancellation changed the places in the same instant: look again.
            }
            catch (DbUpdateException)
            {
                return new SignUpOutcome(null, "Het is nu erg druk bij deze cursus. Probeer het over een paar tellen opnieuw.");
            }
        }
    }

    private Task<Course?> LoadAsync(int courseId, CancellationToken cancellationToken) =>
        db.Courses.Include(c => c.Registrations).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);

    private async Task<Person?> PersonAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName, u.PreferredLanguage }).SingleOrDefaultAsync(cancellationToken);
        return user is null ? null : new Person(user.Email, user.DisplayName, user.PreferredLanguage);
    }

    private sealed record Person(string? Email, string Name, string Language);
}
