using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// A new staff member must set up a second factor before the back office opens (ADR 0067): the
/// administrator invites them, they choose a password through the mailed link, are sent to the
/// set-up page, add the key to their app (here: the test computes the code from the key shown on
/// the page), keep their recovery codes, and the next login asks for a code.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffSecondFactorJourneyTests(BrowserPortal portal)
{
    private const string DemoPassword = "Demo-wachtwoord-2026";
    private const string Password = "koffie zetten voor de vrijwilligers";

    [BrowserFact]
    public async Task A_new_staff_member_sets_up_the_second_factor_and_logs_in_again_with_a_code()
    {
        var email = $"medewerker-{Guid.NewGuid().ToString("N")[..6]}@example.nl";

        // 1. The administrator invites a colleague.
        await using var adminJourney = await portal.StartJourneyAsync("Second factor journey - administrator");
        var admin = adminJourney.Page;
        await admin.GotoAsync("/account/inloggen");
        await admin.GetByLabel("E-mailadres").FillAsync("beheerder@demo.test");
        await admin.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(DemoPassword);
        await admin.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await SecondStep.CompleteIfAskedAsync(admin);
        await admin.GotoAsync("/beheer/medewerkers");
        await admin.GetByLabel("Naam", new() { Exact = true }).FillAsync("Noor Visser");
        await admin.GetByLabel("E-mailadres").FillAsync(email);
        await admin.GetByLabel("Medewerker: moderatie, vrijwilligers en bemiddeling").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging versturen" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("uitnodiging is verstuurd");

        // 2. The colleague chooses a password through the mailed link and logs in.
        await using var staffJourney = await portal.StartJourneyAsync("Second factor journey - new staff member");
        var staff = staffJourney.Page;
        await staff.GotoAsync(portal.Mail.Newest(email).LinkTo("/account/wachtwoord-herstellen"));
        await staff.GetByLabel("Nieuw wachtwoord").FillAsync(Password);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();
        await LogInWithPasswordAsync(staff, email);

        // 3. The back office stays closed until the second factor is set up.
        await staff.GotoAsync("/beheer");
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tweestapsverificatie instellen");
        await staff.CheckAccessibleAsync("tweede-stap-instellen");
        var key = (await staff.Locator("#sleutel").TextContentAsync())!.Trim();
        await staff.GetByLabel("Code uit de app").FillAsync(Totp.Now(key));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Aanzetten" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Je herstelcodes");
        Assert.Equal(10, await staff.Locator("#herstelcodes li").CountAsync());
        await staff.CheckAccessibleAsync("herstelcodes");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Ik heb mijn herstelcodes bewaard" }).ClickAsync();
        await staff.GotoAsync("/beheer");
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Beheer");

        // 4. Next time the password alone is not enough: the login asks for the app's code.
        await staff.Context.ClearCookiesAsync();
        await LogInWithPasswordAsync(staff, email);
        await staff.WaitForURLAsync(url => url.Contains("/account/inloggen/code", StringComparison.Ordinal));
        await staff.CheckAccessibleAsync("tweede-stap-inloggen");
        await staff.GetByLabel("Code uit de app of herstelcode").FillAsync(Totp.Now(key));
        await staff.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await staff.GotoAsync("/beheer");
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Beheer");
    }

    private static async Task LogInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }
}
