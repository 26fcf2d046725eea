using System.Text.RegularExpressions;

namespace VrijwilligersPortal.BrowserTests.Support;

/// <param name="Portal">Where the test portal really listens: links are written with the configured public base URL.</param>
public sealed record Mail(string To, string Body, Uri Portal)
{
    /// <summary>
    /// The first absolute link in the body whose path starts with <paramref name="pathPrefix"/>,
    /// moved to the test portal's own address (the mail uses Portal:PublicBaseUrl, not the port the
    /// test server happened to get).
    /// </summary>
    public string LinkTo(string pathPrefix)
    {
        var link = Mailbox.Links(Body).FirstOrDefault(l => new Uri(l).AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal));
        Assert.True(link is not null, $"No link to {pathPrefix} in the mail to {To}:{Environment.NewLine}{Body}");
        return new Uri(Portal, new Uri(link).PathAndQuery).ToString();
    }
}

/// <summary>
/// The .eml files the portal writes to its pickup folder, read the way a developer opens them.
/// Mail leaves through the outbox a moment after the page answered, so reading waits a little.
/// </summary>
public sealed partial class Mailbox(string folder, Uri portal)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The most recently written mail, which must be addressed to <paramref name="address"/> (and,
    /// when given, contain <paramref name="containing"/>: an earlier mail to the same person can
    /// still be the newest while the one the test waits for is on its way through the outbox).
    /// </summary>
    public Mail Newest(string address, string? containing = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var file = Directory.Exists(folder)
                ? new DirectoryInfo(folder).GetFiles("*.eml").OrderByDescending(f => f.LastWriteTimeUtc).FirstOrDefault()
                : null;
            if (file is not null)
            {
                string raw;
                try
                {
                    raw = File.ReadAllText(file.FullName);
                }
                catch (IOException) when (waited.Elapsed < Patience)
                {
                    // The portal is still writing this message: read it a moment later.
                    Thread.Sleep(50);
                    continue;
                }

                var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                var to = split < 0 ? string.Empty : ToHeader().Match(raw[..split]).Groups[1].Value;
                var body = raw[(split + 4)..];
                if (to.Contains(address, StringComparison.OrdinalIgnoreCase) && (containing is null || body.Contains(containing, StringComparison.Ordinal)))
                {
                    return new Mail(to, body, portal);
                }

                Assert.True(waited.Elapsed < Patience, $"The newest mail ({file.Name}) is to {to}, not {address}{(containing is null ? string.Empty : $" with \"{containing}\"")}");
            }
            else
            {
                Assert.True(waited.Elapsed < Patience, $"No .eml file in {folder}");
            }

            Thread.Sleep(100);
        }
    }

    internal static IEnumerable<string> Links(string body) => Link().Matches(body).Select(m => m.Value);

    [GeneratedRegex(@"^To: (.*)$", RegexOptions.Multiline)]
    private static partial Regex ToHeader();

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Link();
}
