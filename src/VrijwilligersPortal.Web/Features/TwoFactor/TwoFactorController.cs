using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using QRCoder;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.TwoFactor;

/// <summary>
/// Second factor (TOTP authenticator app) under account settings (ADR 0067): switch it on with a QR
/// code or the key typed in, get recovery codes once, switch it off again (not for staff, who must
/// keep it), or make new recovery codes.
/// </summary>
[Route("account/tweestapsverificatie")]
[Authorize]
[EnableRateLimiting(ServiceRegistration.AccountRateLimit)]
public sealed class TwoFactorController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IOptionsSnapshot<CentreOptions> centre) : PortalController
{
    public const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        return View(new TwoFactorStatus(
            await users.GetTwoFactorEnabledAsync(user),
            await users.CountRecoveryCodesAsync(user),
            MustUseSecondFactor(User)));
    }

    [HttpGet("instellen")]
    public async Task<IActionResult> Enrol([FromQuery(Name = "ReturnUrl")] string? returnUrl)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect("/account/tweestapsverificatie");
        }

        return await EnrolViewAsync(user, new EnrolForm(), returnUrl);
    }

    [HttpPost("instellen")]
    public async Task<IActionResult> Enrol(EnrolForm form, [FromQuery(Name = "ReturnUrl")] string? returnUrl)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect("/account/tweestapsverificatie");
        }

        if (!await ValidateAsync(form))
        {
            return await EnrolViewAsync(user, form, returnUrl);
        }

        var code = AuthenticatorCode.Normalise(form.Code);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(EnrolForm.Code), Text["Deze code klopt niet. Controleer of de tijd op je telefoon goed staat en vul de code in die nu in de app staat."]);
            form.Code = null;
            return await EnrolViewAsync(user, form, returnUrl);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];

        // This session has now shown both factors: sign in again with "mfa" so the back office opens.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        ViewData["ReturnUrl"] = SafeReturnUrl(returnUrl);
        return View("RecoveryCodes", recoveryCodes);
    }

    [HttpPost("herstelcodes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect("/account/tweestapsverificatie");
        }

        var recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        return View("RecoveryCodes", recoveryCodes);
    }

    [HttpPost("uitzetten")]
    public async Task<IActionResult> Disable(DisableForm form)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (MustUseSecondFactor(User))
        {
            ModelState.AddModelError(string.Empty, Text["Medewerkers en beheerders moeten tweestapsverificatie gebruiken. Een beheerder kan je tweede stap opnieuw instellen als je je telefoon kwijt bent."]);
        }
        else if (await ValidateAsync(form))
        {
            var check = await signIn.CheckPasswordSignInAsync(user, form.CurrentPassword!, lockoutOnFailure: true);
            if (check.Succeeded)
            {
                await users.SetTwoFactorEnabledAsync(user, false);
                await users.ResetAuthenticatorKeyAsync(user);
                await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
                await signIn.RefreshSignInAsync(user);
                Flash("Tweestapsverificatie staat uit.");
                return Redirect("/account/tweestapsverificatie");
            }

            ModelState.AddModelError(nameof(DisableForm.CurrentPassword), Text["Je huidige wachtwoord klopt niet."]);
        }

        return View(nameof(Index), new TwoFactorStatus(true, await users.CountRecoveryCodesAsync(user), MustUseSecondFactor(User)));
    }

    public static bool MustUseSecondFactor(ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.Staff) || user.IsInRole(PortalRoles.Admin);

    private async Task<IActionResult> EnrolViewAsync(PortalUser user, EnrolForm form, string? returnUrl)
    {
        ViewData["EnrolPage"] = await EnrolPageAsync(user, returnUrl);
        return View(nameof(Enrol), form);
    }

    private async Task<EnrolPage> EnrolPageAsync(PortalUser user, string? returnUrl)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }

        var issuer = centre.Value.Name;
        var uri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(user.Email ?? string.Empty)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new EnrolPage(GroupKey(key), "data:image/png;base64," + Convert.ToBase64String(png), SafeReturnUrl(returnUrl), MustUseSecondFactor(User));
    }

    /// <summary>"ABCD EFGH …": easier to type over from the screen.</summary>
    private static string GroupKey(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd();
    }

    private string? SafeReturnUrl(string? returnUrl) => returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}

/// <summary>What a person types from an authenticator app: spaces and dashes ignored.</summary>
public static class AuthenticatorCode
{
    public static string Normalise(string? code) => (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}

public sealed record TwoFactorStatus(bool Enabled, int RecoveryCodesLeft, bool Required);

public sealed record EnrolPage(string Key, string QrCodeDataUri, string? ReturnUrl, bool Required);

public sealed class EnrolForm
{
    [Display(Name = "Code uit de app")]
    public string? Code { get; set; }
}

public sealed class EnrolFormValidator : AbstractValidator<EnrolForm>
{
    public EnrolFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul de code van zes cijfers uit de app in."])
            .Must(c => AuthenticatorCode.Normalise(c) is { Length: 6 } digits && digits.All(char.IsAsciiDigit)).WithMessage(_ => text["Een code bestaat uit zes cijfers."]);
}

public sealed class DisableForm
{
    [Display(Name = "Je huidige wachtwoord")]
    public string? CurrentPassword { get; set; }
}

public sealed class DisableFormValidator : AbstractValidator<DisableForm>
{
    public DisableFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage(_ => text["Vul je huidige wachtwoord in om te bevestigen dat jij het bent."]);
}
