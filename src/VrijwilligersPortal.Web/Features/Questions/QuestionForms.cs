using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Questions;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Questions;

/// <summary>An organisation member asks the centre a question.</summary>
public sealed class AskForm
{
    [Display(Name = "Onderwerp")]
    public int? TopicId { get; set; }

    [Display(Name = "Korte omschrijving")]
    public string? Subject { get; set; }

    [Display(Name = "Je vraag")]
    public string? Text { get; set; }
}

public sealed class AskFormValidator : AbstractValidator<AskForm>
{
    public AskFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.TopicId).NotNull().WithMessage(_ => text["Kies een onderwerp."]);
        RuleFor(f => f.Subject).SingleLine(text);
        RuleFor(f => f.Subject).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Geef een korte omschrijving."])
            .MaximumLength(Question.SubjectMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Question.SubjectMaxLength]);
        RuleFor(f => f.Text).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Schrijf je vraag."])
            .MaximumLength(Question.TextMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Question.TextMaxLength]);
    }
}

/// <summary>A message in a question's thread: a member's reaction, a staff answer or an internal note.</summary>
public sealed class MessageForm
{
    [Display(Name = "Bericht")]
    public string? Text { get; set; }
}

public sealed class MessageFormValidator : AbstractValidator<MessageForm>
{
    public MessageFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Text).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Schrijf een bericht."])
            .MaximumLength(Question.TextMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Question.TextMaxLength]);
    }
}

/// <summary>Staff hand a question to a colleague (or to nobody).</summary>
public sealed class QuestionAssignForm
{
    [Display(Name = "Behandeld door")]
    public Guid? StaffId { get; set; }
}

public sealed class QuestionAssignFormValidator : AbstractValidator<QuestionAssignForm>
{
    public QuestionAssignFormValidator()
    {
    }
}
