using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace VrijwilligersPortal.Web.Features.MyData;

public sealed class EraseForm
{
    [Display(Name = "Je wachtwoord")]
    public string? Password { get; set; }
}

public sealed class EraseFormValidator : AbstractValidator<EraseForm>
{
    public EraseFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => text["Vul je wachtwoord in om te bevestigen dat jij het bent."]);
}
