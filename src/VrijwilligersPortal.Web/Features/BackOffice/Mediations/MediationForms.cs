using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>A case for someone who walked in or was referred; creates a record without an account.</summary>
public sealed class NewCaseForm
{
    [Display(Name = "Naam")]
    public string? Name { get; set; }

    [Display(Name = "E-mailadres (niet verplicht)")]
    public string? Email { get; set; }

    [Display(Name = "Telefoonnummer (niet verplicht)")]
    public string? Phone { get; set; }

    [Display(Name = "Hulpvraag (niet verplicht)")]
    public string? Question { get; set; }

    [Display(Name = "De persoon geeft toestemming dat de centrale deze gegevens bewaart om te bemiddelen")]
    public bool Consent { get; set; }
}

public sealed class NewCaseFormValidator : AbstractValidator<NewCaseForm>
{
    public NewCaseFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Name).SingleLine(text);
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul de naam van de persoon in."])
            .MaximumLength(100).WithMessage(_ => text["De naam mag hoogstens 100 tekens hebben."]);
        RuleFor(f => f.Email).SingleLine(text);
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop)
            .MaximumLength(254).WithMessage(_ => text["Het e-mailadres mag hoogstens 254 tekens hebben."])
            .EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage(_ => text["Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het leeg."]);
        RuleFor(f => f.Phone).SingleLine(text);
        RuleFor(f => f.Phone)
            .Must(phone => string.IsNullOrWhiteSpace(phone) || (phone.Trim().Length <= 30
                && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')')
                && phone.Count(char.IsAsciiDigit) >= 8))
            .WithMessage(_ => text["Vul een telefoonnummer in van minstens 8 cijfers, zoals 06 12345678."]);
        RuleFor(f => f.Question).MaximumLength(Mediation.QuestionMaxLength)
            .WithMessage(_ => text["De hulpvraag mag hoogstens {0} tekens hebben.", Mediation.QuestionMaxLength]);
        RuleFor(f => f.Consent).Equal(true)
            .WithMessage(_ => text["Vraag de persoon om toestemming; zonder toestemming bewaren we geen gegevens."]);
    }
}

/// <summary>The intake; postcode and interests update the person's profile so matching can use them.</summary>
public sealed class IntakeForm
{
    [Display(Name = "Hoe komt de persoon bij ons?")]
    public ReferralSource? ReferralSource { get; set; }

    [Display(Name = "Wat zou de persoon graag doen?")]
    public string? Wishes { get; set; }

    [Display(Name = "Wat kan de persoon? (niet verplicht)")]
    public string? Abilities { get; set; }

    [Display(Name = "Welke ondersteuning is nodig? (niet verplicht, vertrouwelijk)")]
    public string? SupportNeeds { get; set; }

    [Display(Name = "Talen (niet verplicht)")]
    public string? Languages { get; set; }

    [Display(Name = "Postcode (niet verplicht)")]
    public string? Postcode { get; set; }

    public List<int> CategoryIds { get; set; } = [];

    public List<int> SuitableForIds { get; set; } = [];
}

public sealed class IntakeFormValidator : AbstractValidator<IntakeForm>
{
    public IntakeFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.ReferralSource).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Kies hoe de persoon bij ons komt."])
            .IsInEnum().WithMessage(_ => text["Kies hoe de persoon bij ons komt."]);
        RuleFor(f => f.Wishes).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Beschrijf wat de persoon graag zou doen."])
            .MaximumLength(Mediation.IntakeTextMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Mediation.IntakeTextMaxLength]);
        RuleFor(f => f.Abilities).MaximumLength(Mediation.IntakeTextMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Mediation.IntakeTextMaxLength]);
        RuleFor(f => f.SupportNeeds).MaximumLength(Mediation.IntakeTextMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Mediation.IntakeTextMaxLength]);
        RuleFor(f => f.Languages).SingleLine(text);
        RuleFor(f => f.Languages).MaximumLength(Mediation.LanguagesMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Mediation.LanguagesMaxLength]);
        RuleFor(f => f.Postcode)
            .Must(p => string.IsNullOrWhiteSpace(p) || PostcodeLookup.IsValid(p))
            .WithMessage(_ => text["Vul een postcode in zoals 3581 of 3581 AB, of laat het leeg."]);
    }
}

