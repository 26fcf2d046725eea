using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.FollowUps;

/// <summary>
/// "Hoe gaat het?" (/hoe-gaat-het?token=…): the form behind the link in the follow-up e-mail,
/// without logging in. The signed token says which follow-up and until when; opening the link
/// changes nothing (a mail scanner may follow it), the form's POST answers, once (docs/adr/0090).
/// </summary>
[Route("hoe-gaat-het")]
[AllowAnonymous]
public sealed class FollowUpController(PortalDbContext db, FollowUpTokens tokens, TimeProvider clock) : PortalController
{
    private const string PageView = "~/Features/FollowUps/Answer.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "token")] string? token, CancellationToken cancellationToken)
    {
        if (await FindAsync(token, cancellationToken) is not { } found)
        {
            return Refused(token);
        }

        return found.FollowUp.IsAnswered
            ? Show(found.Page with { State = AnswerState.AlreadyAnswered }, new AnswerForm())
            : Show(found.Page, new AnswerForm { Token = token });
    }

    [HttpPost("")]
    public async Task<IActionResult> Answer(AnswerForm form, CancellationToken cancellationToken)
    {
        if (await FindAsync(form.Token, cancellationToken) is not { } found)
        {
            return Refused(form.Token);
        }

        var followUp = found.FollowUp;
        if (followUp.IsAnswered)
        {
            return Show(found.Page with { State = AnswerState.AlreadyAnswered }, new AnswerForm());
        }

        if (!await ValidateAsync(form))
        {
            return Show(found.Page, form);
        }

        try
        {
            followUp.Answer(form.Rating!.Value, form.StillActive!.Value, form.Story, form.StoryMayBeUsed, clock.GetUtcNow(), form.StoryMayBePublished);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return Show(found.Page, form);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same link was answered at the same moment (another tab, a double click): the first counts.
            return Show(found.Page with { State = AnswerState.AlreadyAnswered }, new AnswerForm());
        }

        return Show(found.Page with { State = AnswerState.Thanks }, new AnswerForm());
    }

    /// <summary>The follow-up of a genuine, unexpired token, with what the page says about it; null otherwise.</summary>
    private async Task<(PlacementFollowUp FollowUp, AnswerPage Page)?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } target || target.ValidUntil < clock.GetUtcNow())
        {
            return null;
        }

        var followUp = await db.PlacementFollowUps.SingleOrDefaultAsync(f => f.Id == target.FollowUpId, cancellationToken);
        if (followUp is null)
        {
            return null;
        }

        var about = await db.Applications.AsNoTracking()
            .Where(a => a.Id == followUp.ApplicationId)
            .Select(a => new
            {
                a.Vacancy!.Title,
                Organisation = a.Vacancy.Organisation!.Name,
                Volunteer = db.Volunteers.Where(v => v.Id == a.VolunteerId && v.ErasedAt == null).Select(v => v.Name).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        return (followUp, new AnswerPage(AnswerState.Form, followUp.Respondent, about.Title, about.Organisation, about.Volunteer));
    }

    /// <summary>Forged, damaged, expired or no longer existing: a clear page, and nothing to answer.</summary>
    private ViewResult Refused(string? token)
    {
        var expired = tokens.Read(token) is { } target && target.ValidUntil < clock.GetUtcNow();
        Response.StatusCode = expired ? StatusCodes.Status410Gone : StatusCodes.Status400BadRequest;
        return Show(new AnswerPage(expired ? AnswerState.Expired : AnswerState.BadLink, FollowUpRespondent.Volunteer, string.Empty, string.Empty, null), new AnswerForm());
    }

    private ViewResult Show(AnswerPage page, AnswerForm form)
    {
        ViewData[nameof(AnswerPage)] = page;
        return View(PageView, form);
    }
}

public enum AnswerState
{
    Form,
    Thanks,
    AlreadyAnswered,
    Expired,
    BadLink,
}

/// <summary>What the page says around the form: who is asked about which placement.</summary>
public sealed record AnswerPage(AnswerState State, FollowUpRespondent Respondent, string Vacancy, string Organisation, string? Volunteer);
