using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VrijwilligersPortal.Infrastructure.Email;

public sealed record EmailMessage(string To, string Subject, string Body)
{
    /// <summary>
    /// For e-mail a person subscribed to: the address that unsubscribes them with one POST
    /// (RFC 8058). Mail clients show it as an "afmelden" button next to the sender.
    /// </summary>
    public string? OneClickUnsubscribeUrl { get; init; }
}

/// <summary>
/// Sends plain-text e-mail through SMTP, or writes it to a pickup folder. Never logs addresses or
/// contents: both are personal data.
/// </summary>
public sealed partial class EmailSender(IOptions<EmailOptions> options, ILogger<EmailSender> logger)
{
    private readonly EmailOptions _options = options.Value;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        using var mail = new MailMessage
        {
            From = new MailAddress(_options.FromAddress, _options.FromName),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.Body,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        mail.To.Add(message.To);
        if (message.OneClickUnsubscribeUrl is { } unsubscribe)
        {
            mail.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            mail.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        using var client = CreateClient();
        if (client.DeliveryMethod == SmtpDeliveryMethod.SpecifiedPickupDirectory)
        {
            // Readable files: links stay intact instead of being quoted-printable wrapped.
            mail.BodyTransferEncoding = TransferEncoding.EightBit;
        }

        await client.SendMailAsync(mail, cancellationToken);
        LogSent(logger);
    }

    private SmtpClient CreateClient()
    {
        if (!string.IsNullOrWhiteSpace(_options.PickupDirectory))
        {
            var folder = Path.GetFullPath(_options.PickupDirectory);
            Directory.CreateDirectory(folder);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = folder,
            };
        }

        if (string.IsNullOrWhiteSpace(_options.Host))
        {
            throw new InvalidOperationException("E-mail is not configured: set Email:Host, or Email:PickupDirectory for development.");
        }

        var client = new SmtpClient(_options.Host, _options.Port) { EnableSsl = _options.EnableSsl };
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            client.Credentials = new NetworkCredential(_options.UserName, _options.Password);
        }

        return client;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail sent")]
    private static partial void LogSent(ILogger logger);
}
