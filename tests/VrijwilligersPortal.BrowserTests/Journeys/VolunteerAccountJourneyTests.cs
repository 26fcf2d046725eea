using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// Journey 2 (first half: account) with the mouse, and journey 5: the same with the keyboard only.
/// Profile, applying and withdrawing follow when those pages exist.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VolunteerAccountJourneyTests(BrowserPortal portal)
{
    private const string Password = "fietsen langs de vecht in mei";

    [BrowserFact]
    public async Task Volunteer_registers_confirms_the_email_logs_in_and_logs_out()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;
        var email = NewEmail();

        await page.GotoAsync("/");
        await page.CheckAccessibleAsync("home");
        await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Registreren" }).ClickAsync();
        await ExpectHeadingAsync(page, "Account aanmaken");
        await page.CheckAccessibleAsync("registreren");

        await page.GetByLabel("Je naam").FillAsync("Noor Jansen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
        await ExpectHeadingAsync(page, "Kijk in je mail");
        await page.CheckAccessibleAsync("registratie-verstuurd");

        await page.GotoAsync(portal.Mail.Newest(email).LinkTo("/account/bevestigen"));
        await ExpectHeadingAsync(page, "E-mailadres bevestigd");
        await page.CheckAccessibleAsync("bevestigd");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Inloggen" }).ClickAsync();
        await ExpectHeadingAsync(page, "Inloggen");
        await page.CheckAccessibleAsync("inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        var logout = Menu(page).GetByRole(AriaRole.Button, new() { Name = "Uitloggen" });
        await Assertions.Expect(logout).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("ingelogd");

        await logout.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Je bent uitgelogd." })).ToBeVisibleAsync();
        await Assertions.Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("uitgelogd");
    }

    [BrowserFact]
    public async Task Volunteer_registers_confirms_the_email_logs_in_and_logs_out_with_the_keyboard_only()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;
        var email = NewEmail();

        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" }).HasFocusAsync(), "The first Tab reaches the skip link.");
        await page.TabToAsync(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Registreren" }));
        await page.Keyboard.PressAsync("Enter");
        await ExpectHeadingAsync(page, "Account aanmaken");

        // Sending the empty form: the error summary takes the focus, and each message leads to its field.
        var register = page.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" });
        await page.TabToAsync(register);
        await page.Keyboard.PressAsync("Space");
        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await page.CheckAccessibleAsync("registreren-met-fouten");
        await page.TabToAsync(summary.GetByRole(AriaRole.Link, new() { Name = "Vul je naam in." }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Je naam")).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("Noor Jansen");
        await page.TabToAndTypeAsync(page.GetByLabel("E-mailadres"), email);
        await page.TabToAndTypeAsync(page.GetByLabel("Wachtwoord", new() { Exact = true }), Password);
        await page.TabToAsync(register);
        await page.Keyboard.PressAsync("Enter");
        await ExpectHeadingAsync(page, "Kijk in je mail");
        await page.CheckAccessibleAsync("registratie-verstuurd");

        // Opening the link in the e-mail is the mail program's business, not the page's.
        await page.GotoAsync(portal.Mail.Newest(email).LinkTo("/account/bevestigen"));
        await ExpectHeadingAsync(page, "E-mailadres bevestigd");
        await page.CheckAccessibleAsync("bevestigd");
        await page.TabToAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Inloggen" }));
        await page.Keyboard.PressAsync("Enter");

        await ExpectHeadingAsync(page, "Inloggen");
        await page.CheckAccessibleAsync("inloggen");
        await page.TabToAndTypeAsync(page.GetByLabel("E-mailadres"), email);
        await page.TabToAndTypeAsync(page.GetByLabel("Wachtwoord", new() { Exact = true }), Password);
        var rememberMe = page.GetByLabel("Ingelogd blijven op dit apparaat");
        await page.TabToAsync(rememberMe);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(rememberMe).ToBeCheckedAsync();
        await page.TabToAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }));
        await page.Keyboard.PressAsync("Enter");

        var logout = Menu(page).GetByRole(AriaRole.Button, new() { Name = "Uitloggen" });
        await Assertions.Expect(logout).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("ingelogd");

        // Skip to the content, then back up into the menu: the way from the content to the menu is Shift+Tab.
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await page.ShiftTabToAsync(logout);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Je bent uitgelogd." })).ToBeVisibleAsync();
        await Assertions.Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("uitgelogd");
    }

    private static string NewEmail() => $"vrijwilliger-{Guid.NewGuid():N}@example.nl";

    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });

    private static Task ExpectHeadingAsync(IPage page, string text) =>
        Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text);
}
