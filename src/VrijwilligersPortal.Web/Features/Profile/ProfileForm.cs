using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Profile;

/// <summary>
/// What a volunteer can change on their profile. The e-mail address is not here: it changes
/// through the account page, with a confirmation of the new address.
/// </summary>
public sealed class ProfileForm
{
    [Display(Name = "Je naam")]
    public string? Name { get; set; }

    [Display(Name = "Telefoonnummer (niet verplicht)")]
    public string? Phone { get; set; }

    [Display(Name = "Postcode")]
    public string? Postcode { get; set; }

    [Display(Name = "Hoe ver wil je reizen? (km)")]
    public int? MaxDistanceKm { get; set; }

    [Display(Name = "Geboortejaar")]
    public int? BirthYear { get; set; }

    public List<int> CategoryIds { get; set; } = [];

    public List<int> SkillIds { get; set; } = [];

    /// <summary>The ticked week slots, numbered as in <see cref="WeekSchedule"/> (Monday morning is 0).</summary>
    public List<int> Slots { get; set; } = [];

    [Display(Name = "Uren per week")]
    public int? HoursPerWeek { get; set; }

    [Display(Name = "Andere talen die je spreekt")]
    public string? Languages { get; set; }

    [Display(Name = "Hoe goed spreek je Nederlands?")]
    public DutchLevel? DutchLevel { get; set; }

    [Display(Name = "Ik ben bereid een VOG aan te vragen")]
    public bool WillingToGetVog { get; set; }

    [Display(Name = "De centrale mag mij voorstellen aan organisaties")]
    public bool ConsentToBeProposed { get; set; }

    [Display(Name = "Ik wil graag persoonlijke hulp van de centrale")]
    public bool WantsHelp { get; set; }

    [Display(Name = "Waar kunnen we je mee helpen? (niet verplicht)")]
    public string? HelpQuestion { get; set; }

    public WeekSchedule Schedule() => new(Slots.Distinct().Aggregate(0, (bits, slot) => bits | (1 << slot)));

    /// <summary>"Arabisch, Engels" → ["Arabisch", "Engels"]; commas, semicolons and new lines all separate.</summary>
    public static IReadOnlyList<string> SplitLanguages(string? languages) =>
        (languages ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class ProfileFormValidator : AbstractValidator<ProfileForm>
{
    public ProfileFormValidator(IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        var year = clock.GetUtcNow().Year;

        RuleFor(f => f.Name).SingleLine(text);
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul je naam in; een organisatie ziet die als je reageert."])
            .MaximumLength(100).WithMessage(_ => text["Je naam mag hoogstens 100 tekens hebben."]);
        RuleFor(f => f.Phone).SingleLine(text);
        RuleFor(f => f.Phone)
            .Must(phone => string.IsNullOrWhiteSpace(phone) || (phone.Trim().Length <= 30
                && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')')
                && phone.Count(char.IsAsciiDigit) >= 8))
            .WithMessage(_ => text["Vul een telefoonnummer in van minstens 8 cijfers, zoals 06 12345678."]);
        RuleFor(f => f.Postcode).SingleLine(text);
        RuleFor(f => f.Postcode)
            .Must(postcode => string.IsNullOrWhiteSpace(postcode) || PostcodeLookup.IsValid(postcode))
            .WithMessage(_ => text["Vul een postcode in zoals 3581 of 3581 AB."]);
        RuleFor(f => f.MaxDistanceKm)
            .InclusiveBetween(1, 250).WithMessage(_ => text["Kies een afstand tussen 1 en 250 km."]);
        RuleFor(f => f.MaxDistanceKm)
            .Null().When(f => string.IsNullOrWhiteSpace(f.Postcode))
            .WithMessage(_ => text["Vul ook je postcode in; de afstand rekenen we vanaf je postcode."]);
        RuleFor(f => f.BirthYear)
            .InclusiveBetween(year - 110, year - 10)
            .WithMessage(_ => text["Vul een geboortejaar in tussen {0} en {1}.", year - 110, year - 10]);
        RuleFor(f => f.HoursPerWeek)
            .InclusiveBetween(1, 60).WithMessage(_ => text["Vul een aantal uren per week in tussen 1 en 60."]);
        RuleFor(f => f.Slots)
            .Must(slots => slots.TrueForAll(s => s is >= 0 and < WeekSchedule.SlotCount))
            .WithMessage(_ => text["Kies dagdelen uit het rooster."]);
        RuleFor(f => f.Languages).Cascade(CascadeMode.Stop)
            .Must(languages => ProfileForm.SplitLanguages(languages).Count <= Volunteer.MaxLanguages)
            .WithMessage(_ => text["Noem hoogstens {0} talen.", Volunteer.MaxLanguages])
            .Must(languages => ProfileForm.SplitLanguages(languages).All(l => l.Length <= Volunteer.MaxLanguageLength))
            .WithMessage(_ => text["Een taal heeft hoogstens {0} tekens; zet een komma tussen de talen.", Volunteer.MaxLanguageLength]);
        RuleFor(f => f.DutchLevel)
            .IsInEnum().WithMessage(_ => text["Kies een van de antwoorden."]);
        RuleFor(f => f.HelpQuestion)
            .MaximumLength(Mediation.QuestionMaxLength)
            .WithMessage(_ => text["Beschrijf je hulpvraag in hoogstens {0} tekens.", Mediation.QuestionMaxLength]);
    }
}
