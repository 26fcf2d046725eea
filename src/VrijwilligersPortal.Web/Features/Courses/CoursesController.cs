using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Courses;

/// <summary>
/// The centre's courses, workshops and network meetings (/cursussen): the public list and a page
/// per course; signing up and cancelling need an account; the cancel link in the mails works
/// without logging in (GET shows a button, the POST cancels).
/// </summary>
[Route("cursussen")]
public sealed class CoursesController(PortalDbContext db, CourseSignUps signUps, CourseTokens tokens, TimeProvider clock) : PortalController
{
    private const string Views = "~/Features/Courses/";

    [HttpGet("")]
    [AllowAnonymous]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(Views + "Index.cshtml", await CourseQueries.ListAsync(db, clock.GetUtcNow(), includeCancelled: false, cancellationToken));

    [HttpGet("{id:int}/{slug?}")]
    [AllowAnonymous]
    public async Task<IActionResult> Detail([FromRoute] int id, [FromRoute] string? slug, CancellationToken cancellationToken)
    {
        var course = await CourseQueries.DetailAsync(db, id, cancellationToken);
        if (course is null)
        {
            return NotFound();
        }

        var canonical = Slug.From(course.Title);
        if (slug != canonical)
        {
            return RedirectPermanent($"/cursussen/{id}/{canonical}");
        }

        RegistrationStatus? mine = User.Identity?.IsAuthenticated == true && UserId is { } user
            ? await CourseQueries.StatusOfAsync(db, id, user, cancellationToken)
            : null;
        var now = clock.GetUtcNow();
        return View(Views + "Detail.cshtml", new CourseDetailPage(course, mine, course.Status == CourseStatus.Published && now <= course.SignUpDeadline && now < course.Sessions[0].StartsAt));
    }

    [HttpPost("{id:int}/aanmelden")]
    [Authorize]
    public async Task<IActionResult> SignUp([FromRoute] int id, CancellationToken cancellationToken)
    {
        var outcome = await signUps.SignUpAsync(id, UserId!.Value, cancellationToken);
        if (outcome.Refusal == "Deze cursus bestaat niet.")
        {
            return NotFound();
        }

        Flash(outcome.Status switch
        {
            RegistrationStatus.Confirmed => "Je bent aangemeld. Je krijgt een bevestiging per e-mail, met de cursus voor je agenda.",
            RegistrationStatus.Waiting => "De cursus is vol. Je staat op de wachtlijst en krijgt een e-mail als er een plaats vrijkomt.",
            _ => outcome.Refusal!,
        });
        return Redirect($"/cursussen/{id}/{await SlugAsync(id, cancellationToken)}#aanmelden");
    }

    [HttpPost("{id:int}/afmelden")]
    [Authorize]
    public async Task<IActionResult> Cancel([FromRoute] int id, [FromForm(Name = "terug")] string? back, CancellationToken cancellationToken)
    {
        var outcome = await signUps.CancelAsync(id, UserId!.Value, cancellationToken);
        if (outcome.Refusal == "Deze cursus bestaat niet.")
        {
            return NotFound();
        }

        Flash(outcome.Refusal ?? "Je bent afgemeld.");
        return back == "mijn" ? Redirect("/mijn/cursussen") : Redirect($"/cursussen/{id}/{await SlugAsync(id, cancellationToken)}#aanmelden");
    }

    /// <summary>The link in a course mail: shows what would be cancelled, with a button (a mail scanner changes nothing).</summary>
    [HttpGet("afmelden")]
    [AllowAnonymous]
    public async Task<IActionResult> CancelByLink([FromQuery(Name = "token")] string? token, CancellationToken cancellationToken)
    {
        var found = await FindByTokenAsync(token, cancellationToken);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(Views + "CancelByLink.cshtml", new CancelByLinkPage(null, null, CancelState.BadLink));
        }

        return View(Views + "CancelByLink.cshtml", new CancelByLinkPage(token, found.Value.Title, found.Value.Active ? CancelState.Confirm : CancelState.AlreadyCancelled));
    }

    [HttpPost("afmelden")]
    [AllowAnonymous]
    public async Task<IActionResult> ConfirmCancelByLink([FromForm(Name = "token")] string? token, CancellationToken cancellationToken)
    {
        var found = await FindByTokenAsync(token, cancellationToken);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(Views + "CancelByLink.cshtml", new CancelByLinkPage(null, null, CancelState.BadLink));
        }

        if (!found.Value.Active)
        {
            return View(Views + "CancelByLink.cshtml", new CancelByLinkPage(null, found.Value.Title, CancelState.AlreadyCancelled));
        }

        var outcome = await signUps.CancelAsync(found.Value.CourseId, found.Value.UserId, cancellationToken);
        return View(Views + "CancelByLink.cshtml", new CancelByLinkPage(null, found.Value.Title, outcome.Refusal is null ? CancelState.Done : CancelState.Refused, outcome.Refusal));
    }

    private Guid? UserId => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private async Task<string> SlugAsync(int id, CancellationToken cancellationToken) =>
        Slug.From(await db.Courses.Where(c => c.Id == id).Select(c => c.Title).SingleAsync(cancellationToken));

    private async Task<(int CourseId, Guid UserId, string Title, bool Active)?> FindByTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } target)
        {
            return null;
        }

        var registration = await db.CourseRegistrations.AsNoTracking()
            .Where(r => r.Id == target.RegistrationId && r.UserId == target.UserId)
            .Select(r => new { r.CourseId, r.UserId, r.Course!.Title, r.Status })
            .SingleOrDefaultAsync(cancellationToken);
        return registration is null ? null : (registration.CourseId, registration.UserId, registration.Title, registration.Status != RegistrationStatus.Cancelled);
    }
}

public sealed record CourseDetailPage(CourseDetail Course, RegistrationStatus? Mine, bool Open);

public enum CancelState
{
    Confirm,
    Done,
    AlreadyCancelled,
    Refused,
    BadLink,
}

public sealed record CancelByLinkPage(string? Token, string? Title, CancelState State, string? Refusal = null);
