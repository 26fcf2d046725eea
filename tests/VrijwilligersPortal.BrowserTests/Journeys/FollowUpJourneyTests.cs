using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.BrowserTests.Support;
using VrijwilligersPortal.Web.Features.FollowUps;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// The "Hoe gaat het?" form behind the follow-up e-mail's link, without logging in: sent empty it
/// shows its errors accessibly, then answered with the keyboard only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowUpJourneyTests(BrowserPortal portal)
{
    [BrowserFact]
    public async Task A_volunteer_answers_the_follow_up_from_the_link_in_the_mail_with_the_keyboard()
    {
        var (link, followUpId) = await PlacedVolunteersLinkAsync();
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;

        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hoe gaat het?");
        await page.CheckAccessibleAsync("formulier");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#StillActive-fout")).ToContainTextAsync("Kies ja of nee.");
        await page.CheckAccessibleAsync("fouten");

        // Keyboard only: Tab into the rating group, arrows to 4, Tab to "Ja", the story, the consent, send.
        await page.TabToAsync(page.Locator("#cijfer-1"));
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("#cijfer-4")).ToBeCheckedAsync();
        await page.TabToAsync(page.Locator("#actief-ja"));
        await page.Keyboard.PressAsync("Space");
        await page.TabToAndTypeAsync(page.Locator("#Story"), "Ik help elke zaterdag bij de knotploeg.");
        await page.TabToAsync(page.Locator("#StoryMayBeUsed"));
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Versturen" }));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Bedankt!");
        await page.CheckAccessibleAsync("bedankt");
        await using var scope = portal.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().PlacementFollowUps.AsNoTracking().SingleAsync(f => f.Id == followUpId);
        Assert.Equal((4, true, "Ik help elke zaterdag bij de knotploeg.", true), (saved.Rating, saved.StillActive, saved.Story, saved.StoryMayBeUsed));
    }

    /// <summary>
    /// A person of our own placed in a demo vacancy, with the link the follow-up e-mail would hold
    /// (the demo volunteer is used by other journeys).
    /// </summary>
    private async Task<(string Link, int FollowUpId)> PlacedVolunteersLinkAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var volunteer = Volunteer.WithoutAccount("Nazorg Journey", "nazorg-journey@example.nl", null, consentGiven: true, Guid.Empty, now);
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync();

        foreach (var vacancy in await db.Vacancies.Include(v => v.Applications).Where(v => v.Status == Domain.Vacancies.VacancyStatus.Published).OrderBy(v => v.Id).ToListAsync())
        {
            Application application;
            try
            {
                application = vacancy.Apply(volunteer.Id, "Ik help graag mee, vooral op zaterdag.", ContactPreference.Email, Guid.Empty, now);
            }
            catch (DomainException)
            {
                continue; // full, or not open to this person: the next one
            }

            application.Place(Guid.Empty, now);
            var followUp = PlacementFollowUp.ForPlacement(application, TimeSpan.FromDays(42), now).Single(f => f.Respondent == FollowUpRespondent.Volunteer);
            db.PlacementFollowUps.Add(followUp);
            await db.SaveChangesAsync();
            var token = scope.ServiceProvider.GetRequiredService<FollowUpTokens>().For(followUp.Id, now.AddDays(60));
            return ($"/hoe-gaat-het?token={Uri.EscapeDataString(token)}", followUp.Id);
        }

        throw new InvalidOperationException("The demo data has no vacancy this person can be placed in.");
    }
}
