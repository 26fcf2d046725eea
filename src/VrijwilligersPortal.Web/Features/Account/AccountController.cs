using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Account.Sessions;
using VrijwilligersPortal.Web.Features.TwoFactor;
using VrijwilligersPortal.Web.Hosting;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace VrijwilligersPortal.Web.Features.Account;

/// <summary>
/// Register, confirm, log in and out, reset a password. Answers never reveal whether an e-mail
/// address has an account: the owner of the address learns that by e-mail instead.
/// </summary>
[Route("account")]
[EnableRateLimiting(ServiceRegistration.AccountRateLimit)]
[AllowAnonymous]
public sealed class AccountController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IPasswordHasher<PortalUser> hasher,
    PortalSessions sessions,
    PortalDbContext db,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : PortalController
{
    private string CentreName => centre.Value.Name;

    [HttpGet("registreren")]
    public IActionResult Register([FromQuery(Name = "terug")] string? returnUrl)
    {
        ViewData["ReturnUrl"] = SafeReturnUrl(returnUrl);
        return View(new RegisterForm());
    }

    [HttpPost("registreren")]
    public async Task<IActionResult> Register(RegisterForm form, [FromQuery(Name = "terug")] string? returnUrl, CancellationToken cancellationToken)
    {
        returnUrl = SafeReturnUrl(returnUrl);
        ViewData["ReturnUrl"] = returnUrl;
        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var address = form.Email!.Trim();
        var existing = await users.FindByEmailAsync(address);
        if (existing is not null)
        {
            Outbox.Add(
                db,
                AccountEmails.AlreadyRegistered(mail.In(existing.PreferredLanguage), address, existing.DisplayName, CentreName, urls.Absolute("/account/inloggen"), urls.Absolute("/account/wachtwoord-vergeten")),
                clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return RedirectToAction(nameof(RegistrationSent));
        }

        var now = clock.GetUtcNow();
        // The language of the page they signed up on is the language of their mails (docs/adr/0171).
        var user = new PortalUser
        {
            UserName = address,
            Email = address,
            DisplayName = form.Name!.Trim(),
            CreatedAt = now,
            PreferredLanguage = PortalCultures.LanguageOf(CultureInfo.CurrentUICulture),
        };

        // Account, role, volunteer profile and the confirmation mail are saved together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            AddIdentityErrors(created);
            return View(form);
        }

        await users.AddToRoleAsync(user, PortalRoles.Volunteer);
        db.Volunteers.Add(Volunteer.ForAccount(user.Id, user.DisplayName, address, now));
        await QueueConfirmationAsync(user, returnUrl);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RedirectToAction(nameof(RegistrationSent));
    }

    [HttpGet("registreren/bijna-klaar")]
    public IActionResult RegistrationSent() => View();

    [HttpGet("bevestigen")]
    public async Task<IActionResult> Confirm(
        [FromQuery(Name = "gebruiker")] Guid userId,
        [FromQuery] string? code,
        [FromQuery(Name = "terug")] string? returnUrl)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        var confirmed = user is not null
            && DecodeToken(code) is { } token
            && (await users.ConfirmEmailAsync(user, token)).Succeeded;
        ViewData["ReturnUrl"] = SafeReturnUrl(returnUrl);
        return View(confirmed);
    }

    [HttpGet("bevestiging-opnieuw")]
    public IActionResult ResendConfirmation() => View(new EmailForm());

    [HttpPost("bevestiging-opnieuw")]
    public async Task<IActionResult> ResendConfirmation(EmailForm form, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is not null && !user.EmailConfirmed)
        {
            await QueueConfirmationAsync(user, null);
            await db.SaveChangesAsync(cancellationToken);
        }

        return RedirectToAction(nameof(RegistrationSent));
    }

    [HttpGet("inloggen")]
    public IActionResult Login([FromQuery(Name = "ReturnUrl")] string? returnUrl)
    {
        ViewData["ReturnUrl"] = SafeReturnUrl(returnUrl);
        return View(new LoginForm());
    }

    [HttpPost("inloggen")]
    public async Task<IActionResult> Login(LoginForm form, [FromQuery(Name = "ReturnUrl")] string? returnUrl)
    {
        returnUrl = SafeReturnUrl(returnUrl);
        ViewData["ReturnUrl"] = returnUrl;
        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var address = form.Email!.Trim();
        var outcome = await CheckLoginAsync(address, form.Password!, form.RememberMe);
        if (outcome.RequiresTwoFactor)
        {
            return Redirect($"/account/inloggen/code?onthouden={form.RememberMe}" + (returnUrl is null ? "" : "&ReturnUrl=" + Uri.EscapeDataString(returnUrl)));
        }

        if (outcome.Succeeded)
        {
            var user = await users.FindByEmailAsync(address);
            if (user is not null)
            {
                user.LastLoginAt = clock.GetUtcNow();
                await users.UpdateAsync(user);
                if (await users.IsInRoleAsync(user, PortalRoles.Staff) || await users.IsInRoleAsync(user, PortalRoles.Admin))
                {
                    // Staff without a second factor set it up before anything else (ADR 0067).
                    return Redirect(StaffSecondFactorMiddleware.EnrolPath + "?ReturnUrl=" + Uri.EscapeDataString(returnUrl ?? "/beheer"));
                }
            }

            return LocalRedirect(returnUrl ?? "/");
        }

        if (outcome.IsNotAllowed)
        {
            // Only someone who knows the password gets here, and only when the account is not locked.
            ViewData["Unconfirmed"] = true;
            ModelState.AddModelError(string.Empty, Text["Je e-mailadres is nog niet bevestigd. Klik op de link in de e-mail die we je stuurden."]);
        }
        else
        {
            // One answer for an unknown address, a wrong password and a locked account (ADR 0005, 0066).
            ModelState.AddModelError(string.Empty, Text["Het e-mailadres of het wachtwoord klopt niet. Na vijf mislukte pogingen kun je een kwartier niet inloggen; via 'Wachtwoord vergeten' kies je meteen een nieuw wachtwoord en kun je direct weer inloggen."]);
        }

        form.Password = null;
        return View(form);
    }

    [HttpPost("uitloggen")]
    public async Task<IActionResult> Logout()
    {
        // Ending the server-side session makes a copy of this cookie worthless too (ADR 0068).
        if (PortalSessions.IdOf(User) is { } session)
        {
            await sessions.EndAsync(session);
        }

        await signIn.SignOutAsync();
        Flash("Je bent uitgelogd.");
        return LocalRedirect("/");
    }

    [HttpGet("wachtwoord-vergeten")]
    public IActionResult ForgotPassword() => View(new EmailForm());

    [HttpPost("wachtwoord-vergeten")]
    public async Task<IActionResult> ForgotPassword(EmailForm form, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email!.Trim());
        if (user is not null && user.EmailConfirmed)
        {
            var token = EncodeToken(await users.GeneratePasswordResetTokenAsync(user));
            var link = urls.Absolute($"/account/wachtwoord-herstellen?gebruiker={user.Id}&code={token}");
            Outbox.Add(db, AccountEmails.ResetPassword(mail.In(user.PreferredLanguage), user.Email!, user.DisplayName, CentreName, link), clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return View("ForgotPasswordSent");
    }

    [HttpGet("wachtwoord-herstellen")]
    public IActionResult ResetPassword([FromQuery(Name = "gebruiker")] Guid userId, [FromQuery] string? code) =>
        View(new ResetPasswordForm { UserId = userId, Code = code });

    [HttpPost("wachtwoord-herstellen")]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form)
    {
        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var user = await users.FindByIdAsync(form.UserId.ToString());
        var token = DecodeToken(form.Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError(string.Empty, Text["Deze link is verlopen of al gebruikt. Vraag een nieuwe aan."]);
            return View(form);
        }

        var reset = await users.ResetPasswordAsync(user, token, form.Password!);
        if (!reset.Succeeded)
        {
            AddIdentityErrors(reset);
            return View(form);
        }

        // Whoever forgot the password is the owner: lift a lockout they may have run into, and end
        // every session, in case someone else was in.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await sessions.EndAllAsync(user.Id);
        Flash("Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord.");
        return Redirect("/account/inloggen");
    }

    /// <summary>
    /// The password step, shaped so that its answer and its time do not tell whether the address has
    /// an account or is locked: unknown and locked accounts verify a dummy hash, so every failure
    /// costs one password hash. The lockout is checked before the password, and failures on an
    /// unconfirmed account count towards it like any other.
    /// </summary>
    private async Task<SignInResult> CheckLoginAsync(string address, string password, bool rememberMe)
    {
        var user = await users.FindByEmailAsync(address);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            DummyPasswordCheck.Verify(hasher, password);
            return SignInResult.Failed;
        }

        if (!user.EmailConfirmed)
        {
            if (await users.CheckPasswordAsync(user, password))
            {
                return SignInResult.NotAllowed;
            }

            await users.AccessFailedAsync(user);
            return SignInResult.Failed;
        }

        return await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
    }

    /// <summary>Adds the confirmation mail to the outbox; the caller's save stores it.</summary>
    private async Task QueueConfirmationAsync(PortalUser user, string? returnUrl)
    {
        var token = EncodeToken(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = $"/account/bevestigen?gebruiker={user.Id}&code={token}";
        if (returnUrl is not null)
        {
            link += "&terug=" + Uri.EscapeDataString(returnUrl);
        }

        Outbox.Add(db, AccountEmails.ConfirmEmail(mail.In(user.PreferredLanguage), user.Email!, user.DisplayName, CentreName, urls.Absolute(link)), clock.GetUtcNow());
    }

    private void AddIdentityErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                "PasswordTooShort" or "PasswordTooLong" or "PasswordMismatch" or CommonPasswords.ErrorCode => nameof(RegisterForm.Password),
                "DuplicateEmail" or "InvalidEmail" or "DuplicateUserName" or "InvalidUserName" => nameof(RegisterForm.Email),
                _ => string.Empty,
            };
            ModelState.AddModelError(field, Text[error.Description]);
        }
    }

    private string? SafeReturnUrl(string? returnUrl) => returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private static string? DecodeToken(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
