using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace VrijwilligersPortal.BrowserTests.Support;

/// <summary>
/// One person's way through the portal: a browser context with one page, and everything the page
/// said on its console since the last accessibility check.
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    public static readonly ViewportSize DesktopViewport = new() { Width = 1280, Height = 900 };

    private static readonly ConditionalWeakTable<IPage, Journey> Journeys = [];

    private readonly IBrowserContext _context;
    private readonly List<ConsoleError> _consoleErrors = [];
    private int _checks;

    private Journey(string name, IBrowserContext context, IPage page)
    {
        Name = name;
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add(new ConsoleError(message.Text, message.Location));
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_consoleErrors)
            {
                _consoleErrors.Add(new ConsoleError($"uncaught: {error}", page.Url));
            }
        };
    }

    public string Name { get; }

    public IPage Page { get; }

    /// <summary>Where failure reports of this journey go: TestResults/browser/{journey} in the test project.</summary>
    public string ReportFolder => Path.Combine(ReportRoot.Value, Name);

    private static Lazy<string> ReportRoot { get; } = new(() =>
    {
        // The test project folder when run from a checkout (bin/{configuration}/{tfm} below it), else the output folder.
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && folder.GetFiles("*.csproj").Length == 0)
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "TestResults", "browser");
    });

    public static Journey Of(IPage page) =>
        Journeys.TryGetValue(page, out var journey)
            ? journey
            : throw new InvalidOperationException("Open pages with BrowserPortal.StartJourneyAsync, so their console is recorded from the start.");

    internal static async Task<Journey> StartAsync(string name, IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var journey = new Journey(name, context, page);
        Journeys.Add(page, journey);
        return journey;
    }

    /// <summary>Console errors since the previous call.</summary>
    internal IReadOnlyList<ConsoleError> TakeConsoleErrors()
    {
        lock (_consoleErrors)
        {
            var errors = _consoleErrors.ToList();
            _consoleErrors.Clear();
            return errors;
        }
    }

    /// <summary>A file name for the next report, numbered so the reports of one journey sort in visiting order.</summary>
    internal string NextReportName(string check) => $"{Interlocked.Increment(ref _checks):00}-{check}";

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}

/// <summary>An error the page wrote to the console; <see cref="Location"/> is the URL (with line and column) it came from.</summary>
public sealed record ConsoleError(string Text, string Location)
{
    /// <summary>
    /// Chromium's note that the document itself came with an error status. A journey that opens an
    /// error page on purpose asserts that status itself; a failing stylesheet, script or image
    /// still counts, because its location is another URL.
    /// </summary>
    public bool IsStatusOfDocument(string documentUrl) =>
        Text.StartsWith("Failed to load resource: the server responded with a status of", StringComparison.Ordinal)
        && Location.StartsWith(documentUrl + ":", StringComparison.Ordinal);

    public override string ToString() => $"{Text} (at {Location})";
}
