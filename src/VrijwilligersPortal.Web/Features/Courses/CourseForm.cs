using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Courses;

/// <summary>Staff publish or change a course. Times are typed on the Dutch clock.</summary>
public sealed class CourseForm
{
    public const int SessionRows = 4;

    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [Display(Name = "Beschrijving")]
    public string? Description { get; set; }

    [Display(Name = "Voor wie")]
    public CourseAudience? Audience { get; set; }

    [Display(Name = "Plaats")]
    public string? Place { get; set; }

    [Display(Name = "Link voor online deelnemen")]
    public string? OnlineLink { get; set; }

    [Display(Name = "Aantal plaatsen")]
    public int? Capacity { get; set; }

    [Display(Name = "Aanmelden kan tot")]
    public DateTime? SignUpDeadline { get; set; }

    public List<SessionForm> Sessions { get; set; } = [];

    /// <summary>The filled-in session rows as moments.</summary>
    public IReadOnlyList<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> SessionMoments() =>
        [.. Sessions.Where(s => s.Start is not null && s.End is not null).Select(s =>
        {
            var start = DutchTime.FromLocal(s.Start!.Value);
            var end = DutchTime.FromLocal(s.Start.Value.Date + s.End!.Value.ToTimeSpan());
            return (start, end);
        })];

    public CourseDetails ToDetails() => new()
    {
        Title = Title ?? string.Empty,
        Description = Description ?? string.Empty,
        Audience = Audience ?? CourseAudience.Everyone,
        Place = Place,
        OnlineLink = OnlineLink,
        Capacity = Capacity ?? 0,
        SignUpDeadline = DutchTime.FromLocal(SignUpDeadline ?? DateTime.MinValue),
        Sessions = SessionMoments(),
    };

    /// <summary>Empty rows up to <see cref="SessionRows"/>, so another session can be added without script.</summary>
    public CourseForm WithEmptyRows()
    {
        while (Sessions.Count < SessionRows)
        {
            Sessions.Add(new SessionForm());
        }

        return this;
    }

    public static CourseForm Of(Course course) => new CourseForm
    {
        Title = course.Title,
        Description = course.Description,
        Audience = course.Audience,
        Place = course.Place,
        OnlineLink = course.OnlineLink,
        Capacity = course.Capacity,
        SignUpDeadline = DateTime.Parse(DutchTime.LocalInput(course.SignUpDeadline), System.Globalization.CultureInfo.InvariantCulture),
        Sessions = [.. course.Sessions.OrderBy(s => s.StartsAt).Select(s => new SessionForm
        {
            Start = DateTime.Parse(DutchTime.LocalInput(s.StartsAt), System.Globalization.CultureInfo.InvariantCulture),
            End = TimeOnly.Parse(DutchTime.Time(s.EndsAt), System.Globalization.CultureInfo.InvariantCulture),
        })],
    }.WithEmptyRows();
}

public sealed class SessionForm
{
    [Display(Name = "Begin")]
    public DateTime? Start { get; set; }

    [Display(Name = "Einde")]
    public TimeOnly? End { get; set; }
}

public sealed class CourseFormValidator : AbstractValidator<CourseForm>
{
    public CourseFormValidator(IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        RuleFor(f => f.Title).SingleLine(text);
        RuleFor(f => f.Title).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Geef een titel."])
            .MaximumLength(Course.TitleMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Course.TitleMaxLength]);
        RuleFor(f => f.Description).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Geef een beschrijving."])
            .MaximumLength(Course.DescriptionMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Course.DescriptionMaxLength]);
        RuleFor(f => f.Audience).NotNull().IsInEnum().WithMessage(_ => text["Kies voor wie de cursus is."]);
        RuleFor(f => f.Place).SingleLine(text);
        RuleFor(f => f.Place).MaximumLength(Course.PlaceMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Course.PlaceMaxLength]);
        RuleFor(f => f.OnlineLink).SingleLine(text);
        RuleFor(f => f.OnlineLink).Cascade(CascadeMode.Stop)
            .MaximumLength(Course.LinkMaxLength).WithMessage(_ => text["Gebruik hoogstens {0} tekens.", Course.LinkMaxLength])
            .Must(link => string.IsNullOrWhiteSpace(link) || (Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            .WithMessage(_ => text["Een link voor online deelnemen begint met https://."]);
        RuleFor(f => f.Place)
            .Must((form, place) => !string.IsNullOrWhiteSpace(place) || !string.IsNullOrWhiteSpace(form.OnlineLink))
            .WithMessage(_ => text["Geef een plaats of een link voor online deelnemen."]);
        RuleFor(f => f.Capacity).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Geef het aantal plaatsen."])
            .InclusiveBetween(1, Course.MaxCapacity).WithMessage(_ => text["Het aantal plaatsen is 1 tot en met {0}.", Course.MaxCapacity]);
        RuleFor(f => f.Sessions)
            .Must(sessions => sessions.Any(s => s.Start is not null && s.End is not null))
            .WithMessage(_ => text["Geef minstens één bijeenkomst met begin en einde."]);
        RuleForEach(f => f.Sessions).ChildRules(session =>
        {
            session.RuleFor(s => s.End)
                .NotNull().When(s => s.Start is not null).WithMessage(_ => text["Geef ook de eindtijd."]);
            session.RuleFor(s => s.Start)
                .NotNull().When(s => s.End is not null).WithMessage(_ => text["Geef ook de begindatum en -tijd."]);
            session.RuleFor(s => s.End)
                .Must((s, end) => end!.Value.ToTimeSpan() > s.Start!.Value.TimeOfDay)
                .When(s => s.Start is not null && s.End is not null)
                .WithMessage(_ => text["Een bijeenkomst eindigt na het begin."]);
            session.RuleFor(s => s.Start)
                .Must(start => DutchTime.FromLocal(start!.Value) > clock.GetUtcNow())
                .When(s => s.Start is not null)
                .WithMessage(_ => text["Deze bijeenkomst ligt in het verleden."]);
        });
        RuleFor(f => f.SignUpDeadline).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => text["Geef tot wanneer aanmelden kan."])
            .Must((form, deadline) => form.SessionMoments() is not { Count: > 0 } moments || DutchTime.FromLocal(deadline!.Value) <= moments.Min(m => m.StartsAt))
            .WithMessage(_ => text["De aanmelddeadline moet vóór het begin van de cursus liggen."]);
    }
}
