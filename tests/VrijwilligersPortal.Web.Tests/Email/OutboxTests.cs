using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.BackOffice.Emails;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Email;

/// <summary>The portal sending over SMTP (MailKit) to a port where a test sink runs only when a test starts it.</summary>
public sealed class SmtpPortalFactory : PortalFactory
{
    public const int MaxAttempts = 3;

    public int SmtpPort { get; } = SmtpSink.FreePort();

    public Task<OutboxRun> DeliverAsync() => Services.GetRequiredService<OutboxSender>().SendDueAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:PickupDirectory", string.Empty);
        builder.UseSetting("Email:Host", "127.0.0.1");
        builder.UseSetting("Email:Port", SmtpPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Email:EnableSsl", "false");
        builder.UseSetting("Email:MaxAttempts", MaxAttempts.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Email:FirstRetryDelay", "00:01:00");
        builder.UseSetting("Email:MaxRetryDelay", "00:30:00");
    }
}

/// <summary>
/// No mail lost (docs/adr/0060): a saved action never fails because the mail server is away, its
/// mail goes out once the server is back, two instances never send one message twice, and a
/// message that keeps failing reaches staff, who can send it again.
/// </summary>
public class OutboxTests(SmtpPortalFactory factory) : IClassFixture<SmtpPortalFactory>
{
    [Fact]
    public async Task Applying_succeeds_while_the_mail_server_is_down_and_the_mail_goes_out_when_it_is_back()
    {
        var contact = TestData.UniqueEmail("contact");
        var vacancy = await factory.OpenVacancyAsync("Voorlezen in de bibliotheek", contactEmail: contact);
        using var sanne = await factory.SignedInVolunteerAsync("Sanne de Vries");

        var response = await sanne.Client.SubmitFormAsync($"/vacatures/{vacancy.Id}/reageren", new Dictionary<string, string>
        {
            ["Motivation"] = "Ik lees graag voor en heb op woensdagmiddag tijd.",
            ["ContactPreference"] = "Email",
        });
        var down = await factory.DeliverAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/mijn/reacties", response.Headers.Location!.OriginalString);
        Assert.True(await factory.WithDbAsync((db, _) => db.Applications.AnyAsync(a => a.VacancyId == vacancy.Id && a.VolunteerId == sanne.VolunteerId)));
        Assert.True(down.Failed >= 2);
        var waiting = await OutboxFor(contact, sanne.Email);
        Assert.Equal(2, waiting.Count);
        Assert.All(waiting, m => Assert.True(m is { SentAt: null, Attempts: 1, FailedAt: null } && m.LastError is not null));

        await using var sink = new SmtpSink(factory.SmtpPort);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await factory.DeliverAsync();

        Assert.Contains("Sanne de Vries", Assert.Single(sink.Messages, m => m.To == contact).Body);
        Assert.Contains("Voorlezen in de bibliotheek", Assert.Single(sink.Messages, m => m.To == sanne.Email).Body);
        Assert.All(await OutboxFor(contact, sanne.Email), m => Assert.True(m is { SentAt: not null, Body: null }));

        // Later passes find nothing more to send to them.
        factory.Clock.Advance(TimeSpan.FromHours(1));
        await factory.DeliverAsync();
        Assert.Equal(2, sink.Messages.Count(m => m.To == contact || m.To == sanne.Email));
    }

