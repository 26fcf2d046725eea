using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Account;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Organisation.Registration;

/// <summary>
/// Registers an organisation; a visitor without an account fills in their own name, e-mail and
/// password in the same form. Status and membership are never part of it.
/// </summary>
public sealed class RegistrationForm
{
    /// <summary>Set by the controller from the sign-in state, never from the request.</summary>
    [BindNever]
    public bool NeedsAccount { get; set; }

    [Display(Name = "Je naam")]
    public string? YourName { get; set; }

    [Display(Name = "Je e-mailadres")]
    public string? Email { get; set; }

    [Display(Name = "Wachtwoord")]
    public string? Password { get; set; }

    [Display(Name = "Naam van de organisatie")]
    public string? Name { get; set; }

    [Display(Name = "Soort organisatie")]
    public OrganisationKind? Kind { get; set; }

    [Display(Name = "KvK-nummer (niet verplicht)")]
    public string? CompanyNumber { get; set; }

    [Display(Name = "Straat en huisnummer (niet verplicht)")]
    public string? Street { get; set; }

    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    [Display(Name = "Plaats")]
    public string? Place { get; set; }

    [Display(Name = "Website (niet verplicht)")]
    public string? Website { get; set; }

    [Display(Name = "Korte beschrijving")]
    public string? Description { get; set; }

    [Display(Name = "Naam contactpersoon")]
    public string? ContactName { get; set; }

    [Display(Name = "E-mailadres contactpersoon")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Telefoon contactpersoon (niet verplicht)")]
    public string? ContactPhone { get; set; }

    public OrganisationProfile ToProfile() => new()
    {
        Name = Name!.Trim(),
        Kind = Kind!.Value,
        CompanyNumber = Domain.Organisations.CompanyNumber.Normalise(CompanyNumber),
        Street = Street,
        Postcode = Postcode!.Trim().ToUpperInvariant(),
        Place = Place!.Trim(),
        Website = NormalisedWebsite(Website),
        Description = Description!.Trim(),
        ContactName = ContactName!.Trim(),
        ContactEmail = ContactEmail!.Trim(),
        ContactPhone = ContactPhone,
    };

    /// <summary>"www.club.nl" becomes "https://www.club.nl".</summary>
    public static string? NormalisedWebsite(string? website)
    {
        var trimmed = website?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Contains("://", StringComparison.Ordinal) ? trimmed : "https://" + trimmed;
    }
}

public sealed class RegistrationFormValidator : AbstractValidator<RegistrationForm>
{
    public RegistrationFormValidator(IStringLocalizer<SharedResource> text, IOptionsSnapshot<CentreOptions> centre)
    {
        // The company number of the centre's country: a KvK number, or in Belgium the ondernemingsnummer
        // (its Flemish message is the nl-BE text of the same key).
        var belgian = Countries.IsBelgium(centre.Value.Country);
        When(f => f.NeedsAccount, () =>
        {
            RuleFor(f => f.YourName).SingleLine(text);
            RuleFor(f => f.YourName).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => text["Vul je naam in."])
                .MaximumLength(100).WithMessage(_ => text["Je naam mag hoogstens 100 tekens hebben."]);
            RuleFor(f => f.Email).ValidEmail(text);
            RuleFor(f => f.Password).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => text["Kies een wachtwoord."])
                .MinimumLength(PasswordRules.MinLength).WithMessage(_ => text["Een wachtwoord heeft minstens {0} tekens. Een zin van een paar woorden werkt goed.", PasswordRules.MinLength])
                .MaximumLength(PasswordRules.MaxLength).WithMessage(_ => text["Een wachtwoord heeft hoogstens {0} tekens.", PasswordRules.MaxLength]);
        });

        RuleFor(f => f.Name).SingleLine(text);
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul de naam van de organisatie in."])
            .MaximumLength(150).WithMessage(_ => text["De naam mag hoogstens 150 tekens hebben."]);
        RuleFor(f => f.Kind).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Kies wat voor organisatie het is."])
            .IsInEnum().WithMessage(_ => text["Kies wat voor organisatie het is."]);
        RuleFor(f => CompanyNumber.Normalise(f.CompanyNumber))
            .Must(number => belgian ? CompanyNumber.IsEnterpriseNumber(number) : CompanyNumber.IsKvkNumber(number))
            .WithMessage(_ => text["Een KvK-nummer bestaat uit 8 cijfers. Laat het veld leeg als je organisatie geen KvK-nummer heeft."])
            .When(f => !string.IsNullOrWhiteSpace(f.CompanyNumber))
            .OverridePropertyName(nameof(RegistrationForm.CompanyNumber));
        RuleFor(f => f.Street).SingleLine(text);
        RuleFor(f => f.Street).MaximumLength(150).WithMessage(_ => text["Het adres mag hoogstens 150 tekens hebben."]);
        RuleFor(f => f.Postcode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul de postcode in."])
            .Must(p => PostcodeLocator.FourDigits(p) is not null).WithMessage(_ => text["Vul een postcode in zoals 3581 AB, of 4 cijfers in België."]);
        RuleFor(f => f.Place).SingleLine(text);
        RuleFor(f => f.Place).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul de plaats in."])
            .MaximumLength(100).WithMessage(_ => text["De plaatsnaam mag hoogstens 100 tekens hebben."]);
        RuleFor(f => RegistrationForm.NormalisedWebsite(f.Website))
            .Must(BeAWebAddress).WithMessage(_ => text["Vul een webadres in zoals www.onzeclub.nl."])
            .MaximumLength(300).WithMessage(_ => text["Het webadres mag hoogstens 300 tekens hebben."])
            .When(f => !string.IsNullOrWhiteSpace(f.Website))
            .OverridePropertyName(nameof(RegistrationForm.Website));
        RuleFor(f => f.Description).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Beschrijf in een paar zinnen wat je organisatie doet."])
            .MaximumLength(2000).WithMessage(_ => text["De beschrijving mag hoogstens 2000 tekens hebben."]);
        RuleFor(f => f.ContactName).SingleLine(text);
        RuleFor(f => f.ContactName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul de naam van de contactpersoon in."])
            .MaximumLength(100).WithMessage(_ => text["De naam mag hoogstens 100 tekens hebben."]);
        RuleFor(f => f.ContactEmail).SingleLine(text);
        RuleFor(f => f.ContactEmail).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul het e-mailadres van de contactpersoon in."])
            .MaximumLength(254).WithMessage(_ => text["Dit e-mailadres is te lang."])
            .EmailAddress().WithMessage(_ => text["Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."]);
        RuleFor(f => f.ContactPhone).SingleLine(text);
        RuleFor(f => f.ContactPhone).MaximumLength(30).WithMessage(_ => text["Het telefoonnummer mag hoogstens 30 tekens hebben."]);
    }

    private static bool BeAWebAddress(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Contains('.', StringComparison.Ordinal);
}