public sealed class NoteForm
{
    [Display(Name = "Nieuwe notitie")]
    public string? NoteText { get; set; }
}

public sealed class NoteFormValidator : AbstractValidator<NoteForm>
{
    public NoteFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.NoteText).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Schrijf eerst een notitie."])
            .MaximumLength(CaseNote.TextMaxLength).WithMessage(_ => text["Een notitie heeft hoogstens {0} tekens.", CaseNote.TextMaxLength]);
}

/// <summary>The vacancy to propose; checked against the public vacancies before anything happens.</summary>
public sealed class ProposeForm
{
    public int VacancyId { get; set; }
}

public sealed class ProposeFormValidator : AbstractValidator<ProposeForm>
{
    public ProposeFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.VacancyId).GreaterThan(0).WithMessage(_ => text["Kies een vacature."]);
}

public sealed class DeclineForm
{
    [Display(Name = "Reden (niet verplicht)")]
    public string? DeclineReason { get; set; }
}

public sealed class DeclineFormValidator : AbstractValidator<DeclineForm>
{
    public DeclineFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.DeclineReason).MaximumLength(MatchProposal.DeclineReasonMaxLength)
            .WithMessage(_ => text["De reden mag hoogstens {0} tekens hebben.", MatchProposal.DeclineReasonMaxLength]);
}

public sealed class AssignForm
{
    [Display(Name = "Toewijzen aan")]
    public Guid? AssigneeId { get; set; }
}

public sealed class AssignFormValidator : AbstractValidator<AssignForm>
{
    public AssignFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.AssigneeId).NotNull().WithMessage(_ => text["Kies een collega."]);
}

public sealed class CloseForm
{
    [Display(Name = "Waarom wordt de bemiddeling afgesloten? (niet verplicht)")]
    public string? CloseReason { get; set; }
}

public sealed class CloseFormValidator : AbstractValidator<CloseForm>
{
    public CloseFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.CloseReason).MaximumLength(Mediation.CloseReasonMaxLength)
            .WithMessage(_ => text["De reden mag hoogstens {0} tekens hebben.", Mediation.CloseReasonMaxLength]);
}

/// <summary>The follow-up after a placement.</summary>
public sealed class FollowUpForm
{
    [Display(Name = "Hoe gaat het?")]
    public int? Rating { get; set; }

    [Display(Name = "Kort verhaal (niet verplicht)")]
    public string? Story { get; set; }

    [Display(Name = "De vrijwilliger vindt het goed dat de centrale dit verhaal gebruikt in rapportages")]
    public bool StoryMayBeUsed { get; set; }

    [Display(Name = "De bemiddeling afsluiten")]
    public bool Close { get; set; }
}

public sealed class FollowUpFormValidator : AbstractValidator<FollowUpForm>
{
    public FollowUpFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Rating).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Kies hoe het gaat, van 1 tot en met 5."])
            .InclusiveBetween(1, 5).WithMessage(_ => text["Kies hoe het gaat, van 1 tot en met 5."]);
        RuleFor(f => f.Story).MaximumLength(Mediation.StoryMaxLength)
            .WithMessage(_ => text["Het verhaal mag hoogstens {0} tekens hebben.", Mediation.StoryMaxLength]);
    }
}

/// <summary>What the case page's small forms show again after a refused post.</summary>
/// <summary>Staff erase the record of a person without an account, at that person's request.</summary>
public sealed class ErasePersonForm
{
    [Display(Name = "De persoon heeft zelf gevraagd om de gegevens te verwijderen")]
    public bool PersonAsked { get; set; }
}

public sealed class ErasePersonFormValidator : AbstractValidator<ErasePersonForm>
{
    public ErasePersonFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.PersonAsked).Equal(true)
            .WithMessage(_ => text["Vink aan dat de persoon zelf om verwijdering heeft gevraagd. Verwijderen kan niet ongedaan worden gemaakt."]);
}

public sealed class CaseForms
{
    public string? NoteText { get; set; }

    public string? CloseReason { get; set; }

    public Guid? AssigneeId { get; set; }

    public bool PersonAsked { get; set; }
}
