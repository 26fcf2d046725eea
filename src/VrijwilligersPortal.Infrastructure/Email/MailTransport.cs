using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace VrijwilligersPortal.Infrastructure.Email;

/// <summary>
/// Hands one message to the SMTP server through MailKit, or writes it as an .eml file to the pickup
/// folder (Development). Only <see cref="OutboxSender"/> calls it: features put mail in the
/// <see cref="Outbox"/>. Never logs addresses or contents: both are personal data.
/// </summary>
public sealed class MailTransport(IOptions<EmailOptions> options, TimeProvider clock)
{
    /// <summary>.eml files with CRLF line ends, as SMTP has them, whatever the platform.</summary>
    private static readonly FormatOptions PickupFormat = CreatePickupFormat();

    private readonly EmailOptions _options = options.Value;

    /// <summary>Throws <see cref="InvalidRecipientException"/> for an address that cannot be sent to at all.</summary>
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var mime = Build(message, _options, now);
        if (!string.IsNullOrWhiteSpace(_options.PickupDirectory))
        {
            var folder = Path.GetFullPath(_options.PickupDirectory);
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{now.UtcDateTime:yyyyMMddHHmmssfffffff}-{Guid.NewGuid():N}.eml");
            await using var stream = File.Create(file);
            await mime.WriteToAsync(PickupFormat, stream, cancellationToken);
            return;
        }

        if (string.IsNullOrWhiteSpace(_options.Host))
        {
            throw new InvalidOperationException("E-mail is not configured: set Email:Host, or Email:PickupDirectory for development.");
        }

        using var client = new SmtpClient { Timeout = (int)_options.SmtpTimeout.TotalMilliseconds };
        var security = !_options.EnableSsl ? SecureSocketOptions.None
            : _options.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(_options.Host, _options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            await client.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    /// <summary>
    /// The MIME message. Header injection is impossible whatever the forms let through: control
    /// characters in the subject become spaces (MimeKit encodes the rest), and the recipient must
    /// parse as exactly one address.
    /// </summary>
    public static MimeMessage Build(EmailMessage message, EmailOptions options, DateTimeOffset now)
    {
        if (!MailboxAddress.TryParse(message.To, out var to) || !to.Address.Contains('@') || message.To.Any(char.IsControl) || message.To.Contains(','))
        {
            throw new InvalidRecipientException();
        }

        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(OneLine(options.FromName), options.FromAddress));
        mime.To.Add(to);
        mime.Subject = OneLine(message.Subject);
        mime.Date = now;
        var body = new TextPart(TextFormat.Plain) { Text = message.Body };
        body.ContentType.Charset = "utf-8";

        // A pickup file stays readable, links intact; over SMTP quoted-printable is safe for any relay.
        body.ContentTransferEncoding = string.IsNullOrWhiteSpace(options.PickupDirectory) ? ContentEncoding.QuotedPrintable : ContentEncoding.EightBit;
        if (message.Calendar is { } calendar)
        {
            // The course in the reader's calendar (issue 16): an .ics attachment beside the text.
            var ics = new MimePart("text", "calendar")
            {
                Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(calendar))),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = "uitnodiging.ics" },
                ContentTransferEncoding = ContentEncoding.Base64,
            };
            ics.ContentType.Charset = "utf-8";
            ics.ContentType.Parameters.Add("method", "PUBLISH");
            mime.Body = new Multipart("mixed") { body, ics };
        }
        else
        {
            mime.Body = body;
        }

        if (message.OneClickUnsubscribeUrl is { } unsubscribe && !unsubscribe.Any(char.IsControl))
        {
            mime.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return mime;
    }

    private static FormatOptions CreatePickupFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    private static string OneLine(string text) => new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
}

/// <summary>The recipient is not a single valid address: retrying cannot help.</summary>
public sealed class InvalidRecipientException() : Exception("The recipient is not a single valid e-mail address.");
