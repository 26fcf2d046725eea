using System.Text.RegularExpressions;

namespace VrijwilligersPortal.BrowserTests.Support;

public sealed record Mail(string To, string Body)
{
    /// <summary>The first absolute link in the body whose path starts with <paramref name="pathPrefix"/>.</summary>
    public string LinkTo(string pathPrefix)
    {
        var link = Mailbox.Links(Body).FirstOrDefault(l => new Uri(l).AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal));
        Assert.True(link is not null, $"No link to {pathPrefix} in the mail to {To}:{Environment.NewLine}{Body}");
        return link;
    }
}

/// <summary>The .eml files the portal writes to its pickup folder, read the way a developer opens them.</summary>
public sealed partial class Mailbox(string folder)
{
    /// <summary>The most recently written mail, which must be addressed to <paramref name="address"/>.</summary>
    public Mail Newest(string address)
    {
        var file = Directory.Exists(folder)
            ? new DirectoryInfo(folder).GetFiles("*.eml").OrderByDescending(f => f.LastWriteTimeUtc).FirstOrDefault()
            : null;
        Assert.True(file is not null, $"No .eml file in {folder}");

        var raw = File.ReadAllText(file.FullName);
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var to = ToHeader().Match(raw[..split]).Groups[1].Value;
        Assert.True(to.Contains(address, StringComparison.OrdinalIgnoreCase), $"The newest mail ({file.Name}) is to {to}, not {address}");
        return new Mail(to, raw[(split + 4)..]);
    }

    internal static IEnumerable<string> Links(string body) => Link().Matches(body).Select(m => m.Value);

    [GeneratedRegex(@"^To: (.*)$", RegexOptions.Multiline)]
    private static partial Regex ToHeader();

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Link();
}
