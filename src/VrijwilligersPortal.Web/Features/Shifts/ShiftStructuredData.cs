using System.Text.Json.Nodes;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Features.Shifts;

/// <summary>
/// schema.org <c>Event</c>s for the upcoming shifts of an activity, beside the vacancy's
/// <c>JobPosting</c> (docs/adr/0030): a dated activity is an event people can find by date. The
/// serializer escapes &lt; and &gt;, so typed text cannot end the data block.
/// </summary>
public static class ShiftStructuredData
{
    public static string JsonLd(VacancyDetail vacancy, IReadOnlyList<PublicShift> shifts, string absoluteUrl)
    {
        var events = new JsonArray();
        foreach (var shift in shifts)
        {
            var place = shift.Place ?? (vacancy.IsRemote ? null : vacancy.Place);
            var item = new JsonObject
            {
                ["@context"] = "https://schema.org",
                ["@type"] = "Event",
                ["name"] = vacancy.Title,
                ["url"] = absoluteUrl,
                ["startDate"] = DutchTime.Iso(shift.StartsAt),
                ["endDate"] = DutchTime.Iso(shift.EndsAt),
                ["eventStatus"] = "https://schema.org/EventScheduled",
                ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
                ["isAccessibleForFree"] = true,
                ["organizer"] = new JsonObject { ["@type"] = "Organization", ["name"] = vacancy.OrganisationName },
                ["offers"] = new JsonObject
                {
                    ["@type"] = "Offer",
                    ["price"] = "0",
                    ["priceCurrency"] = "EUR",
                    ["url"] = absoluteUrl,
                    ["availability"] = shift.PlacesLeft > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut",
                },
            };
            if (place is not null)
            {
                item["location"] = new JsonObject { ["@type"] = "Place", ["name"] = place, ["address"] = place };
            }

            events.Add(item);
        }

        return events.ToJsonString();
    }
}
