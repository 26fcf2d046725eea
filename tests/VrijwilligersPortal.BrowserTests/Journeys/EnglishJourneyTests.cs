using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// The newcomer who reads English (issue 19): switches the language in the header, registers,
/// confirms the e-mail, searches, reads a Dutch vacancy on an English page and applies; every page
/// passes axe (lang attributes included) and every mail comes in English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EnglishJourneyTests(BrowserPortal portal)
{
    private const string Password = "cycling along the river in may";

    [BrowserFact]
    public async Task Newcomer_switches_to_English_registers_searches_and_applies()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;
        var email = $"newcomer-{Guid.NewGuid():N}@example.nl";

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Nederlands" })).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("en-home");

        await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Sign up" }).ClickAsync();
        await ExpectHeadingAsync(page, "Create account");
        await page.GetByLabel("Your name").FillAsync("Amal Haddad");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await ExpectHeadingAsync(page, "Check your email");
        await page.CheckAccessibleAsync("en-registration-sent");

        var confirmation = portal.Mail.Newest(email);
        AssertEnglish(confirmation);
        await page.GotoAsync(confirmation.LinkTo("/account/bevestigen"));
        await ExpectHeadingAsync(page, "Email address confirmed");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Log in" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(Menu(page).GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        // Search in English words of the page; the vacancy itself is Dutch, and the page says so.
        await page.GotoAsync("/");
        var search = page.GetByRole(AriaRole.Search, new() { Name = "Search vacancies" });
        await search.GetByLabel("What would you like to do?").FillAsync("natuur");
        await search.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/vacatures\?q=natuur"));
        await page.CheckAccessibleAsync("en-search");
        var first = page.Locator("main article").First.GetByRole(AriaRole.Link).First;
        var title = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await ExpectHeadingAsync(page, title);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(page.GetByText("This vacancy is written in Dutch.")).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("en-vacancy");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = $"Apply for {title}" }).ClickAsync();
        await page.GetByLabel("Your message to the organisation").FillAsync("I would like to help. I speak English and some Arabic.");
        await page.CheckAccessibleAsync("en-apply");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send application" }).ClickAsync();
        await ExpectHeadingAsync(page, "My applications");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your application has been sent" })).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("en-my-applications");

        AssertEnglish(portal.Mail.Newest(email, "/mijn/reacties"));
    }

    /// <summary>The mail speaks English: none of the Dutch every portal mail used to open or close with.</summary>
    private static void AssertEnglish(Mail mail)
    {
        foreach (var dutch in new[] { "Hallo ", "Beste ", "Met vriendelijke groet", " je ", " jouw " })
        {
            Assert.False(mail.Body.Contains(dutch, StringComparison.Ordinal), $"The mail to {mail.To} is not in English ('{dutch.Trim()}'):{Environment.NewLine}{mail.Body}");
        }
    }

    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" });

    private static Task ExpectHeadingAsync(IPage page, string text) =>
        Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text);
}
