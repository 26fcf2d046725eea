using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.BackOffice;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Courses;

/// <summary>
/// The centre's course calendar in the back office (/beheer/cursussen): publish, change and cancel
/// courses (everyone signed up is mailed), the participants with their attendance, and the list as
/// CSV. Viewing and exporting participants is audited: it shows names and addresses.
/// </summary>
[Route("beheer/cursussen")]
public sealed class StaffCoursesController(
    PortalDbContext db,
    CourseEmails emails,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mailTexts,
    TimeProvider clock) : BackOfficePortalController
{
    public const string RecordType = "Course";
    private const string Views = "~/Features/Courses/";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(Views + "StaffIndex.cshtml", await CourseQueries.ListAsync(db, clock.GetUtcNow().AddDays(-90), includeCancelled: true, cancellationToken));

    [HttpGet("nieuw")]
    public IActionResult New() => EditView(new CourseForm().WithEmptyRows(), null);

    [HttpPost("nieuw")]
    public async Task<IActionResult> Create(CourseForm form, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form))
        {
            return EditView(form.WithEmptyRows(), null);
        }

        var now = clock.GetUtcNow();
        Course course;
        try
        {
            course = Course.Publish(form.ToDetails(), UserId, now);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return EditView(form.WithEmptyRows(), null);
        }

        db.Courses.Add(course);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        AuditLog.Record(db, UserId, AuditActions.Courses.Publish, RecordType, course.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Flash("De cursus is gepubliceerd op /cursussen.");
        return Redirect($"/beheer/cursussen/{course.Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken)
    {
        var page = await ParticipantsAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        AuditLog.Record(db, UserId, AuditActions.Courses.ParticipantsView, RecordType, id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return View(Views + "StaffShow.cshtml", page);
    }

    [HttpGet("{id:int}/bewerken")]
    public async Task<IActionResult> Edit([FromRoute] int id, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return course is null ? NotFound() : EditView(CourseForm.Of(course), id);
    }

    [HttpPost("{id:int}/bewerken")]
    public async Task<IActionResult> Update([FromRoute] int id, CourseForm form, CancellationToken cancellationToken)
    {
        if (!await db.Courses.AnyAsync(c => c.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return EditView(form.WithEmptyRows(), id);
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var course = await db.Courses.Include(c => c.Registrations).AsSplitQuery().SingleAsync(c => c.Id == id, cancellationToken);
            var now = clock.GetUtcNow();
            IReadOnlyList<CourseRegistration> movedUp;
            try
            {
                movedUp = course.Change(form.ToDetails(), now);
            }
            catch (DomainException refusal)
            {
                AddDomainError(refusal);
                return EditView(form.WithEmptyRows(), id);
            }

            // Everyone signed up hears of the change; whoever moved up into a new place is told so.
            await MailEveryoneAsync(course, (r, text, to, name) => movedUp.Contains(r)
                ? emails.MovedUp(text, course, r, to, name, centre.Value.Name, now)
                : emails.Changed(text, course, r, to, name, centre.Value.Name, now), now, cancellationToken);
            AuditLog.Record(db, UserId, AuditActions.Courses.Change, RecordType, id, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateConcurrencyException) when (attempt < CourseSignUps.MaxAttempts)
            {
                // Someone signed up meanwhile: apply the change again to what the database holds now.
            }
        }

        Flash("De cursus is gewijzigd. Iedereen die zich heeft aangemeld, krijgt een e-mail.");
        return Redirect($"/beheer/cursussen/{id}");
    }

    [HttpPost("{id:int}/annuleren")]
    public async Task<IActionResult> Cancel([FromRoute] int id, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var course = await db.Courses.Include(c => c.Registrations).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (course is null)
            {
                return NotFound();
            }

            var now = clock.GetUtcNow();
            try
            {
                course.Cancel(now);
            }
            catch (DomainException refusal)
            {
                Flash(Text.Refusal(refusal));
                return Redirect($"/beheer/cursussen/{id}");
            }

            await MailEveryoneAsync(course, (r, text, to, name) => emails.Cancelled(text, course, r, to, name, centre.Value.Name, now), now, cancellationToken);
            AuditLog.Record(db, UserId, AuditActions.Courses.Cancel, RecordType, id, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateConcurrencyException) when (attempt < CourseSignUps.MaxAttempts)
            {
                // A sign-up came in at this moment: cancel again with that person included.
            }
        }

        Flash("De cursus is geannuleerd. Iedereen die zich had aangemeld, krijgt een e-mail.");
        return Redirect($"/beheer/cursussen/{id}");
    }

    [HttpPost("{id:int}/aanwezigheid")]
    public async Task<IActionResult> Attendance([FromRoute] int id, [FromForm(Name = "registratie")] int registrationId, [FromForm(Name = "aanwezig")] bool attended, CancellationToken cancellationToken)
    {
        var course = await db.Courses.Include(c => c.Registrations).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (course is null)
        {
            return NotFound();
        }

        try
        {
            course.RecordAttendance(registrationId, attended);
        }
        catch (DomainException refusal)
        {
            Flash(Text.Refusal(refusal));
            return Redirect($"/beheer/cursussen/{id}");
        }

        AuditLog.Record(db, UserId, AuditActions.Courses.Attendance, RecordType, id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Flash(attended ? "Aanwezig geregistreerd." : "Afwezig geregistreerd.");
        return Redirect($"/beheer/cursussen/{id}#deelnemers");
    }

    [HttpGet("{id:int}/deelnemers.csv")]
    public async Task<IActionResult> Export([FromRoute] int id, CancellationToken cancellationToken)
    {
        var page = await ParticipantsAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        AuditLog.Record(db, UserId, AuditActions.Courses.Export, RecordType, id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, FormatProvider = CultureInfo.GetCultureInfo("nl-NL"), Injection = CsvInjection.Escape }, true))
        {
            // Names typed by people are data: CsvHelper protects text that starts like a formula.
            csv.WriteRecord([Text["Naam"].Value, Text["E-mailadres"].Value, Text["Status"].Value, Text["Aangemeld op"].Value, Text["Aanwezig"].Value]);
            foreach (var participant in page.Participants)
            {
                csv.WriteRecord([
                    participant.Name,
                    participant.Email ?? string.Empty,
                    Text[StatusText(participant.Status)].Value,
                    DutchTime.DateAndTime(participant.SignedUpAt),
                    participant.Attended switch { true => Text["ja"].Value, false => Text["nee"].Value, null => string.Empty },
                ]);
            }
        }

        var bytes = stream.ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"deelnemers-{Slug.From(page.Title)}.csv");
    }

    public static string StatusText(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Confirmed => "Aangemeld",
        RegistrationStatus.Waiting => "Wachtlijst",
        _ => "Afgemeld",
    };

    private async Task MailEveryoneAsync(Course course, Func<CourseRegistration, MailText, string, string, EmailMessage> mail, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var active = course.Registrations.Where(r => r.Status != RegistrationStatus.Cancelled).ToList();
        var ids = active.Select(r => r.UserId).ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.PreferredLanguage })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        foreach (var registration in active)
        {
            if (people.TryGetValue(registration.UserId, out var person))
            {
                Outbox.Add(db, mail(registration, mailTexts.In(person.PreferredLanguage), person.Email!, person.DisplayName), now);
            }
        }
    }

    private async Task<ParticipantsPage?> ParticipantsAsync(int id, CancellationToken cancellationToken)
    {
        var course = await CourseQueries.DetailAsync(db, id, cancellationToken);
        if (course is null)
        {
            return null;
        }

        var participants = await db.CourseRegistrations.AsNoTracking()
            .Where(r => r.CourseId == id)
            .OrderBy(r => r.Status == RegistrationStatus.Confirmed ? 0 : r.Status == RegistrationStatus.Waiting ? 1 : 2)
            .ThenBy(r => r.SignedUpAt).ThenBy(r => r.Id)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new Participant(r.Id, u.DisplayName, u.Email, r.Status, r.SignedUpAt, r.Attended))
            .ToListAsync(cancellationToken);
        return new ParticipantsPage(course, course.Title, participants);
    }

    private ViewResult EditView(CourseForm form, int? id)
    {
        ViewData["CourseId"] = id;
        return View(Views + "StaffEdit.cshtml", form);
    }
}

public sealed record Participant(int RegistrationId, string Name, string? Email, RegistrationStatus Status, DateTimeOffset SignedUpAt, bool? Attended);

public sealed record ParticipantsPage(CourseDetail Course, string Title, IReadOnlyList<Participant> Participants);
