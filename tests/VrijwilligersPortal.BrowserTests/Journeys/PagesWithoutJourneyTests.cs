using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// Pages no journey passes through yet (the rarer account pages, the error pages) get the same
/// checks, opened directly. A page moves out of this list when a journey starts visiting it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesWithoutJourneyTests(BrowserPortal portal)
{
    [BrowserTheory]
    [InlineData("/account/wachtwoord-vergeten", "Wachtwoord vergeten")]
    [InlineData("/account/bevestiging-opnieuw", "Nieuwe bevestigingsmail")]
    [InlineData("/account/wachtwoord-herstellen?gebruiker=6f1c2a43-5b9e-4d1e-9a57-0c3c1f0f4b11&code=abc", "Nieuw wachtwoord kiezen")]
    [InlineData("/account/bevestigen?gebruiker=6f1c2a43-5b9e-4d1e-9a57-0c3c1f0f4b11&code=abc", "Bevestigen lukte niet")]
    [InlineData("/fout/400", "Dit verzoek kon niet worden verwerkt")]
    [InlineData("/fout/403", "Geen toegang")]
    [InlineData("/fout/429", "Even rustig aan")]
    [InlineData("/fout/500", "Er ging iets mis")]
    public async Task Page_passes_the_checks(string url, string heading)
    {
        await using var journey = await portal.StartJourneyAsync($"Page {url.Split('?')[0].Trim('/').Replace('/', '-')}");
        var page = journey.Page;

        await page.GotoAsync(url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await page.CheckAccessibleAsync("pagina");
    }

    [BrowserTheory]
    [InlineData("/account/inloggen", "Inloggen")]
    [InlineData("/account/wachtwoord-vergeten", "Stuur de link")]
    [InlineData("/account/bevestiging-opnieuw", "Stuur opnieuw")]
    public async Task Form_sent_empty_shows_its_errors_accessibly(string url, string button)
    {
        await using var journey = await portal.StartJourneyAsync($"Empty form {url.Trim('/').Replace('/', '-')}");
        var page = journey.Page;

        await page.GotoAsync(url);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await page.CheckAccessibleAsync("fouten");
    }
}
