using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.FollowUps;

namespace VrijwilligersPortal.Web.Features.FollowUps;

/// <summary>The answer to "Hoe gaat het?", posted with the link's token.</summary>
public sealed class AnswerForm
{
    public string? Token { get; set; }

    [Display(Name = "Hoe gaat het?")]
    public int? Rating { get; set; }

    [Display(Name = "Nog actief?")]
    public bool? StillActive { get; set; }

    [Display(Name = "Wil je iets vertellen? (niet verplicht)")]
    public string? Story { get; set; }

    public bool StoryMayBeUsed { get; set; }

    public bool StoryMayBePublished { get; set; }
}

public sealed class AnswerFormValidator : AbstractValidator<AnswerForm>
{
    public AnswerFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Rating).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Kies hoe het gaat: een cijfer van 1 tot en met 5."])
            .InclusiveBetween(1, 5).WithMessage(_ => text["Kies hoe het gaat: een cijfer van 1 tot en met 5."]);
        RuleFor(f => f.StillActive).NotNull().WithMessage(_ => text["Kies ja of nee."]);
        RuleFor(f => f.Story).MaximumLength(PlacementFollowUp.StoryMaxLength)
            .WithMessage(_ => text["Je verhaal mag hoogstens {0} tekens hebben.", PlacementFollowUp.StoryMaxLength]);
    }
}
