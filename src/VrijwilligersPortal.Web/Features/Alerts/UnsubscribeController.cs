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

    /// <summary>
    /// RFC 8058 one-click, the address in the e-mail's <c>List-Unsubscribe</c> header: the mail
    /// provider POSTs <c>List-Unsubscribe=One-Click</c> from its own servers, without cookies or a
    /// page, so no antiforgery token can be there. The signed token in the address is what shows
    /// the request comes from that e-mail (docs/adr/0033); without that body nothing happens.
    /// </summary>
    [HttpPost("een-klik")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> OneClick(
        [FromQuery(Name = "token")] string? token,
        [FromForm(Name = "List-Unsubscribe")] string? oneClick,
        CancellationToken cancellationToken)
    {
        if (oneClick != "One-Click" || tokens.Read(token) is not { } target)
        {
            return BadRequest();
        }

        await db.MatchAlerts.Where(a => a.Id == target.AlertId && a.VolunteerId == target.VolunteerId).ExecuteDeleteAsync(cancellationToken);
        return Ok();
    }

    /// <summary>The one-click address opened in a browser: the page with the button, as from the link in the text.</summary>
    [HttpGet("een-klik")]
    public IActionResult OneClickInBrowser([FromQuery(Name = "token")] string? token) =>
        RedirectToAction(nameof(Index), new { token });

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
