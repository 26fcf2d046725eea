using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// Journey 2 with the mouse: register, confirm the e-mail, log in, fill in the profile, apply,
/// find the application under Mijn reacties, withdraw it, log out. Journey 5: the same with the
/// keyboard only (Tab, Shift+Tab, Enter, Space, arrows).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VolunteerAccountJourneyTests(BrowserPortal portal)
{
    private const string Password = "fietsen langs de vecht in mei";

    [BrowserFact]
    public async Task Volunteer_registers_fills_in_the_profile_applies_and_withdraws()
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

        // The profile: where, what and when, so suggestions and organisations know enough.
        await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Mijn profiel" }).ClickAsync();
        await ExpectHeadingAsync(page, "Mijn profiel");
        await page.CheckAccessibleAsync("profiel");
        await page.GetByLabel("Postcode").FillAsync("3512 AB");
        await page.GetByLabel("Hoe ver wil je reizen? (km)").FillAsync("15");
        await page.GetByRole(AriaRole.Group, new() { Name = "Waar ligt je interesse?" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "dinsdagochtend" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Profiel opslaan" }).ClickAsync();
        await ExpectStatusAsync(page, "Je profiel is opgeslagen.");
        await Assertions.Expect(page.GetByLabel("Postcode")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^3512"));
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "dinsdagochtend" })).ToBeCheckedAsync();
        await page.CheckAccessibleAsync("profiel-opgeslagen");

        // Applying: from the list to a vacancy, then the short form.
        await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Vacatures" }).ClickAsync();
        var vacancy = page.Locator("main article").First.GetByRole(AriaRole.Link).First;
        var title = (await vacancy.InnerTextAsync()).Trim();
        await vacancy.ClickAsync();
        await ExpectHeadingAsync(page, title);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = $"Reageer op {title}" }).ClickAsync();
        await ExpectHeadingAsync(page, $"Reageren op {title}");
        await page.CheckAccessibleAsync("reageren");
        await page.GetByLabel("Je bericht aan de organisatie").FillAsync(Motivation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reactie versturen" }).ClickAsync();

        await ExpectHeadingAsync(page, "Mijn reacties");
        await ExpectStatusAsync(page, "Je reactie is verstuurd.");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("mijn-reacties");

        // Withdrawing asks once, then says it is done.
        await page.GetByRole(AriaRole.Link, new() { Name = $"Reactie intrekken ({title})" }).ClickAsync();
        await ExpectHeadingAsync(page, "Reactie intrekken");
        await page.CheckAccessibleAsync("reactie-intrekken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, trek mijn reactie in" }).ClickAsync();
        await ExpectStatusAsync(page, "Je reactie is ingetrokken.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Reactie intrekken ({title})" })).ToHaveCountAsync(0);
        await page.CheckAccessibleAsync("reactie-ingetrokken");

        await logout.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Je bent uitgelogd." })).ToBeVisibleAsync();
        await Assertions.Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Inloggen" })).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("uitgelogd");
    }

    [BrowserFact]
    public async Task Volunteer_registers_fills_in_the_profile_applies_and_withdraws_with_the_keyboard_only()
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

        // The profile, by keyboard: text fields, a checkbox in a group, a cell of the week grid.
        await page.TabToAsync(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Mijn profiel" }));
        await page.Keyboard.PressAsync("Enter");
        await ExpectHeadingAsync(page, "Mijn profiel");
        await page.TabToAndTypeAsync(page.GetByLabel("Postcode"), "3512 AB");
        await page.TabToAsync(page.GetByLabel("Hoe ver wil je reizen? (km)"));
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("15");
        var interest = page.GetByRole(AriaRole.Group, new() { Name = "Waar ligt je interesse?" }).GetByRole(AriaRole.Checkbox).First;
        await page.TabToAsync(interest);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(interest).ToBeCheckedAsync();
        var tuesdayMorning = page.GetByRole(AriaRole.Checkbox, new() { Name = "dinsdagochtend" });
        await page.TabToAsync(tuesdayMorning);
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(tuesdayMorning).ToBeCheckedAsync();
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Profiel opslaan" }));
        await page.Keyboard.PressAsync("Enter");
        await ExpectStatusAsync(page, "Je profiel is opgeslagen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "dinsdagochtend" })).ToBeCheckedAsync();
        await page.CheckAccessibleAsync("profiel-opgeslagen");

        // Applying: the list, a vacancy, the form; the contact choice is a radio group moved with arrows.
        await page.TabToAsync(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Vacatures" }));
        await page.Keyboard.PressAsync("Enter");
        var vacancy = page.Locator("main article").First.GetByRole(AriaRole.Link).First;
        var title = (await vacancy.InnerTextAsync()).Trim();

        // Past the filter column: the skip link shows when it has the focus, also on a wide screen.
        var toResults = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Direct naar de resultaten") });
        await page.TabToAsync(toResults);
        Assert.True((await toResults.BoundingBoxAsync())?.Width > 1, "The skip link is visible while it has the focus.");
        await page.Keyboard.PressAsync("Enter");
        await page.TabToAsync(vacancy);
        await page.Keyboard.PressAsync("Enter");
        await ExpectHeadingAsync(page, title);
        await page.TabToAsync(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = $"Reageer op {title}" }));
        await page.Keyboard.PressAsync("Enter");
        await ExpectHeadingAsync(page, $"Reageren op {title}");
        await page.TabToAndTypeAsync(page.GetByLabel("Je bericht aan de organisatie"), Motivation);
        var byEmail = page.GetByRole(AriaRole.Radio, new() { Name = "per e-mail", Exact = true });
        var byPhone = page.GetByRole(AriaRole.Radio, new() { Name = "telefonisch", Exact = true });
        await page.TabToAsync(byEmail);
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(byPhone).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(byEmail).ToBeCheckedAsync();
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Reactie versturen" }));
        await page.Keyboard.PressAsync("Enter");

        await ExpectHeadingAsync(page, "Mijn reacties");
        await ExpectStatusAsync(page, "Je reactie is verstuurd.");
        await page.CheckAccessibleAsync("mijn-reacties");
        await page.TabToAsync(page.GetByRole(AriaRole.Link, new() { Name = $"Reactie intrekken ({title})" }));
        await page.Keyboard.PressAsync("Enter");
        await ExpectHeadingAsync(page, "Reactie intrekken");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Ja, trek mijn reactie in" }));
        await page.Keyboard.PressAsync("Enter");
        await ExpectStatusAsync(page, "Je reactie is ingetrokken.");
        await page.CheckAccessibleAsync("reactie-ingetrokken");

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

    private const string Motivation = "Ik help graag mee en heb op dinsdagochtend tijd. Tot ziens!";

    private static Task ExpectStatusAsync(IPage page, string text) =>
        Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = text })).ToBeVisibleAsync();

    private static string NewEmail() => $"vrijwilliger-{Guid.NewGuid():N}@example.nl";

    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });

    private static Task ExpectHeadingAsync(IPage page, string text) =>
        Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text);
}
