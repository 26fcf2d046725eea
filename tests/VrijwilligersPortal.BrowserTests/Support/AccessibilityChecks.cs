using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace VrijwilligersPortal.BrowserTests.Support;

/// <summary>
/// The checks every page a journey visits must pass: axe-core finds no WCAG 2.0/2.1 A or AA
/// violation, nothing scrolls sideways at 320 CSS pixels (WCAG 1.4.10 Reflow), and the console
/// shows no errors (CSP refusals included). On failure the screenshot and the axe report are
/// saved and the assertion message says where.
/// </summary>
public static class AccessibilityChecks
{
    public const int NarrowWidth = 320;

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task CheckAccessibleAsync(this IPage page, string name)
    {
        var journey = Journey.Of(page);
        var report = journey.NextReportName(name);
        // Stylesheets and images loaded, asked of the document itself: Playwright's own load-state
        // tracking now and then misses the load of a page reached by a key press, and then waits forever.
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { PollingInterval = 50 });

        var problems = new List<string>();
        var axe = await RunAxeAsync(page);
        foreach (var violation in axe.GetProperty("violations").EnumerateArray())
        {
            problems.Add(DescribeViolation(violation));
        }

        var overflow = await MeasureAtNarrowWidthAsync(page, problems, journey.ReportFolder, report);
        foreach (var error in journey.TakeConsoleErrors().Where(e => !e.IsStatusOfDocument(page.Url)))
        {
            problems.Add($"console error: {error}");
        }

        if (problems.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(journey.ReportFolder);
        var screenshot = Path.Combine(journey.ReportFolder, report + ".png");
        var axeReport = Path.Combine(journey.ReportFolder, report + ".axe.json");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        await File.WriteAllTextAsync(axeReport, JsonSerializer.Serialize(axe, Indented));

        var message = new StringBuilder()
            .AppendLine($"Page '{name}' ({page.Url}) is not accessible:")
            .AppendJoin(Environment.NewLine, problems.Select(p => "- " + p))
            .AppendLine()
            .AppendLine($"Screenshot: {screenshot}")
            .AppendLine($"axe report: {axeReport}");
        if (overflow is not null)
        {
            message.AppendLine($"Screenshot at {NarrowWidth} px: {overflow}");
        }

        Assert.Fail(message.ToString());
    }

    private static async Task<JsonElement> RunAxeAsync(IPage page)
    {
        // Loaded from the page's own origin (BrowserPortal routes the URL to the npm file), so the
        // portal's real Content-Security-Policy stays on while axe runs.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = BrowserPortal.AxeScriptPath });
        }

        return await page.EvaluateAsync<JsonElement>(
            "async tags => await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })",
            WcagTags);
    }

    private static string DescribeViolation(JsonElement violation)
    {
        var nodes = violation.GetProperty("nodes").EnumerateArray()
            .Take(5)
            .Select(node => string.Join(" ", node.GetProperty("target").EnumerateArray().Select(t => t.ToString())));
        return $"axe {violation.GetProperty("id")} ({violation.GetProperty("impact")}): {violation.GetProperty("help")} — {string.Join(", ", nodes)}";
    }

    /// <summary>
    /// Narrows the viewport to 320 px, records sideways scrolling with the innermost elements that
    /// stick out, and restores the viewport. Returns the path of a narrow screenshot when it overflows.
    /// </summary>
    private static async Task<string?> MeasureAtNarrowWidthAsync(IPage page, List<string> problems, string folder, string report)
    {
        var (width, height) = page.ViewportSize is { } size ? (size.Width, size.Height) : (Journey.DesktopViewport.Width, Journey.DesktopViewport.Height);
        await page.SetViewportSizeAsync(NarrowWidth, height);
        try
        {
            var result = await page.EvaluateAsync<JsonElement>(
                """
                () => {
                  const root = document.documentElement;
                  const width = root.clientWidth;
                  const sticksOut = e => e.getBoundingClientRect().right > width + 0.5;
                  const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
                  const culprits = [...document.body.querySelectorAll('*')]
                    .filter(e => sticksOut(e) && ![...e.children].some(sticksOut))
                    .slice(0, 5)
                    .map(describe);
                  return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
                }
                """);
            var scrollWidth = result.GetProperty("scrollWidth").GetInt32();
            var clientWidth = result.GetProperty("clientWidth").GetInt32();
            if (scrollWidth <= clientWidth)
            {
                return null;
            }

            var culprits = string.Join(", ", result.GetProperty("culprits").EnumerateArray().Select(c => c.GetString()));
            problems.Add($"scrolls sideways at {NarrowWidth} px: scrollWidth {scrollWidth} > clientWidth {clientWidth}; sticking out: {culprits}");
            Directory.CreateDirectory(folder);
            var screenshot = Path.Combine(folder, $"{report}-{NarrowWidth}px.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            return screenshot;
        }
        finally
        {
            await page.SetViewportSizeAsync(width, height);
        }
    }
}
