using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Account;
using VrijwilligersPortal.Web.Hosting;
using OrganisationEntity = VrijwilligersPortal.Domain.Organisations.Organisation;
using VrijwilligersPortal.Web.Features.Organisation.Dashboard;

namespace VrijwilligersPortal.Web.Features.Organisation.Registration;

/// <summary>
/// Registers an organisation, which then waits for the centre's approval. A visitor registers
/// their account in the same step; a signed-in person only the organisation. Like account
/// registration, the answer never reveals whether an e-mail address already has an account.
/// </summary>
[Area("Organisation")]
[Route("organisatie/aanmelden")]
[EnableRateLimiting(ServiceRegistration.AccountRateLimit)]
[AllowAnonymous]
public sealed class RegistrationController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    PortalDbContext db,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : PortalController
{
    private bool SignedIn => User.Identity?.IsAuthenticated == true;

    [HttpGet("")]
    public async Task<IActionResult> Register()
    {
        var form = new RegistrationForm { NeedsAccount = !SignedIn };
        if (SignedIn && await users.GetUserAsync(User) is { } user)
        {
            form.ContactName = user.DisplayName;
            form.ContactEmail = user.Email;
        }

        return View(form);
    }

    [HttpPost("")]
    public async Task<IActionResult> Register(RegistrationForm form, CancellationToken cancellationToken)
    {
        form.NeedsAccount = !SignedIn;
        if (!await ValidateAsync(form))
        {
            form.Password = null;
            return View(form);
        }

        return SignedIn
            ? await RegisterForSignedInAsync(form, cancellationToken)
            : await RegisterWithAccountAsync(form, cancellationToken);
    }

    [HttpGet("bijna-klaar")]
    public IActionResult Sent() => View();

    private async Task<IActionResult> RegisterForSignedInAsync(RegistrationForm form, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        OrganisationEntity organisation;
        try
        {
            organisation = OrganisationEntity.Register(form.ToProfile(), user.Id, clock.GetUtcNow());
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return View(form);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(cancellationToken);
            if (!await users.IsInRoleAsync(user, PortalRoles.OrganisationMember))
            {
                await users.AddToRoleAsync(user, PortalRoles.OrganisationMember);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // The new role must be in the cookie for the menu to show the organisation portal.
        await signIn.RefreshSignInAsync(user);
        OrganisationPortalController.Remember(HttpContext, organisation.Id);
        Flash("Je organisatie is aangemeld. De centrale beoordeelt de aanmelding; intussen kun je vacatures als concept voorbereiden.");
        return RedirectToAction(nameof(DashboardController.Index), ControllerNames.Of<DashboardController>());
    }

    private async Task<IActionResult> RegisterWithAccountAsync(RegistrationForm form, CancellationToken cancellationToken)
    {
        var address = form.Email!.Trim();
        var centreName = centre.Value.Name;
        var existing = await users.FindByEmailAsync(address);
        if (existing is not null)
        {
            Outbox.Add(
                db,
                OrganisationEmails.RegisteredWithExistingAccount(mail.In(existing.PreferredLanguage), address, existing.DisplayName, centreName, urls.Absolute("/account/inloggen?ReturnUrl=%2Forganisatie%2Faanmelden")),
                clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToAction(nameof(Sent));
        }

        var now = clock.GetUtcNow();
        // The language of the page they signed up on is the language of their mails (docs/adr/0171).
        var user = new PortalUser
        {
            Id = Guid.NewGuid(),
            UserName = address,
            Email = address,
            DisplayName = form.YourName!.Trim(),
            CreatedAt = now,
            PreferredLanguage = PortalCultures.LanguageOf(CultureInfo.CurrentUICulture),
        };
        OrganisationEntity organisation;
        try
        {
            organisation = OrganisationEntity.Register(form.ToProfile(), user.Id, now);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            form.Password = null;
            return View(form);
        }

        // Account, role, organisation and the confirmation mail are saved together or not at all.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await users.CreateAsync(user, form.Password!);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(form.Password) : nameof(form.Email), Text[error.Description]);
                }

                form.Password = null;
                return View(form);
            }

            await users.AddToRoleAsync(user, PortalRoles.OrganisationMember);
            db.Organisations.Add(organisation);
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
            var link = urls.Absolute($"/account/bevestigen?gebruiker={user.Id}&code={token}&terug=%2Forganisatie");
            Outbox.Add(db, AccountEmails.ConfirmEmail(mail.In(user.PreferredLanguage), address, user.DisplayName, centreName, link), now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return RedirectToAction(nameof(Sent));
    }
}
