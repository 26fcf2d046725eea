using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Common;

/// <summary>Who is asking: the signed-in user and their volunteer record. Every "mijn" page starts here.</summary>
internal static class CurrentVolunteer
{
    public static Guid? UserIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>The volunteer record of the signed-in user; null when there is none (for example just erased).</summary>
    public static async Task<int?> VolunteerIdOfAsync(this PortalDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (UserIdOf(user) is not { } userId)
        {
            return null;
        }

        var ids = await db.Volunteers.AsNoTracking()
            .Where(v => v.UserId == userId && v.ErasedAt == null)
            .OrderBy(v => v.Id)
            .Select(v => v.Id)
            .Take(1)
            .ToListAsync(cancellationToken);
        return ids.Count == 1 ? ids[0] : null;
    }
}
