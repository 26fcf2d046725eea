using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Web.Common;

/// <summary>
/// What every portal controller needs: run a form's validator and show its Dutch messages next to
/// the fields, and show a domain refusal as a form error instead of an error page.
/// </summary>
public abstract class PortalController : Controller
{
    private IStringLocalizer<SharedResource>? _localizer;

    protected IStringLocalizer<SharedResource> Text =>
        _localizer ??= HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <summary>Runs the form's validator; true when neither binding nor validation found a problem.</summary>
    protected async Task<bool> ValidateAsync<TForm>(TForm form)
    {
        var validator = HttpContext.RequestServices.GetRequiredService<IValidator<TForm>>();
        var result = await validator.ValidateAsync(form, HttpContext.RequestAborted);
        result.AddToModelState(ModelState);
        return ModelState.IsValid;
    }

    protected void AddDomainError(DomainException refusal, string field = "") =>
        ModelState.AddModelError(field, Text.Refusal(refusal));

    /// <summary>A one-time message shown at the top of the next page.</summary>
    protected void Flash(string message) => TempData["Melding"] = Text[message].Value;
}
