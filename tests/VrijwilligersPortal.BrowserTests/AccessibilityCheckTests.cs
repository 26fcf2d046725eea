using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests;

/// <summary>The checks themselves can fail: a journey passing them means something.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityCheckTests(BrowserPortal portal)
{
    [BrowserFact]
    public async Task Check_reports_an_axe_violation_sideways_scrolling_and_a_console_error_and_saves_the_evidence()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;
        await page.GotoAsync("/");

        // Break the page the way a careless change would: an image without alt text, a block
        // wider than a phone, and a script error.
        await page.EvaluateAsync(
            """
            () => {
              const image = document.createElement('img');
              image.src = '/img/logo.svg';
              document.querySelector('main').append(image);
              const wide = document.createElement('div');
              wide.textContent = 'breed';
              wide.style.width = '900px';
              document.querySelector('main').append(wide);
              console.error('kapot in de test');
            }
            """);

        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => page.CheckAccessibleAsync("kapot"));

        Assert.Contains("axe image-alt", failure.Message);
        Assert.Contains("scrolls sideways at 320 px", failure.Message);
        Assert.Contains("console error: kapot in de test", failure.Message);
        Assert.True(File.Exists(Path.Combine(journey.ReportFolder, "01-kapot.png")), failure.Message);
        Assert.True(File.Exists(Path.Combine(journey.ReportFolder, "01-kapot.axe.json")), failure.Message);
        Assert.True(File.Exists(Path.Combine(journey.ReportFolder, "01-kapot-320px.png")), failure.Message);
    }

    [BrowserFact]
    public async Task Check_runs_under_the_portals_own_content_security_policy()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;
        await page.GotoAsync("/");

        // An inline script, as a view with a <script> block would add: the CSP refuses it, and the check says so.
        var ran = await page.EvaluateAsync<bool>(
            """
            () => {
              const script = document.createElement('script');
              script.textContent = 'window.inlineRan = true;';
              document.head.append(script);
              return window.inlineRan === true;
            }
            """);

        Assert.False(ran, "The portal's CSP must stay in force during the browser tests.");
        var failure = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => page.CheckAccessibleAsync("inline-script"));
        Assert.Contains("Content Security Policy", failure.Message);
    }
}
