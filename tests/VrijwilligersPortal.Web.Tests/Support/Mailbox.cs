using System.Text.RegularExpressions;

namespace VrijwilligersPortal.Web.Tests.Support;

public sealed record Mail(string To, string Subject, string Body, string Headers)
{
    /// <summary>The value of a header (unfolded), or empty when the mail has none.</summary>
    public string Header(string name) => Mailbox.Header(Headers, name);
}

/// <summary>Reads the .eml files the portal writes to its pickup folder, as a developer would.</summary>
public sealed partial class Mailbox(string folder)
{
    public IReadOnlyList<Mail> All() =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml")
                .Select(file => (file, written: File.GetLastWriteTimeUtc(file)))
                .OrderBy(f => f.written)
                .Select(f => Parse(File.ReadAllText(f.file)))
                .ToList()
            : [];

    public IReadOnlyList<Mail> To(string address) =>
        All().Where(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase)).ToList();

    public Mail Single(string address, string subjectContains) =>
        Assert.Single(To(address), m => m.Subject.Contains(subjectContains, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first link in the mail whose path starts with <paramref name="pathPrefix"/>, relative to the site.</summary>
    public static string LinkIn(Mail mail, string pathPrefix)
    {
        var match = Link().Matches(mail.Body).FirstOrDefault(m => new Uri(m.Value).AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal));
        Assert.True(match is not null, $"No link to {pathPrefix} in: {mail.Body}");
        return new Uri(match.Value).PathAndQuery;
    }

    private static Mail Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = raw[..split];
        var body = raw[(split + 4)..];
        return new Mail(Header(headers, "To"), DecodeSubject(Header(headers, "Subject")), body, headers);
    }

    internal static string Header(string headers, string name) =>
        Regex.Match(headers, $"^{name}: ([^\\r\\n]*(?:\\r\\n[ \\t][^\\r\\n]*)*)", RegexOptions.Multiline).Groups[1].Value.Replace("\r\n", string.Empty);

    private static string DecodeSubject(string subject) =>
        EncodedWord().Replace(subject, m => m.Groups["enc"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
            ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups["text"].Value))
            : m.Groups["text"].Value.Replace('_', ' ')).Replace("  ", " ");

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Link();

    [GeneratedRegex(@"=\?utf-8\?(?<enc>[BQ])\?(?<text>[^?]*)\?=\s*", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
