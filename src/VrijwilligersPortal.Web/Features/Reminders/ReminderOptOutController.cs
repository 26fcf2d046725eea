using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Reminders;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Reminders;

/// <summary>
/// "Deze herinneringen niet meer ontvangen" (/herinneringen/afmelden?token=…), without logging in:
/// GET shows a button (a mail scanner switches nothing off), the POST records the choice for that
/// address and kind of reminder.
/// </summary>
[Route("herinneringen/afmelden")]
[AllowAnonymous]
public sealed class ReminderOptOutController(PortalDbContext db, ReminderTokens tokens, TimeProvider clock) : PortalController
{
    private const string PageView = "~/Features/Reminders/OptOut.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "token")] string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } target)
        {
            return BadLink();
        }

        var off = await db.ReminderOptOuts.AnyAsync(o => o.Email == target.Email && o.Kind == target.Kind, cancellationToken);
        return View(PageView, new OptOutPage(token, target.Kind, off ? OptOutState.AlreadyOff : OptOutState.Confirm));
    }

    [HttpPost("")]
    public async Task<IActionResult> Confirm([FromForm(Name = "token")] string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } target)
        {
            return BadLink();
        }

        if (!await db.ReminderOptOuts.AnyAsync(o => o.Email == target.Email && o.Kind == target.Kind, cancellationToken))
        {
            db.ReminderOptOuts.Add(new ReminderOptOut(target.Email, target.Kind, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same link posted twice at once: the unique index kept one; the choice stands.
            }
        }

        return View(PageView, new OptOutPage(null, target.Kind, OptOutState.Done));
    }

    private ViewResult BadLink()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(PageView, new OptOutPage(null, null, OptOutState.BadLink));
    }
}

public enum OptOutState
{
    Confirm,
    AlreadyOff,
    Done,
    BadLink,
}

public sealed record OptOutPage(string? Token, string? Kind, OptOutState State)
{
    /// <summary>What the reminder is about, in the words of the page.</summary>
    public string What => Kind switch
    {
        ReminderKinds.ApplicationUnanswered => "herinneringen over reacties die nog op antwoord wachten",
        ReminderKinds.ApplicationStillWaiting => "berichten als je lang op antwoord van een organisatie wacht",
        ReminderKinds.VacancyExpiring => "herinneringen over vacatures die bijna aflopen",
        _ => "deze herinneringen",
    };
}
