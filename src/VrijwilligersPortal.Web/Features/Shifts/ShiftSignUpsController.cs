using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Shifts;

/// <summary>
/// A volunteer signs up for a shift on the vacancy page, or cancels there, on /mijn/diensten or
/// from the link in a shift mail (GET shows a button, the POST cancels, like the course links).
/// </summary>
public sealed class ShiftSignUpsController(PortalDbContext db, ShiftSignUps signUps, ShiftTokens tokens) : PortalController
{
    private const string Views = "~/Features/Shifts/";

    [HttpPost("vacatures/{id:int}/diensten/{shiftId:int}/aanmelden")]
    [Authorize(Roles = PortalRoles.Volunteer)]
    public async Task<IActionResult> SignUp([FromRoute] int id, [FromRoute] int shiftId, SignUpForm form, CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me)
        {
            return Challenge();
        }

        var details = new SignUpDetails(form.ContactPreference is { } preference && Enum.IsDefined(preference) ? preference : ContactPreference.Email, form.SharedNeeds);
        var outcome = await signUps.SignUpAsync(id, shiftId, me, details, cancellationToken);
        if (outcome.Refusal == ShiftOutcome.NotFound)
        {
            return NotFound();
        }

        Flash(outcome.Status switch
        {
            ShiftSignUpStatus.Confirmed => "Je bent aangemeld. Je krijgt een bevestiging per e-mail, met de dienst voor je agenda.",
            ShiftSignUpStatus.Pending => "Je aanmelding is verstuurd. De organisatie houdt een plaats voor je vast en laat je weten of je kunt komen.",
            ShiftSignUpStatus.Waiting => "Deze dienst is vol. Je staat op de wachtlijst en krijgt een e-mail als er een plaats vrijkomt.",
            _ => outcome.Refusal!,
        });
        return Redirect(await BackToVacancyAsync(id, cancellationToken));
    }

    [HttpPost("vacatures/{id:int}/diensten/{shiftId:int}/afmelden")]
    [Authorize(Roles = PortalRoles.Volunteer)]
    public async Task<IActionResult> Cancel([FromRoute] int id, [FromRoute] int shiftId, [FromForm(Name = "terug")] string? back, CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me)
        {
            return Challenge();
        }

        if (!await db.Shifts.AnyAsync(s => s.Id == shiftId && s.VacancyId == id, cancellationToken))
        {
            return NotFound();
        }

        var outcome = await signUps.CancelAsync(shiftId, me, cancellationToken);
        Flash(outcome.Refusal ?? "Je bent afgemeld voor de dienst.");
        return back == "mijn"
            ? RedirectToAction(nameof(MyShiftsController.Index), ControllerNames.Of<MyShiftsController>())
            : Redirect(await BackToVacancyAsync(id, cancellationToken));
    }

    /// <summary>The link in a shift mail: shows what would be cancelled, with a button (a mail scanner changes nothing).</summary>
    [HttpGet("diensten/afmelden")]
    [AllowAnonymous]
    public async Task<IActionResult> CancelByLink([FromQuery(Name = "token")] string? token, CancellationToken cancellationToken)
    {
        var found = await FindByTokenAsync(token, cancellationToken);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(Views + "CancelByLink.cshtml", new ShiftCancelPage(null, null, ShiftCancelState.BadLink));
        }

        return View(Views + "CancelByLink.cshtml", new ShiftCancelPage(token, found.Value.Title, found.Value.Active ? ShiftCancelState.Confirm : ShiftCancelState.AlreadyCancelled));
    }

    [HttpPost("diensten/afmelden")]
    [AllowAnonymous]
    public async Task<IActionResult> ConfirmCancelByLink([FromForm(Name = "token")] string? token, CancellationToken cancellationToken)
    {
        var found = await FindByTokenAsync(token, cancellationToken);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(Views + "CancelByLink.cshtml", new ShiftCancelPage(null, null, ShiftCancelState.BadLink));
        }

        if (!found.Value.Active)
        {
            return View(Views + "CancelByLink.cshtml", new ShiftCancelPage(null, found.Value.Title, ShiftCancelState.AlreadyCancelled));
        }

        var outcome = await signUps.CancelAsync(found.Value.ShiftId, found.Value.VolunteerId, cancellationToken);
        return View(Views + "CancelByLink.cshtml", new ShiftCancelPage(null, found.Value.Title, outcome.Refusal is null ? ShiftCancelState.Done : ShiftCancelState.Refused, outcome.Refusal));
    }

    private async Task<string> BackToVacancyAsync(int id, CancellationToken cancellationToken)
    {
        var title = await db.Vacancies.Where(v => v.Id == id).Select(v => v.Title).SingleOrDefaultAsync(cancellationToken);
        return (title is null ? "/vacatures" : ShiftQueries.DetailPath(id, title)) + "#diensten";
    }

    private async Task<(int ShiftId, int VolunteerId, string Title, bool Active)?> FindByTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } target)
        {
            return null;
        }

        var signUp = await db.ShiftSignUps.AsNoTracking()
            .Where(s => s.Id == target.SignUpId && s.VolunteerId == target.VolunteerId)
            .Join(db.Vacancies, s => s.Shift!.VacancyId, v => v.Id, (s, v) => new { s.ShiftId, s.VolunteerId, v.Title, s.Status, s.Shift!.StartsAt })
            .SingleOrDefaultAsync(cancellationToken);
        return signUp is null
            ? null
            : (signUp.ShiftId, signUp.VolunteerId, $"{signUp.Title} ({DutchTime.DateAndTime(signUp.StartsAt)})",
                signUp.Status is ShiftSignUpStatus.Confirmed or ShiftSignUpStatus.Pending or ShiftSignUpStatus.Waiting);
    }
}

/// <summary>What the volunteer may tell the organisation when signing up.</summary>
public sealed class SignUpForm
{
    public ContactPreference? ContactPreference { get; set; }

    public string? SharedNeeds { get; set; }
}

public enum ShiftCancelState
{
    Confirm,
    Done,
    AlreadyCancelled,
    Refused,
    BadLink,
}

public sealed record ShiftCancelPage(string? Token, string? Title, ShiftCancelState State, string? Refusal = null);