    [Fact]
    public async Task Two_instances_sending_at_once_never_send_a_message_twice()
    {
        var subject = $"Rondzending {Guid.NewGuid():N}";
        const int count = 40;
        await factory.WithDbAsync(async (db, _) =>
        {
            for (var i = 0; i < count; i++)
            {
                Outbox.Add(db, new EmailMessage($"lid{i}@example.nl", $"{subject} {i}", "Nieuws van de centrale"), factory.Clock.GetUtcNow());
            }

            await db.SaveChangesAsync();
        });
        await using var sink = new SmtpSink(factory.SmtpPort);
        await using var other = factory.WithWebHostBuilder(_ => { });
        var senders = new[] { factory.Services.GetRequiredService<OutboxSender>(), other.Services.GetRequiredService<OutboxSender>() };

        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => senders[i % 2].SendDueAsync())));

        var ours = sink.Messages.Where(m => m.Subject.StartsWith(subject, StringComparison.Ordinal)).Select(m => m.Subject).ToList();
        Assert.Equal(count, ours.Count);
        Assert.Equal(count, ours.Distinct().Count());
        Assert.Equal(0, await factory.WithDbAsync((db, _) => db.OutboxMessages.CountAsync(m => m.Subject.StartsWith(subject) && m.SentAt == null)));
        Assert.True(runs.Sum(r => r.Sent) >= count);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_shows_in_the_back_office_without_its_body_and_staff_can_resend_it()
    {
        var to = TestData.UniqueEmail("onbereikbaar");
        await factory.WithDbAsync(async (db, _) =>
        {
            Outbox.Add(db, new EmailMessage(to, "Je account voor het beheer", "Kies je wachtwoord: https://vrijwilligers.example.nl/x?code=GEHEIMETOKEN"), factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        for (var attempt = 0; attempt < SmtpPortalFactory.MaxAttempts; attempt++)
        {
            await factory.DeliverAsync();
            factory.Clock.Advance(TimeSpan.FromHours(1));
        }

        var failed = Assert.Single(await OutboxFor(to));
        Assert.Equal((SmtpPortalFactory.MaxAttempts, true, true), (failed.Attempts, failed.FailedAt is not null, failed.Body is not null));
        var staff = await factory.UserAsync(PortalRoles.Staff);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(staff.Email!);

        var page = await client.GetPageAsync("/beheer/e-mails");

        var row = Assert.Single(page.QuerySelectorAll("main tbody tr"), r => r.TextContent.Contains(to, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Je account voor het beheer", cells[1]);
        Assert.Equal(SmtpPortalFactory.MaxAttempts.ToString(CultureInfo.InvariantCulture), cells[2]);
        Assert.Contains("SocketException", cells[3]);
        Assert.StartsWith("Mislukt", cells[4]);
        Assert.DoesNotContain("GEHEIMETOKEN", page.DocumentElement.OuterHtml);

        await using var sink = new SmtpSink(factory.SmtpPort);
        var resend = await client.SubmitFormAsync(page, "/beheer/e-mails", new Dictionary<string, string>(), $"form[action='/beheer/e-mails/{failed.Id}/opnieuw']");
        await factory.DeliverAsync();

        Assert.Equal(HttpStatusCode.Redirect, resend.StatusCode);
        Assert.Contains("GEHEIMETOKEN", Assert.Single(sink.Messages, m => m.To == to).Body);
        Assert.True(Assert.Single(await OutboxFor(to)) is { SentAt: not null, Body: null });
        Assert.True(await factory.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Email.Resend && e.RecordId == failed.Id.ToString(CultureInfo.InvariantCulture) && e.UserId == staff.Id)));
        var after = await client.GetPageAsync("/beheer/e-mails");
        Assert.DoesNotContain(to, after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_for_good_is_not_tried_again()
    {
        var to = TestData.UniqueEmail("bestaatniet");
        await using var sink = new SmtpSink(factory.SmtpPort);
        sink.Refused.Add(to);
        await factory.WithDbAsync(async (db, _) =>
        {
            Outbox.Add(db, new EmailMessage(to, "Bevestig je e-mailadres", "Tekst"), factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        await factory.DeliverAsync();
        factory.Clock.Advance(TimeSpan.FromHours(1));
        await factory.DeliverAsync();

        var refused = Assert.Single(await OutboxFor(to));
        Assert.Equal((1, true), (refused.Attempts, refused.FailedAt is not null));
        Assert.StartsWith("SMTP 550", refused.LastError);
        Assert.DoesNotContain(sink.Messages, m => m.To == to);
    }

    private Task<List<OutboxMessage>> OutboxFor(params string[] recipients) =>
        factory.WithDbAsync((db, _) => db.OutboxMessages.AsNoTracking().Where(m => recipients.Contains(m.To)).ToListAsync());
}
