using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.TwoFactor;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.TwoFactorLogin;

/// <summary>
/// The second login step (ADR 0067): after the right password, a code from the authenticator app
/// or one of the recovery codes. Wrong codes count towards the account's lockout.
/// </summary>
[Route("account/inloggen/code")]
[AllowAnonymous]
[EnableRateLimiting(ServiceRegistration.AccountRateLimit)]
public sealed class TwoFactorLoginController(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    TimeProvider clock) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "ReturnUrl")] string? returnUrl, [FromQuery(Name = "onthouden")] bool rememberMe = false)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/account/inloggen");
        }

        ViewData["ReturnUrl"] = SafeReturnUrl(returnUrl);
        return View(new SecondStepForm { RememberMe = rememberMe });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SecondStepForm form, [FromQuery(Name = "ReturnUrl")] string? returnUrl)
    {
        returnUrl = SafeReturnUrl(returnUrl);
        ViewData["ReturnUrl"] = returnUrl;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            Flash("Log opnieuw in: de tijd voor de tweede stap is voorbij.");
            return Redirect("/account/inloggen");
        }

        if (!await ValidateAsync(form))
        {
            return View(form);
        }

        var code = AuthenticatorCode.Normalise(form.Code);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, form.RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(form.Code!.Trim().ToUpperInvariant());
        if (result.Succeeded)
        {
            user.LastLoginAt = clock.GetUtcNow();
            await users.UpdateAsync(user);
            return LocalRedirect(returnUrl ?? "/");
        }

        // Same wording for a wrong code and a locked account, like the password step (ADR 0066).
        ModelState.AddModelError(nameof(SecondStepForm.Code), Text["Deze code klopt niet. Vul de code in die nu in je app staat, of een van je herstelcodes. Na vijf mislukte pogingen kun je een kwartier niet inloggen."]);
        form.Code = null;
        return View(form);
    }

    private string? SafeReturnUrl(string? returnUrl) => returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}

public sealed class SecondStepForm
{
    [Display(Name = "Code uit de app of herstelcode")]
    public string? Code { get; set; }

    public bool RememberMe { get; set; }
}

public sealed class SecondStepFormValidator : AbstractValidator<SecondStepForm>
{
    public SecondStepFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul de code uit je app of een herstelcode in."])
            .MaximumLength(40).WithMessage(_ => text["Deze code is te lang."]);
}
