namespace VrijwilligersPortal.BrowserTests.Support;

/// <summary>
/// What the browser tests need besides .NET: Debian's Chromium. axe-core comes with the
/// Deque.AxeCore.Playwright package (its bundled script), so no npm step is needed.
/// Outside CI a missing piece skips the tests with the way to install it; with <c>CI=true</c>
/// the tests run anyway and fail on it, so CI can never pass by not running them.
/// </summary>
public static class BrowserTooling
{
    /// <summary>Debian's package; <c>CHROMIUM_PATH</c> points elsewhere (e.g. Ubuntu's <c>chromium-browser</c>).</summary>
    public static string ChromiumPath { get; } =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>axe-core as Deque.AxeCore.Playwright bundles it; served same-origin by <see cref="BrowserPortal"/>.</summary>
    public static string AxeScript => Bundled.Value;

    private static readonly Lazy<string> Bundled = new(() => new Deque.AxeCore.Commons.BundledAxeScriptProvider().GetScript());

    public static bool InCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests cannot run here, with how to fix it; null when they can.</summary>
    public static string? Missing { get; } = FindMissing();

    /// <summary>Why browser tests are skipped: only outside CI, only when something is missing.</summary>
    public static string? SkipReason => InCi ? null : Missing;

    /// <summary>Headless, and without the background traffic Chromium makes on a first run (the build machines have no internet).</summary>
    public static IReadOnlyList<string> ChromiumArgs { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private static string? FindMissing()
    {
        var missing = new List<string>();
        if (!File.Exists(ChromiumPath))
        {
            missing.Add($"Chromium not found at {ChromiumPath}: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH). Never `playwright install`.");
        }

        return missing.Count == 0 ? null : string.Join(" ", missing);
    }
}
