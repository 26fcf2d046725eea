using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Account.Sessions;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.AccountSettings;

/// <summary>
/// Changing the login e-mail address and password. Both ask for the current password, so a
/// session left open on a shared computer cannot take the account over, and both change the
/// security stamp, which ends the person's other sessions within a minute (ServiceRegistration).
/// </summary>
[Route("account")]
[Authorize]
[EnableRateLimiting(ServiceRegistration.AccountRateLimit)]
public sealed class AccountSettingsController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    PortalSessions sessions,
    PortalDbContext db,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : PortalController
{
    private string CentreName => centre.Value.Name;

    /// <summary>Overview: login address, second factor, sessions, and logging out everywhere.</summary>
    [HttpGet("instellingen")]
    public async Task<IActionResult> Overview()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var active = await sessions.ActiveAsync(user.Id);
        return View(new AccountOverview(
            user.Email ?? string.Empty,
            await users.GetTwoFactorEnabledAsync(user),
            await users.CountRecoveryCodesAsync(user),
            active.Select(s => new SessionRow(s.StartedAt, s.ExpiresAt, s.Id == PortalSessions.IdOf(User))).ToList()));
    }

    /// <summary>Ends every session of this person, this one included (a lost phone, a shared computer).</summary>
    [HttpPost("overal-uitloggen")]
    public async Task<IActionResult> LogOutEverywhere()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await sessions.EndAllAsync(user.Id);
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        Flash("Je bent op alle apparaten uitgelogd.");
        return Redirect("/account/inloggen");
    }

    [HttpGet("e-mailadres")]
    public async Task<IActionResult> ChangeEmail()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        ViewData["CurrentEmail"] = user.Email;
        return View(new ChangeEmailForm());
    }

    [HttpPost("e-mailadres")]
    public async Task<IActionResult> ChangeEmail(ChangeEmailForm form, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        ViewData["CurrentEmail"] = user.Email;
        if (!await ValidateAsync(form))
        {
            form.CurrentPassword = null;
            return View(form);
        }

        if (!await CheckPasswordAsync(user, form.CurrentPassword!, nameof(ChangeEmailForm.CurrentPassword)))
        {
            form.CurrentPassword = null;
            return View(form);
        }

        var newEmail = form.NewEmail!.Trim();
        if (string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(ChangeEmailForm.NewEmail), Text["Dit is al je e-mailadres."]);
            form.CurrentPassword = null;
            return View(form);
        }

        // Like registration, the answer never reveals whether the address has an account; the
        // owner of the address learns it by e-mail instead.
        if (await users.FindByEmailAsync(newEmail) is null)
        {
            var token = Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
            var link = urls.Absolute($"/account/e-mailadres/bevestigen?gebruiker={user.Id}&adres={Encode(newEmail)}&code={token}");
            Outbox.Add(db, AccountSettingsEmails.ConfirmNewAddress(mail.In(user.PreferredLanguage), newEmail, user.DisplayName, CentreName, link), clock.GetUtcNow());
        }
        else
        {
            Outbox.Add(db, AccountSettingsEmails.AddressTaken(await mail.ForAsync(newEmail, cancellationToken), newEmail, CentreName), clock.GetUtcNow());
        }

        Outbox.Add(db, AccountSettingsEmails.ChangeRequested(mail.In(user.PreferredLanguage), user.Email!, user.DisplayName, newEmail, CentreName), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return View("EmailChangeSent", newEmail);
    }

    [HttpGet("e-mailadres/bevestigen")]
    [AllowAnonymous]
    public async Task<IActionResult> ConfirmEmail(
        [FromQuery(Name = "gebruiker")] Guid userId,
        [FromQuery(Name = "adres")] string? address,
        [FromQuery] string? code,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var newEmail = Decode(address);
        var token = Decode(code);
        if (user is null || newEmail is null || token is null)
        {
            return View(false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await users.ChangeEmailAsync(user, newEmail, token);
        if (!changed.Succeeded || !(await users.SetUserNameAsync(user, newEmail)).Succeeded)
        {
            return View(false);
        }

        var volunteer = await db.Volunteers.FirstOrDefaultAsync(v => v.UserId == user.Id, cancellationToken);
        volunteer?.ChangeEmail(newEmail);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The stamp changed: this browser, if it is the person's, gets a fresh cookie; every other session ends.
        if (CurrentVolunteer.UserIdOf(User) == user.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return View(true);
    }

    [HttpGet("wachtwoord-wijzigen")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("wachtwoord-wijzigen")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!await ValidateAsync(form) || !await CheckPasswordAsync(user, form.CurrentPassword!, nameof(ChangePasswordForm.CurrentPassword)))
        {
            return View(new ChangePasswordForm());
        }

        // Identity's save of the new password stores the notice with it.
        var notice = Outbox.Add(db, AccountSettingsEmails.PasswordChanged(mail.In(user.PreferredLanguage), user.Email!, user.DisplayName, CentreName), clock.GetUtcNow());
        var changed = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!changed.Succeeded)
        {
            db.Entry(notice).State = EntityState.Detached;
            foreach (var error in changed.Errors)
            {
                ModelState.AddModelError(nameof(ChangePasswordForm.NewPassword), Text[error.Description]);
            }

            return View(new ChangePasswordForm());
        }

        // A new password ends every other session at once; this browser gets a new one.
        await sessions.EndAllAsync(user.Id, keep: PortalSessions.IdOf(User));
        await signIn.RefreshSignInAsync(user);
        Flash("Je wachtwoord is gewijzigd. Op andere apparaten moet je opnieuw inloggen.");
        return Redirect("/account/wachtwoord-wijzigen");
    }

    /// <summary>Checks the current password, counting failures towards the lockout like the login page does.</summary>
    private async Task<bool> CheckPasswordAsync(PortalUser user, string password, string field)
    {
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return true;
        }

        ModelState.AddModelError(field, result.IsLockedOut
            ? Text["Je account is voor 15 minuten geblokkeerd, omdat er vijf keer een verkeerd wachtwoord is ingevuld. Probeer het later opnieuw."]
            : Text["Je huidige wachtwoord klopt niet."]);
        return false;
    }

    private static string Encode(string value) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(value));

    private static string? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(value));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

public sealed record SessionRow(DateTimeOffset StartedAt, DateTimeOffset ExpiresAt, bool IsThisBrowser);

public sealed record AccountOverview(string Email, bool TwoFactorEnabled, int RecoveryCodesLeft, IReadOnlyList<SessionRow> Sessions);
