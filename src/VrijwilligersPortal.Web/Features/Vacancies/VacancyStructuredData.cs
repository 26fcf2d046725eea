using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Web.Features.Vacancies;

/// <summary>
/// schema.org <c>JobPosting</c> (employmentType VOLUNTEER) for search engines and job sites, as
/// JSON-LD in a <c>&lt;script type="application/ld+json"&gt;</c> data block. The serializer's
/// default encoder writes &lt;, &gt;, &amp; and quotes as \u escapes, so no text an organisation
/// typed ("&lt;/script&gt;" in a title) can end the block (docs/adr/0030).
/// </summary>
public static class VacancyStructuredData
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string JsonLd(VacancyDetail vacancy, string absoluteUrl, DateOnly today)
    {
        var posting = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "JobPosting",
            ["title"] = vacancy.Title,
            ["description"] = vacancy.Description,
            ["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["name"] = vacancy.OrganisationName, ["value"] = vacancy.Id.ToString(CultureInfo.InvariantCulture) },
            ["url"] = absoluteUrl,
            ["employmentType"] = "VOLUNTEER",
            ["industry"] = vacancy.Category,
            ["hiringOrganization"] = Organisation(vacancy),
            ["directApply"] = true,
        };
        if (vacancy.PublishedAt is { } published)
        {
            posting["datePosted"] = published.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (vacancy.EndDate is { } end && end >= today)
        {
            posting["validThrough"] = end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T23:59:59";
        }

        if (vacancy.StartDate is { } start)
        {
            posting["jobStartDate"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (vacancy.Places is { } places)
        {
            posting["totalJobOpenings"] = places;
        }

        if (vacancy.Skills.Count > 0)
        {
            posting["skills"] = string.Join(", ", vacancy.Skills);
        }

        if (vacancy.HoursPerWeek is { } hours)
        {
            posting["workHours"] = string.Create(CultureInfo.InvariantCulture, $"{hours} uur per week");
        }

        if (vacancy.IsRemote)
        {
            posting["jobLocationType"] = "TELECOMMUTE";
            posting["applicantLocationRequirements"] = new JsonObject { ["@type"] = "Country", ["name"] = "NL" };
        }

        if (vacancy.Place is not null || vacancy.Postcode is not null)
        {
            posting["jobLocation"] = new JsonObject
            {
                ["@type"] = "Place",
                ["address"] = new JsonObject
                {
                    ["@type"] = "PostalAddress",
                    ["postalCode"] = vacancy.Postcode,
                    ["addressLocality"] = vacancy.Place,
                    ["addressCountry"] = "NL",
                },
            };
        }

        if (vacancy.MinimumAge is not null || vacancy.RequiresVog)
        {
            var requirements = new List<string>();
            if (vacancy.MinimumAge is { } age)
            {
                requirements.Add(string.Create(CultureInfo.InvariantCulture, $"Vanaf {age} jaar"));
            }

            if (vacancy.RequiresVog)
            {
                requirements.Add("Verklaring Omtrent het Gedrag (VOG) nodig");
            }

            posting["eligibilityToWorkRequirement"] = string.Join("; ", requirements);
        }

        return posting.ToJsonString(Options);
    }

    private static JsonObject Organisation(VacancyDetail vacancy)
    {
        var organisation = new JsonObject
        {
            ["@type"] = "Organization",
            ["name"] = vacancy.OrganisationName,
            ["description"] = DutchNames.Of(vacancy.OrganisationKind),
        };
        if (vacancy.OrganisationWebsite is { Length: > 0 } website && Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            organisation["sameAs"] = uri.ToString();
        }

        return organisation;
    }
}
