using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Exchange;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.BackOffice.Exchange;

/// <summary>Another centre's vacancy feed, as the administrator enters it.</summary>
public sealed class ExchangeSourceForm
{
    [Display(Name = "Naam van de centrale")]
    public string? Name { get; set; }

    [Display(Name = "Adres van de vacaturelijst")]
    public string? FeedUrl { get; set; }
}

public sealed class ExchangeSourceFormValidator : AbstractValidator<ExchangeSourceForm>
{
    public ExchangeSourceFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Name).SingleLine(text);
        RuleFor(f => f.Name).Must(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length <= ExchangeSource.NameMaxLength)
            .WithMessage(_ => text["Geef de naam van de centrale (hoogstens {0} tekens).", ExchangeSource.NameMaxLength]);
        RuleFor(f => f.FeedUrl).Must(v => ExchangeSource.NormalizeFeedUrl(v) is not null)
            .WithMessage(_ => text["Geef het volledige webadres van de vacaturelijst, zoals https://vrijwilligerswerk.example.nl/api/vacatures (http of https, hoogstens {0} tekens).", ExchangeSource.FeedUrlMaxLength]);
    }
}

/// <summary>A source on the page, with how its last fetch went.</summary>
public sealed record ExchangeSourceRow(int Id, string Name, string FeedUrl, DateTimeOffset? LastSuccessAt, DateTimeOffset? LastErrorAt, string? LastError, int ImportedCount);

public sealed record ExchangeSourcesPage(IReadOnlyList<ExchangeSourceRow> Sources, ExchangeSourceForm AddForm, int? EditingId, ExchangeSourceForm? EditForm);
