using Microsoft.AspNetCore.Http.Extensions;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Web.Features.Vacancies;

/// <summary>
/// One option of a filter, with how many results choosing it would give. <see cref="IsFixedText"/>:
/// the label is one of the portal's own texts (translated); otherwise it is a name from the
/// database (a category, a tag), which is data and shown as it is, encoded — never a localizer key.
/// </summary>
public sealed record FacetOption(string Value, string Label, int Count, bool Selected, bool IsFixedText = false);

/// <summary>Everything /vacatures shows.</summary>
public sealed record VacancySearchPage(
    VacancySearchRequest Request,
    VacancySearchCriteria Criteria,
    KnownArea? Origin,
    IReadOnlyList<Notice> Notices,
    IReadOnlyList<VacancyCard> Cards,
    VacancySearchResult Result,
    IReadOnlyList<FacetOption> Categories,
    IReadOnlyList<FacetOption> Durations,
    IReadOnlyList<FacetOption> Days,
    IReadOnlyList<FacetOption> DayParts,
    IReadOnlyList<FacetOption> SuitableFor,
    DropSuggestion? Suggestion)
{
    public bool HasFilters => Criteria.ActiveFilters().Any();
}

/// <summary>"Zonder de filter X: N vacatures", with the link that drops it.</summary>
public sealed record DropSuggestion(string Label, int Total, string Url);

public static class SearchLinks
{
    /// <summary>The current search without the parameters (or the values of a parameter) of one filter, back on page 1.</summary>
    public static string Without(HttpRequest request, SearchFilter filter)
    {
        var days = VacancySearchRequest.DayChoices.Select(d => d.Value).ToHashSet();
        var parts = VacancySearchRequest.PartChoices.Select(p => p.Value).ToHashSet();
        bool Drop(string key, string? value) => filter switch
        {
            SearchFilter.Text => key == "q",
            SearchFilter.Distance => key is "postcode" or "afstand" || (key == "sorteer" && value == "afstand"),
            SearchFilter.Category => key == "categorie",
            SearchFilter.Commitment => key == "duur",
            SearchFilter.Days => key == "dagdeel" && days.Contains(value ?? string.Empty),
            SearchFilter.DayParts => key == "dagdeel" && parts.Contains(value ?? string.Empty),
            SearchFilter.Hours => key == "uren",
            SearchFilter.SuitableFor => key == "geschikt",
            SearchFilter.Remote => key == "thuis",
            SearchFilter.WithoutVog => key == "zonderVog",
            SearchFilter.Dates => key is "datum" or "van" or "tot",
            _ => false,
        };

        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            foreach (var value in values)
            {
                if (key != "pagina" && !Drop(key, value?.ToLowerInvariant()))
                {
                    query.Add(key, value ?? string.Empty);
                }
            }
        }

        return "/vacatures" + query.ToQueryString();
    }

    public static string Label(SearchFilter filter) => filter switch
    {
        SearchFilter.Text => "zoekwoorden",
        SearchFilter.Distance => "afstand",
        SearchFilter.Category => "categorie",
        SearchFilter.Commitment => "duur",
        SearchFilter.Days => "dagen",
        SearchFilter.DayParts => "dagdelen",
        SearchFilter.Hours => "uren per week",
        SearchFilter.SuitableFor => "geschikt voor",
        SearchFilter.Remote => "vanuit huis",
        SearchFilter.WithoutVog => "zonder VOG",
        SearchFilter.Dates => "datum",
        _ => filter.ToString(),
    };
}

/// <summary>A filter's checkboxes for the <c>_FacetGroup</c> partial.</summary>
public sealed record FacetGroup(string Parameter, string Legend, IReadOnlyList<FacetOption> Options, string? Prefix = null)
{
    public string IdPrefix => Prefix ?? Parameter;
}
