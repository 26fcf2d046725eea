using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.PersonalData;
using VrijwilligersPortal.Web.Features.Home;

namespace VrijwilligersPortal.Web.Features.MyData;

/// <summary>
/// The volunteer's own data (/mijn/gegevens): download all of it, or erase the account. Erasing
/// keeps responses and help requests as anonymous records, so the centre's figures stay right.
/// </summary>
[Route("mijn/gegevens")]
[Authorize(Roles = PortalRoles.Volunteer)]
public sealed class MyDataController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : PortalController
{
    [HttpGet("")]
    public IActionResult Index() => View();

    [HttpGet("download")]
    public async Task<IActionResult> Download(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user || await db.VolunteerIdOfAsync(User, cancellationToken) is not { } volunteerId)
        {
            return Challenge();
        }

        var now = clock.GetUtcNow();
        var json = await VolunteerDataExport.BuildAsync(db, volunteerId, user, await users.GetRolesAsync(user), centre.Value.Name, now, cancellationToken);
        return File(json, "application/json; charset=utf-8", $"mijn-gegevens-{now:yyyy-MM-dd}.json");
    }

    [HttpGet("verwijderen")]
    public IActionResult Erase() => View(new EraseForm());

    [HttpPost("verwijderen")]
    public async Task<IActionResult> Erase(EraseForm form, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var check = await signIn.CheckPasswordSignInAsync(user, form.Password!, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(nameof(EraseForm.Password), check.IsLockedOut
                ? Text["Je account is voor 15 minuten geblokkeerd, omdat er vijf keer een verkeerd wachtwoord is ingevuld. Probeer het later opnieuw."]
                : Text["Dit wachtwoord klopt niet."]);
            return View(new EraseForm());
        }

        // Read before erasing: the confirmation goes to the address the person had.
        var address = user.Email!;
        var name = user.DisplayName;
        var now = clock.GetUtcNow();

        // The confirmation is saved with the erasure (its first save); only its metadata outlives the sending.
        Outbox.Add(db, MyDataEmails.Erased(mail.In(user.PreferredLanguage), address, name, centre.Value.Name), now);
        await VolunteerErasure.EraseAsync(db, users, user, user.Id, now, cancellationToken);

        await signIn.SignOutAsync();
        Flash("Je account en je gegevens zijn verwijderd. Je reacties tellen alleen nog anoniem mee in de cijfers van de centrale.");
        return RedirectToAction(nameof(HomeController.Index), ControllerNames.Of<HomeController>(), new { area = string.Empty });
    }
}
