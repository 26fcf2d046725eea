using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Favourites;

/// <summary>What the save button on a card or detail page needs: a vacancy's id and title (for a unique button name).</summary>
public sealed record FavouriteButton(int VacancyId, string Title);

/// <summary>
/// The signed-in volunteer's saved vacancy ids, read once per request however many cards a page
/// shows. Null for visitors who are not volunteers: they get no save buttons.
/// </summary>
internal static class FavouriteState
{
    private static readonly object Key = new();

    public static async Task<IReadOnlySet<int>?> ForAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var cached))
        {
            return (IReadOnlySet<int>?)cached;
        }

        IReadOnlySet<int>? ids = null;
        if (context.User.IsInRole(PortalRoles.Volunteer) && CurrentVolunteer.UserIdOf(context.User) is { } userId)
        {
            var db = context.RequestServices.GetRequiredService<PortalDbContext>();
            ids = (await db.Favourites.AsNoTracking()
                    .Where(f => db.Volunteers.Any(v => v.Id == f.VolunteerId && v.UserId == userId))
                    .Select(f => f.VacancyId)
                    .ToListAsync(context.RequestAborted))
                .ToHashSet();
        }

        context.Items[Key] = ids;
        return ids;
    }
}
