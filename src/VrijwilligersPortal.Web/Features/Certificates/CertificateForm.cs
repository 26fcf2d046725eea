using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Web.Features.Certificates;

/// <summary>The period a volunteer wants a certificate for.</summary>
public sealed class CertificateForm
{
    [Display(Name = "Van")]
    public DateOnly? From { get; set; }

    [Display(Name = "Tot en met")]
    public DateOnly? To { get; set; }
}

public sealed class CertificateFormValidator : AbstractValidator<CertificateForm>
{
    public CertificateFormValidator(IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        RuleFor(f => f.From).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Geef het begin van de periode."])
            .Must(from => from <= AmsterdamClock.Today(clock.GetUtcNow())).WithMessage(_ => text["Kies een periode die al begonnen is."])
            .Must(from => from!.Value.Year >= 2000).WithMessage(_ => text["Kies een begin na 2000."]);
        RuleFor(f => f.To).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Geef het einde van de periode."])
            .Must((form, to) => form.From is null || to >= form.From).WithMessage(_ => text["Het einde van de periode ligt niet vóór het begin."])
            .Must(to => to!.Value.Year <= 2100).WithMessage(_ => text["Kies een einde vóór 2100."]);
    }
}
