using Microsoft.Playwright;
using VrijwilligersPortal.Infrastructure.Seeding;

namespace VrijwilligersPortal.BrowserTests.Support;

/// <summary>The demo staff must log in with a second factor (ADR 0067): type the app's code when asked.</summary>
public static class SecondStep
{
    public static async Task CompleteIfAskedAsync(IPage page)
    {
        await page.WaitForURLAsync(url => !url.Contains("/account/inloggen", StringComparison.Ordinal) || url.Contains("/account/inloggen/code", StringComparison.Ordinal));
        if (page.Url.Contains("/account/inloggen/code", StringComparison.Ordinal))
        {
            await page.GetByLabel("Code uit de app of herstelcode").FillAsync(Totp.Now(DemoData.DemoAuthenticatorKey));
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        }
    }
}
