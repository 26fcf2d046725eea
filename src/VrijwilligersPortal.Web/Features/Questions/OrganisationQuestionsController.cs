using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Questions;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Organisation;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Questions;

/// <summary>
/// Questions to the centre from the organisation portal (/organisatie/vragen): ask, read the
/// thread, react. Every read and write filters on the current organisation, so another
/// organisation's question is a 404, whatever id is typed.
/// </summary>
[Route("organisatie/vragen")]
public sealed class OrganisationQuestionsController(
    PortalDbContext db,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : OrganisationPortalController
{
    private const string Views = "~/Features/Questions/";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(Views + "OrganisationIndex.cshtml", await QuestionQueries.ListAsync(db, Current.Id, null, null, cancellationToken));

    [HttpGet("nieuw")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        await ShowNewAsync(new AskForm(), cancellationToken);

    [HttpPost("nieuw")]
    public async Task<IActionResult> Ask(AskForm form, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form))
        {
            return await ShowNewAsync(form, cancellationToken);
        }

        var topics = await QuestionQueries.TopicsAsync(db, cancellationToken);
        if (!topics.Exists(t => t.Id == form.TopicId))
        {
            ModelState.AddModelError(nameof(form.TopicId), Text["Kies een onderwerp."]);
            return await ShowNewAsync(form, cancellationToken);
        }

        var now = clock.GetUtcNow();
        Question question;
        try
        {
            question = Question.Ask(Current.Id, form.TopicId!.Value, form.Subject!, form.Text!, UserId, now);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return await ShowNewAsync(form, cancellationToken);
        }

        db.Questions.Add(question);
        if (!string.IsNullOrWhiteSpace(centre.Value.ContactEmail))
        {
            // The centre's own address hears of it, in the same save; the content stays in the portal.
            Outbox.Add(db, QuestionEmails.NewQuestionToStaff(mail.CentreDutch, centre.Value.ContactEmail, Current.Organisation.Name, urls.Absolute("/beheer/vragen?status=open")), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        Flash("Je vraag is verstuurd. Je krijgt een e-mail zodra er een antwoord is.");
        return Redirect($"/organisatie/vragen/{question.Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show([FromRoute] int id, CancellationToken cancellationToken)
    {
        var thread = await QuestionQueries.ThreadAsync(db, id, Current.Id, cancellationToken);
        return thread is null ? NotFound() : ShowThread(thread, new MessageForm());
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> React([FromRoute] int id, MessageForm form, CancellationToken cancellationToken)
    {
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == id && q.OrganisationId == Current.Id, cancellationToken);
        if (question is null)
        {
            return NotFound();
        }

        if (await ValidateAsync(form))
        {
            try
            {
                var now = clock.GetUtcNow();
                question.React(form.Text!, UserId, now);
                if (question.AssignedStaffId is { } staff
                    && await db.Users.Where(u => u.Id == staff && u.Email != null).Select(u => new { u.Email, u.PreferredLanguage }).SingleOrDefaultAsync(cancellationToken) is { } staffMember)
                {
                    Outbox.Add(db, QuestionEmails.ReactionToStaff(mail.In(staffMember.PreferredLanguage), staffMember.Email!, Current.Organisation.Name, urls.Absolute($"/beheer/vragen/{question.Id}")), now);
                }

                await db.SaveChangesAsync(cancellationToken);
                Flash("Je reactie is verstuurd.");
                return Redirect($"/organisatie/vragen/{id}");
            }
            catch (DomainException refusal)
            {
                AddDomainError(refusal, nameof(form.Text));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(nameof(form.Text), Text["De vraag is net gewijzigd. Probeer het nog eens."]);
            }
        }

        var thread = await QuestionQueries.ThreadAsync(db, id, Current.Id, cancellationToken);
        return ShowThread(thread!, form);
    }

    private async Task<ViewResult> ShowNewAsync(AskForm form, CancellationToken cancellationToken)
    {
        ViewData["Topics"] = await QuestionQueries.TopicsAsync(db, cancellationToken);
        return View(Views + "OrganisationNew.cshtml", form);
    }

    private ViewResult ShowThread(QuestionThread thread, MessageForm form)
    {
        ViewData["Thread"] = thread;
        return View(Views + "OrganisationShow.cshtml", form);
    }
}
