using Microsoft.Extensions.Options;
using MimeKit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Email;

/// <summary>MailKit against a real (in-process) SMTP server, and the mail layer's own guard against header injection.</summary>
public class MailTransportTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    private static MailTransport Transport(EmailOptions options) => new(Options.Create(options), new ManualClock(Now));

    [Fact]
    public async Task A_message_sent_over_smtp_reads_back_with_its_subject_body_and_one_click_unsubscribe_headers()
    {
        await using var sink = new SmtpSink();
        var transport = Transport(new EmailOptions { Host = "127.0.0.1", Port = sink.Port, EnableSsl = false, FromAddress = "noreply@centrale.example", FromName = "Vrijwilligerscentrale Utrecht" });
        var link = "https://vrijwilligers.example.nl/meldingen/afmelden?token=CfDJ8Abc_def-123%2Bxyz%3D%3D&extra=een-heel-lange-waarde-die-de-regel-langer-maakt-dan-zesenzeventig-tekens";
        var message = new EmailMessage("sanne@example.nl", "3 nieuwe vacatures die bij je passen – één klik", $"Hallo Sanne,\n\nBekijk ze hier:\n{link}\n\nGroet")
        {
            OneClickUnsubscribeUrl = "https://vrijwilligers.example.nl/meldingen/afmelden/een-klik?token=abc",
        };

        await transport.SendAsync(message);

        var mail = Assert.Single(sink.Messages);
        Assert.Equal("sanne@example.nl", mail.To);
        Assert.Equal("3 nieuwe vacatures die bij je passen – één klik", mail.Subject);
        Assert.Contains(link, mail.Body);
        Assert.Contains("Hallo Sanne,", mail.Body);
        Assert.Equal("<https://vrijwilligers.example.nl/meldingen/afmelden/een-klik?token=abc>", mail.Header("List-Unsubscribe"));
        Assert.Equal("List-Unsubscribe=One-Click", mail.Header("List-Unsubscribe-Post"));
        Assert.Contains("noreply@centrale.example", mail.Header("From"));
    }

    [Fact]
    public async Task The_pickup_folder_gets_a_readable_eml_file_with_links_unbroken()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vrijwilligersportal-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var link = "https://vrijwilligers.example.nl/account/wachtwoord-herstellen?gebruiker=5f0c9e0e-1111-4222-8333-944455556666&code=Q2ZESjhBYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk";
            await Transport(new EmailOptions { PickupDirectory = folder }).SendAsync(new EmailMessage("noor@example.nl", "Nieuw wachtwoord", $"Kies een nieuw wachtwoord:\n{link}\n"));

            var raw = File.ReadAllText(Assert.Single(Directory.GetFiles(folder, "*.eml")));
            Assert.Contains(link, raw);
            Assert.Contains("\r\nTo: noor@example.nl\r\n", raw);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Line_breaks_in_a_subject_never_become_headers_of_their_own()
    {
        var message = new EmailMessage("org@example.nl", "Nieuwe reactie op Knotploeg\r\nBcc: iedereen@example.nl\r\nX-Extra: ja", "Tekst");

        var mime = MailTransport.Build(message, new EmailOptions(), Now);
        using var written = new MemoryStream();
        mime.WriteTo(written);
        var headers = Mailbox.Parse(written.ToArray()).Headers;

        Assert.DoesNotContain("\nBcc:", headers);
        Assert.DoesNotContain("\nX-Extra:", headers);
        Assert.Empty(mime.Bcc);
        Assert.Equal("Nieuwe reactie op Knotploeg  Bcc: iedereen@example.nl  X-Extra: ja", mime.Subject);
    }

    [Theory]
    [InlineData("org@example.nl\r\nBcc: iedereen@example.nl")]
    [InlineData("een@example.nl, twee@example.nl")]
    [InlineData("geen adres")]
    public void A_recipient_that_is_not_one_plain_address_is_refused(string to) =>
        Assert.Throws<InvalidRecipientException>(() => MailTransport.Build(new EmailMessage(to, "Onderwerp", "Tekst"), new EmailOptions(), Now));

    [Fact]
    public void The_mime_message_has_exactly_one_recipient()
    {
        var mime = MailTransport.Build(new EmailMessage("sanne@example.nl", "Onderwerp", "Tekst"), new EmailOptions(), Now);

        Assert.Equal("sanne@example.nl", Assert.Single(mime.To.Mailboxes).Address);
        Assert.Empty(mime.Cc);
        Assert.IsType<TextPart>(mime.Body);
    }
}
