using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.Account;

namespace VrijwilligersPortal.Web.Features.AccountSettings;

public sealed class ChangeEmailForm
{
    [Display(Name = "Nieuw e-mailadres")]
    public string? NewEmail { get; set; }

    [Display(Name = "Je huidige wachtwoord")]
    public string? CurrentPassword { get; set; }
}

public sealed class ChangeEmailFormValidator : AbstractValidator<ChangeEmailForm>
{
    public ChangeEmailFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.NewEmail).SingleLine(text);
        RuleFor(f => f.NewEmail).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul je nieuwe e-mailadres in."])
            .MaximumLength(254).WithMessage(_ => text["Dit e-mailadres is te lang."])
            .EmailAddress().WithMessage(_ => text["Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."]);
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage(_ => text["Vul je huidige wachtwoord in om te bevestigen dat jij het bent."]);
    }
}

public sealed class ChangePasswordForm
{
    [Display(Name = "Je huidige wachtwoord")]
    public string? CurrentPassword { get; set; }

    [Display(Name = "Nieuw wachtwoord")]
    public string? NewPassword { get; set; }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage(_ => text["Vul je huidige wachtwoord in om te bevestigen dat jij het bent."]);
        RuleFor(f => f.NewPassword).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Kies een nieuw wachtwoord."])
            .MinimumLength(PasswordRules.MinLength).WithMessage(_ => text["Een wachtwoord heeft minstens {0} tekens. Een zin van een paar woorden werkt goed.", PasswordRules.MinLength])
            .MaximumLength(PasswordRules.MaxLength).WithMessage(_ => text["Een wachtwoord heeft hoogstens {0} tekens.", PasswordRules.MaxLength]);
        RuleFor(f => f.NewPassword)
            .NotEqual(f => f.CurrentPassword).When(f => !string.IsNullOrEmpty(f.NewPassword))
            .WithMessage(_ => text["Kies een ander wachtwoord dan je huidige."]);
    }
}
