using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.Vacancies;

namespace VrijwilligersPortal.Web.Features.Favourites;

/// <summary>Vacancies a volunteer saved (/mijn/favorieten); saving and removing work from any list or detail page, without JavaScript.</summary>
[Route("mijn/favorieten")]
[Authorize(Roles = PortalRoles.Volunteer)]
public sealed class FavouritesController(PortalDbContext db, TimeProvider clock) : PortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me)
        {
            return Challenge();
        }

        var saved = await db.Favourites.AsNoTracking()
            .Where(f => f.VolunteerId == me)
            .OrderByDescending(f => f.SavedAt)
            .ThenByDescending(f => f.Id)
            .Join(db.Vacancies, f => f.VacancyId, v => v.Id, (f, v) => new SavedVacancy(v.Id, v.Title, f.SavedAt))
            .ToListAsync(cancellationToken);
        var ids = saved.Select(s => s.VacancyId).ToList();
        var cards = (await db.Vacancies.AsNoTracking()
                .PublicOn(clock.Today())
                .Where(v => ids.Contains(v.Id))
                .ToCardsAsync(cancellationToken))
            .ToDictionary(c => c.Id);
        return View(new FavouritesPage(saved.Select(s => new FavouriteEntry(s, cards.GetValueOrDefault(s.VacancyId))).ToList()));
    }

    [HttpPost("{vacancyId:int}")]
    public async Task<IActionResult> Save(int vacancyId, [FromForm(Name = "terug")] string? returnUrl, CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me)
        {
            return Challenge();
        }

        if (!await db.Vacancies.PublicOn(clock.Today()).AnyAsync(v => v.Id == vacancyId, cancellationToken))
        {
            return NotFound();
        }

        if (!await db.Favourites.AnyAsync(f => f.VolunteerId == me && f.VacancyId == vacancyId, cancellationToken))
        {
            db.Favourites.Add(new Favourite(me, vacancyId, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Saved twice at the same moment (a double click): the unique index kept one, which is all we want.
            }
        }

        Flash("De vacature is bewaard bij je favorieten.");
        return Back(returnUrl);
    }

    [HttpPost("{vacancyId:int}/verwijderen")]
    public async Task<IActionResult> Remove(int vacancyId, [FromForm(Name = "terug")] string? returnUrl, CancellationToken cancellationToken)
    {
        var me = await db.VolunteerIdOfAsync(User, cancellationToken);
        var favourite = await db.Favourites.FirstOrDefaultAsync(f => f.VolunteerId == me && f.VacancyId == vacancyId, cancellationToken);
        if (favourite is null)
        {
            return NotFound();
        }

        db.Favourites.Remove(favourite);
        await db.SaveChangesAsync(cancellationToken);
        Flash("De vacature is uit je favorieten gehaald.");
        return Back(returnUrl);
    }

    private RedirectResult Back(string? returnUrl) =>
        Redirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : Url.Action(nameof(Index))!);
}

public sealed record SavedVacancy(int VacancyId, string Title, DateTimeOffset SavedAt);

/// <summary>A saved vacancy; <see cref="Card"/> is null when it is no longer public.</summary>
public sealed record FavouriteEntry(SavedVacancy Saved, VacancyCard? Card);

public sealed record FavouritesPage(IReadOnlyList<FavouriteEntry> Entries);
