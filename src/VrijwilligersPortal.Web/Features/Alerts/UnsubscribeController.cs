using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Alerts;

/// <summary>
/// The unsubscribe link in every alert e-mail (/meldingen/afmelden?token=…), without logging in.
/// GET only shows a button, so a mail scanner that follows links switches nothing off; the POST
/// does (docs/adr/0033).
/// </summary>
[Route("meldingen/afmelden")]
[AllowAnonymous]
public sealed class UnsubscribeController(PortalDbContext db, AlertTokens tokens) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "token")] string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } target)
        {
            return BadLink();
        }

        var exists = await db.MatchAlerts.AnyAsync(a => a.Id == target.AlertId && a.VolunteerId == target.VolunteerId, cancellationToken);
        return View("~/Features/Alerts/Unsubscribe.cshtml", new UnsubscribePage(token!, exists ? UnsubscribeState.Confirm : UnsubscribeState.AlreadyOff));
    }

    [HttpPost("")]
    public async Task<IActionResult> Confirm([FromForm(Name = "token")] string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } target)
        {
            return BadLink();
        }

        await db.MatchAlerts.Where(a => a.Id == target.AlertId && a.VolunteerId == target.VolunteerId).ExecuteDeleteAsync(cancellationToken);
        return View("~/Features/Alerts/Unsubscribe.cshtml", new UnsubscribePage(string.Empty, UnsubscribeState.Done));
    }

    private ViewResult BadLink()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Features/Alerts/Unsubscribe.cshtml", new UnsubscribePage(string.Empty, UnsubscribeState.BadLink));
    }
}

public enum UnsubscribeState
{
    Confirm,
    AlreadyOff,
    Done,
    BadLink,
}

public sealed record UnsubscribePage(string Token, UnsubscribeState State);
