using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Matching;

namespace VrijwilligersPortal.Web.Features.ForYou;

/// <summary>The alert switch on /mijn/voor-jou: no frequency means off.</summary>
public sealed class AlertForm
{
    /// <summary>The thresholds offered, with what they mean to the volunteer.</summary>
    public static IReadOnlyList<(int Value, string Text)> Thresholds { get; } =
    [
        (40, "Alles wat redelijk past"),
        (55, "Wat goed past"),
        (70, "Alleen wat heel goed past"),
    ];

    public AlertFrequency? Frequency { get; set; }

    public int Threshold { get; set; } = 55;
}

public sealed class AlertFormValidator : AbstractValidator<AlertForm>
{
    public AlertFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Frequency).IsInEnum().WithMessage(_ => text["Kies dagelijks, wekelijks of geen e-mail."]);
        RuleFor(f => f.Threshold)
            .Must(t => AlertForm.Thresholds.Any(o => o.Value == t))
            .WithMessage(_ => text["Kies hoe goed een vacature moet passen."]);
    }
}
