using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Questions;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.BackOffice;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Questions;

/// <summary>
/// Questions from organisations in the back office (/beheer/vragen): the list, the thread with
/// internal notes, answering (the members get a mail with a link, not the answer), assigning,
/// marking answered and reopening. Every view and change is in the audit log, like case notes.
/// </summary>
[Route("beheer/vragen")]
public sealed class StaffQuestionsController(
    PortalDbContext db,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : BackOfficePortalController
{
    public const string RecordType = "Question";
    private const string Views = "~/Features/Questions/";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "status")] string? status, [FromQuery(Name = "mijn")] bool mine, CancellationToken cancellationToken)
    {
        QuestionStatus? wanted = status switch
        {
            "open" => QuestionStatus.Open,
            "beantwoord" => QuestionStatus.Answered,
            _ => null,
        };
        var rows = await QuestionQueries.ListAsync(db, null, wanted, mine ? UserId : null, cancellationToken);
        return View(Views + "StaffIndex.cshtml", new StaffQuestionList(rows, wanted is null ? null : status, mine));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, new MessageForm(), new MessageForm(), cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        AuditLog.Record(db, UserId, AuditActions.Questions.View, RecordType, id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return View(Views + "StaffShow.cshtml", page);
    }

    [HttpPost("{id:int}/antwoorden")]
    public Task<IActionResult> Answer([FromRoute] int id, [Bind(Prefix = "Answer")] MessageForm form, [FromForm(Name = "KeepOpen")] bool keepOpen, CancellationToken cancellationToken) =>
        WriteAsync(id, form, isNote: false, keepOpen, cancellationToken);

    [HttpPost("{id:int}/notities")]
    public Task<IActionResult> Note([FromRoute] int id, [Bind(Prefix = "Note")] MessageForm form, CancellationToken cancellationToken) =>
        WriteAsync(id, form, isNote: true, keepOpen: true, cancellationToken);

    [HttpPost("{id:int}/toewijzen")]
    public async Task<IActionResult> Assign([FromRoute] int id, QuestionAssignForm form, CancellationToken cancellationToken)
    {
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (question is null)
        {
            return NotFound();
        }

        if (form.StaffId is { } staff && !(await QuestionQueries.StaffAsync(db, cancellationToken)).Exists(s => s.Id == staff))
        {
            Flash("Kies een medewerker van de centrale.");
            return Redirect($"/beheer/vragen/{id}");
        }

        question.AssignTo(form.StaffId);
        AuditLog.Record(db, UserId, AuditActions.Questions.Assign, RecordType, id, clock.GetUtcNow());
        return await SaveAsync(id, "De vraag is toegewezen.", cancellationToken);
    }

    [HttpPost("{id:int}/beantwoord")]
    public Task<IActionResult> MarkAnswered([FromRoute] int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (q, now) => q.MarkAnswered(now), AuditActions.Questions.MarkAnswered, "De vraag staat op beantwoord.", cancellationToken);

    [HttpPost("{id:int}/heropenen")]
    public Task<IActionResult> Reopen([FromRoute] int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (q, now) => q.Reopen(now), AuditActions.Questions.Reopen, "De vraag staat weer open.", cancellationToken);

    private async Task<IActionResult> WriteAsync(int id, MessageForm form, bool isNote, bool keepOpen, CancellationToken cancellationToken)
    {
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (question is null)
        {
            return NotFound();
        }

        var prefix = isNote ? "Note" : "Answer";
        var validator = HttpContext.RequestServices.GetRequiredService<FluentValidation.IValidator<MessageForm>>();
        var result = await validator.ValidateAsync(form, cancellationToken);
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError($"{prefix}.{error.PropertyName}", error.ErrorMessage);
        }

        if (ModelState.IsValid)
        {
            var now = clock.GetUtcNow();
            try
            {
                if (isNote)
                {
                    question.AddNote(form.Text!, UserId, now);
                    AuditLog.Record(db, UserId, AuditActions.Questions.Note, RecordType, id, now);
                }
                else
                {
                    question.Answer(form.Text!, UserId, now, markAnswered: !keepOpen && question.Status == QuestionStatus.Open);
                    AuditLog.Record(db, UserId, AuditActions.Questions.Answer, RecordType, id, now);
                    var link = urls.Absolute($"/organisatie/vragen/{id}");
                    var organisation = await db.Organisations.Where(o => o.Id == question.OrganisationId).Select(o => o.Name).SingleAsync(cancellationToken);
                    foreach (var (email, name, language) in await QuestionQueries.MembersAsync(db, question.OrganisationId, cancellationToken))
                    {
                        Outbox.Add(db, QuestionEmails.AnswerToMember(mail.In(language), email, name, organisation, centre.Value.Name, link), now);
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                Flash(isNote ? "De notitie is opgeslagen." : "Het antwoord is verstuurd. De leden van de organisatie krijgen een e-mail met een link.");
                return Redirect($"/beheer/vragen/{id}");
            }
            catch (DomainException refusal)
            {
                AddDomainError(refusal, $"{prefix}.Text");
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError($"{prefix}.Text", Text["De vraag is net gewijzigd. Probeer het nog eens."]);
            }
        }

        db.ChangeTracker.Clear();
        var page = await PageAsync(id, isNote ? new MessageForm() : form, isNote ? form : new MessageForm(), cancellationToken);
        return View(Views + "StaffShow.cshtml", page!);
    }

    private async Task<IActionResult> ChangeAsync(int id, Action<Question, DateTimeOffset> change, string action, string done, CancellationToken cancellationToken)
    {
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (question is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        try
        {
            change(question, now);
        }
        catch (DomainException refusal)
        {
            Flash(Text.Refusal(refusal));
            return Redirect($"/beheer/vragen/{id}");
        }

        AuditLog.Record(db, UserId, action, RecordType, id, now);
        return await SaveAsync(id, done, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(int id, string done, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            Flash(done);
        }
        catch (DbUpdateConcurrencyException)
        {
            Flash("De vraag is net gewijzigd. Probeer het nog eens.");
        }

        return Redirect($"/beheer/vragen/{id}");
    }

    private async Task<StaffThreadPage?> PageAsync(int id, MessageForm answer, MessageForm note, CancellationToken cancellationToken)
    {
        var thread = await QuestionQueries.ThreadAsync(db, id, null, cancellationToken);
        return thread is null ? null : new StaffThreadPage(thread, await QuestionQueries.StaffAsync(db, cancellationToken), answer, note);
    }
}

public sealed record StaffQuestionList(IReadOnlyList<QuestionRow> Questions, string? Status, bool Mine);

public sealed record StaffThreadPage(QuestionThread Thread, IReadOnlyList<StaffOption> Staff, MessageForm Answer, MessageForm Note);
