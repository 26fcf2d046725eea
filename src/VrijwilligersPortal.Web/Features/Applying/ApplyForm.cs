using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Applying;

/// <summary>A volunteer's response to a vacancy. Who sends it and to which vacancy come from the session and the URL, never from the form.</summary>
public sealed class ApplyForm
{
    [Display(Name = "Je bericht aan de organisatie")]
    public string? Motivation { get; set; }

    [Display(Name = "Hoe wil je dat de organisatie contact met je opneemt?")]
    public ContactPreference? ContactPreference { get; set; }

    [Display(Name = "Telefoonnummer")]
    public string? Phone { get; set; }

    public bool WantsPhoneCall => ContactPreference is Domain.Applications.ContactPreference.Phone or Domain.Applications.ContactPreference.Either;
}

public sealed class ApplyFormValidator : AbstractValidator<ApplyForm>
{
    public ApplyFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Motivation).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Schrijf de organisatie een kort bericht: wie je bent en waarom dit werk je aanspreekt."])
            .Must(m => m!.Trim().Length >= Application.MotivationMinLength)
            .WithMessage(_ => text["Je bericht is nog wat kort: schrijf minstens {0} tekens.", Application.MotivationMinLength])
            .Must(m => m!.Trim().Length <= Application.MotivationMaxLength)
            .WithMessage(_ => text["Je bericht is te lang: hoogstens {0} tekens.", Application.MotivationMaxLength]);
        RuleFor(f => f.ContactPreference).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Kies hoe de organisatie contact met je mag opnemen."])
            .IsInEnum().WithMessage(_ => text["Kies hoe de organisatie contact met je mag opnemen."]);
        RuleFor(f => f.Phone).SingleLine(text);
        RuleFor(f => f.Phone).Cascade(CascadeMode.Stop)
            .NotEmpty().When(f => f.WantsPhoneCall)
            .WithMessage(_ => text["Vul je telefoonnummer in, dan kan de organisatie je bellen."])
            .Must(phone => string.IsNullOrWhiteSpace(phone) || (phone.Trim().Length <= 30
                && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')')
                && phone.Count(char.IsAsciiDigit) >= 8))
            .When(f => f.WantsPhoneCall)
            .WithMessage(_ => text["Vul een telefoonnummer in van minstens 8 cijfers, zoals 06 12345678."]);
    }
}
