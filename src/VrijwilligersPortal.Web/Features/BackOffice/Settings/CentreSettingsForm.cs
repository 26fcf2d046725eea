using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Centre;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Settings;

public sealed class CentreSettingsForm
{
    [Display(Name = "Naam van de centrale")]
    public string? Name { get; set; }

    [Display(Name = "Ondertitel")]
    public string? Tagline { get; set; }

    [Display(Name = "Land")]
    public string? Country { get; set; }

    [Display(Name = "Pad van het logo")]
    public string? LogoPath { get; set; }

    [Display(Name = "Hoofdkleur")]
    public string? PrimaryColor { get; set; }

    [Display(Name = "Accentkleur")]
    public string? AccentColor { get; set; }

    [Display(Name = "E-mailadres")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Telefoonnummer")]
    public string? ContactPhone { get; set; }

    [Display(Name = "Adres")]
    public string? Address { get; set; }

    [Display(Name = "Medewerkers beoordelen vacatures voordat ze openbaar worden")]
    public bool ReviewVacancies { get; set; }

    [Display(Name = "Toon \"Wat we samen bereikten\" op de startpagina: cijfers van het afgelopen jaar en één verhaal waarvoor toestemming is gegeven")]
    public bool ShowImpactOnHome { get; set; }

    [Display(Name = "Reactie onbeantwoord na (dagen)")]
    public int? UnansweredAfterDays { get; set; }

    [Display(Name = "Nazorg na een plaatsing (weken)")]
    public int? FollowUpAfterWeeks { get; set; }

    [Display(Name = "Account inactief na (maanden)")]
    public int? InactiveAfterMonths { get; set; }

    [Display(Name = "Verwijderen na de waarschuwing (dagen)")]
    public int? EraseAfterWarningDays { get; set; }

    [Display(Name = "Websites die de vacaturelijst mogen inbedden")]
    public string? EmbedOrigins { get; set; }

    public static CentreSettingsForm From(CentreOptions options) => new()
    {
        Name = options.Name,
        Tagline = options.Tagline,
        Country = CentreCountries.IsKnown(options.Country?.ToUpperInvariant()) ? options.Country!.ToUpperInvariant() : CentreCountries.Netherlands,
        LogoPath = options.LogoPath,
        PrimaryColor = options.PrimaryColor,
        AccentColor = options.AccentColor,
        ContactEmail = options.ContactEmail,
        ContactPhone = options.ContactPhone,
        Address = options.Address,
        ReviewVacancies = options.ReviewVacancies,
        ShowImpactOnHome = options.ShowImpactOnHome,
        UnansweredAfterDays = options.UnansweredAfterDays,
        FollowUpAfterWeeks = options.FollowUpAfterWeeks,
        InactiveAfterMonths = options.InactiveAfterMonths,
        EraseAfterWarningDays = options.EraseAfterWarningDays,
        EmbedOrigins = string.Join('\n', options.EmbedOrigins),
    };

    public CentreSettingValues ToValues() => new()
    {
        Name = Name,
        Tagline = Tagline,
        Country = Country,
        LogoPath = LogoPath,
        PrimaryColor = PrimaryColor,
        AccentColor = AccentColor,
        ContactEmail = ContactEmail,
        ContactPhone = ContactPhone,
        Address = Address,
        ReviewVacancies = ReviewVacancies,
        ShowImpactOnHome = ShowImpactOnHome,
        UnansweredAfterDays = UnansweredAfterDays ?? 0,
        FollowUpAfterWeeks = FollowUpAfterWeeks ?? 0,
        InactiveAfterMonths = InactiveAfterMonths ?? 0,
        EraseAfterWarningDays = EraseAfterWarningDays ?? 0,
        EmbedOrigins = EmbedOrigins,
    };
}

public sealed partial class CentreSettingsFormValidator : AbstractValidator<CentreSettingsForm>
{
    public CentreSettingsFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Name).SingleLine(text);
        RuleFor(f => f.Name).Must(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length <= 100).WithMessage(_ => text["Geef de naam van de centrale (hoogstens 100 tekens)."]);
        RuleFor(f => f.Tagline).SingleLine(text);
        RuleFor(f => f.Tagline).MaximumLength(150).WithMessage(_ => text["De ondertitel heeft hoogstens 150 tekens."]);
        RuleFor(f => f.Country).Must(CentreCountries.IsKnown).WithMessage(_ => text["Kies het land van de centrale: Nederland of België."]);
        RuleFor(f => f.LogoPath).Must(v => v is { Length: <= 300 } && LocalPath().IsMatch(v.Trim()))
            .WithMessage(_ => text["Het logo is een pad op deze site dat met / begint, zoals /img/logo.svg."]);
        RuleFor(f => f.PrimaryColor).Must(v => v is not null && HexColor().IsMatch(v.Trim())).WithMessage(_ => text["Geef de hoofdkleur als #rrggbb, zoals #0b5c8a."]);
        RuleFor(f => f.AccentColor).Must(v => v is not null && HexColor().IsMatch(v.Trim())).WithMessage(_ => text["Geef de accentkleur als #rrggbb, zoals #e8590c."]);
        RuleFor(f => f.ContactEmail).SingleLine(text);
        RuleFor(f => f.ContactEmail).Must(v => string.IsNullOrWhiteSpace(v) || (v.Length <= 254 && v.Contains('@', StringComparison.Ordinal))).WithMessage(_ => text["Geef een geldig e-mailadres."]);
        RuleFor(f => f.ContactPhone).SingleLine(text);
        RuleFor(f => f.ContactPhone).MaximumLength(30).WithMessage(_ => text["Het telefoonnummer heeft hoogstens 30 tekens."]);
        RuleFor(f => f.Address).SingleLine(text);
        RuleFor(f => f.Address).MaximumLength(200).WithMessage(_ => text["Het adres heeft hoogstens 200 tekens."]);
        RuleFor(f => f.UnansweredAfterDays).Must(v => v is >= 1 and <= 60).WithMessage(_ => text["Een reactie telt als onbeantwoord na 1 tot 60 dagen."]);
        RuleFor(f => f.FollowUpAfterWeeks).Must(v => v is >= 1 and <= 52).WithMessage(_ => text["De nazorg volgt na 1 tot 52 weken."]);
        RuleFor(f => f.InactiveAfterMonths).Must(v => v is >= 6 and <= 120).WithMessage(_ => text["Een account telt als inactief na 6 tot 120 maanden."]);
        RuleFor(f => f.EraseAfterWarningDays).Must(v => v is >= 7 and <= 365).WithMessage(_ => text["Na de waarschuwing wacht de centrale 7 tot 365 dagen."]);
        RuleFor(f => f.EmbedOrigins).Custom((value, context) =>
        {
            var entries = (value ?? string.Empty).Split(['\n', '\r', ' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            if (entries.FirstOrDefault(e => EmbedOrigin.Normalize(e) is null) is { } wrong)
            {
                context.AddFailure(text["“{0}” is geen webadres zoals https://www.gemeente.nl (zonder pad erachter).", wrong.Length > 60 ? wrong[..60] + "…" : wrong].Value);
            }
            else if (entries.Distinct(StringComparer.OrdinalIgnoreCase).Count() > EmbedOrigin.MaxCount)
            {
                context.AddFailure(text["Geef hoogstens {0} websites op.", EmbedOrigin.MaxCount].Value);
            }
        });
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    [GeneratedRegex("^/[A-Za-z0-9/._-]+$")]
    private static partial Regex LocalPath();
}
