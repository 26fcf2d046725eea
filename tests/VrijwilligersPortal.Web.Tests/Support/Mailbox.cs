using System.Text.RegularExpressions;
using MimeKit;

namespace VrijwilligersPortal.Web.Tests.Support;

public sealed record Mail(string To, string Subject, string Body, string Headers)
{
    /// <summary>The value of a header (unfolded), or empty when the mail has none.</summary>
    public string Header(string name) => Mailbox.Header(Headers, name);

    /// <summary>A message as MimeKit reads it: the body decoded, the subject unfolded and decoded.</summary>
    public static Mail From(MimeMessage message, string rawHeaders) =>
        new(message.To.ToString(), message.Subject ?? string.Empty, message.TextBody ?? string.Empty, rawHeaders) { Calendar = CalendarOf(message) };

    /// <summary>The text of an attached .ics file (course mails), or null.</summary>
    public string? Calendar { get; init; }

    private static string? CalendarOf(MimeMessage message)
    {
        if (message.Attachments.OfType<MimePart>().FirstOrDefault(p => p.ContentType.IsMimeType("text", "calendar")) is not { } part)
        {
            return null;
        }

        using var decoded = new MemoryStream();
        part.Content?.DecodeTo(decoded);
        return System.Text.Encoding.UTF8.GetString(decoded.ToArray());
    }
}

/// <summary>
/// Reads the .eml files the portal writes to its pickup folder, as a developer would. Mail leaves
/// through the outbox (docs/adr/0060); before reading, <paramref name="deliver"/> sends what is due,
/// the way the portal's background sender would a moment later.
/// </summary>
public sealed partial class Mailbox(string folder, Action? deliver = null)
{
    public IReadOnlyList<Mail> All()
    {
        deliver?.Invoke();
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml")
                .Select(file => (file, written: File.GetLastWriteTimeUtc(file)))
                .OrderBy(f => f.written)
                .ThenBy(f => f.file, StringComparer.Ordinal)
                .Select(f => Parse(File.ReadAllBytes(f.file)))
                .ToList()
            : [];
    }

    public IReadOnlyList<Mail> To(string address) =>
        All().Where(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase)).ToList();

    public Mail Single(string address, string subjectContains) =>
        Assert.Single(To(address), m => m.Subject.Contains(subjectContains, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first link in the mail whose path starts with <paramref name="pathPrefix"/>, relative to the site.</summary>
    public static string LinkIn(Mail mail, string pathPrefix) => new Uri(AbsoluteLinkIn(mail, pathPrefix)).PathAndQuery;

    /// <summary>The first link in the mail whose path starts with <paramref name="pathPrefix"/>, as written in the mail.</summary>
    public static string AbsoluteLinkIn(Mail mail, string pathPrefix)
    {
        var match = Link().Matches(mail.Body).FirstOrDefault(m => new Uri(m.Value).AbsolutePath.StartsWith(pathPrefix, StringComparison.Ordinal));
        Assert.True(match is not null, $"No link to {pathPrefix} in: {mail.Body}");
        return match.Value;
    }

    public static Mail Parse(byte[] raw)
    {
        using var stream = new MemoryStream(raw);
        var message = MimeMessage.Load(stream);
        var text = System.Text.Encoding.UTF8.GetString(raw);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return Mail.From(message, split < 0 ? text : text[..split]);
    }

    internal static string Header(string headers, string name) =>
        Regex.Match(headers, $"^{name}:([^\\r\\n]*(?:\\r\\n[ \\t][^\\r\\n]*)*)", RegexOptions.Multiline).Groups[1].Value.Replace("\r\n", string.Empty).Trim();

    [GeneratedRegex(@"https?://[^\s]+")]
    private static partial Regex Link();
}
