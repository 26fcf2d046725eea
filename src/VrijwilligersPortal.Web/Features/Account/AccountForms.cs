using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Account;

public sealed class RegisterForm
{
    [Display(Name = "Je naam")]
    public string? Name { get; set; }

    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [Display(Name = "Wachtwoord")]
    public string? Password { get; set; }
}

public sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public RegisterFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Name).SingleLine(text);
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul je naam in."])
            .MaximumLength(100).WithMessage(_ => text["Je naam mag hoogstens 100 tekens hebben."]);
        RuleFor(f => f.Email).ValidEmail(text);
        RuleFor(f => f.Password).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Kies een wachtwoord."])
            .MinimumLength(PasswordRules.MinLength).WithMessage(_ => text["Een wachtwoord heeft minstens {0} tekens. Een zin van een paar woorden werkt goed.", PasswordRules.MinLength])
            .MaximumLength(PasswordRules.MaxLength).WithMessage(_ => text["Een wachtwoord heeft hoogstens {0} tekens.", PasswordRules.MaxLength]);
    }
}

public sealed class LoginForm
{
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [Display(Name = "Wachtwoord")]
    public string? Password { get; set; }

    [Display(Name = "Ingelogd blijven op dit apparaat")]
    public bool RememberMe { get; set; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage(_ => text["Vul je e-mailadres in."]);
        RuleFor(f => f.Password).NotEmpty().WithMessage(_ => text["Vul je wachtwoord in."]);
    }
}

/// <summary>Asks for an e-mail address: to reset a password or to resend the confirmation link.</summary>
public sealed class EmailForm
{
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }
}

public sealed class EmailFormValidator : AbstractValidator<EmailForm>
{
    public EmailFormValidator(IStringLocalizer<SharedResource> text) => RuleFor(f => f.Email).ValidEmail(text);
}

public sealed class ResetPasswordForm
{
    public Guid UserId { get; set; }

    public string? Code { get; set; }

    [Display(Name = "Nieuw wachtwoord")]
    public string? Password { get; set; }
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage(_ => text["Deze link is niet compleet. Open de link uit de e-mail opnieuw."]);
        RuleFor(f => f.Password).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Kies een nieuw wachtwoord."])
            .MinimumLength(PasswordRules.MinLength).WithMessage(_ => text["Een wachtwoord heeft minstens {0} tekens. Een zin van een paar woorden werkt goed.", PasswordRules.MinLength])
            .MaximumLength(PasswordRules.MaxLength).WithMessage(_ => text["Een wachtwoord heeft hoogstens {0} tekens.", PasswordRules.MaxLength]);
    }
}

internal static class AccountRules
{
    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilderInitial<T, string?> rule, IStringLocalizer<SharedResource> text) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul je e-mailadres in."])
            .MaximumLength(254).WithMessage(_ => text["Dit e-mailadres is te lang."])
            .SingleLine(text)
            .EmailAddress().WithMessage(_ => text["Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."]);
}
