using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Web.Features.Alerts;
using VrijwilligersPortal.Web.Tests.Features.Exchange;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.ForYou.MatchingScenarios;
using VrijwilligersPortal.Web.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.Alerts;

/// <summary>The portal with alert links to a known address and the background loop off: the tests run the job themselves.</summary>
public sealed class AlertFactory : PortalFactory
{
    public const string SiteUrl = "https://vacatures.example.nl";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:PublicBaseUrl", SiteUrl);
        builder.UseSetting("Alerts:CheckEvery", "00:00:00");
    }
}

/// <summary>
/// The e-mail alert: switching it on, the job's cadence and threshold, never the same vacancy twice
/// (also after a restart), one instance at a time, unsubscribing without logging in, and the
/// alert in the data export and erasure. Each test uses its own category so their vacancies do
/// not reach each other's volunteers.
/// </summary>
public class AlertTests(AlertFactory factory) : IClassFixture<AlertFactory>
{
    private static readonly WeekSchedule SaturdayMorning = WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning));

    [Fact]
    public async Task A_volunteer_switches_the_alert_on_changes_it_and_switches_it_off()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var on = await SwitchOnAsync(sanne, "Weekly", "70");

        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        var alert = await AlertOfAsync(sanne.VolunteerId);
        Assert.Equal(AlertFrequency.Weekly, alert!.Frequency);
        Assert.Equal(70, alert.Threshold);
        var page = await sanne.Client.GetPageAsync("/mijn/voor-jou");
        Assert.Contains("elke week", page.QuerySelector("main [role=status]")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Frequency-week[checked]"));
        Assert.NotNull(page.QuerySelector("#Threshold-70[checked]"));

        await SwitchOnAsync(sanne, "Daily", "40");
        alert = await AlertOfAsync(sanne.VolunteerId);
        Assert.Equal(AlertFrequency.Daily, alert!.Frequency);
        Assert.Equal(40, alert.Threshold);

        await sanne.Client.SubmitFormAsync("/mijn/voor-jou", new Dictionary<string, string> { ["Frequency"] = string.Empty }, "form[action='/mijn/voor-jou/meldingen']");
        Assert.Null(await AlertOfAsync(sanne.VolunteerId));
    }

    [Theory]
    [InlineData("Daily", "13", "Kies hoe goed een vacature moet passen.")]
    [InlineData("Maandelijks", "55", "Frequency")]
    public async Task A_bad_choice_gets_a_message_and_saves_nothing(string frequency, string threshold, string expected)
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await SwitchOnAsync(sanne, frequency, threshold);

        var page = await PortalClient.ReadPageAsync(response);
        var summary = page.QuerySelector(".error-summary")!;
        Assert.True(summary.TextContent.Contains(expected, StringComparison.Ordinal) || summary.InnerHtml.Contains($"#{expected}", StringComparison.Ordinal), summary.InnerHtml);
        Assert.Null(await AlertOfAsync(sanne.VolunteerId));
    }

    [Fact]
    public async Task The_job_sends_new_vacancies_above_the_threshold_once_a_day_and_never_the_same_one_twice_even_after_a_restart()
    {
        var dieren = await factory.CategoryIdAsync("dieren");
        using var sanne = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(sanne.VolunteerId, ["dieren"], Utrecht, maxDistanceKm: 10, availability: SaturdayMorning, hours: 4);
        var before = await factory.VacancyInAsync("Al oud: kattenopvang", dieren, Bunnik, Fit, publishedAt: factory.Clock.GetUtcNow() - TimeSpan.FromDays(2));
        await SwitchOnAsync(sanne, "Daily", "70");
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var good = await factory.VacancyInAsync("Nieuw: hondenuitlaat", dieren, Bunnik, Fit);
        await factory.VacancyInAsync("Nieuw maar matig: dierenweide op maandagavond", dieren, Bunnik, c => c with { Schedule = WeekSchedule.Of((DayOfWeek.Monday, DayPart.Evening)), HoursPerWeek = 12 });
        await factory.VacancyInAsync("Nieuw maar te ver: Artis", dieren, Amsterdam, Fit);
        var job = factory.Services.GetRequiredService<AlertJob>();

        await job.RunOnceAsync();
        Assert.Empty(factory.Mail.To(sanne.Email)); // not a day yet

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await job.RunOnceAsync();

        var mail = Assert.Single(factory.Mail.To(sanne.Email));
        Assert.Equal("1 nieuwe vacature die bij je past", mail.Subject.Trim());
        Assert.Contains("Nieuw: hondenuitlaat", mail.Body);
        Assert.Contains($"{AlertFactory.SiteUrl}/vacatures/{good.Id}/nieuw-hondenuitlaat", mail.Body);
        Assert.Contains("Past bij je interesse Dieren", mail.Body);
        Assert.DoesNotContain(before.Title, mail.Body);
        Assert.DoesNotContain("matig", mail.Body);
        Assert.DoesNotContain("Artis", mail.Body);
        Assert.Contains("/meldingen/afmelden?token=", mail.Body);

        // A restart: a new instance of the portal on the same database, nothing carried over in
        // memory. Even if the last run's progress had been lost, the sent log holds the line.
        await using var restarted = factory.WithWebHostBuilder(_ => { });
        var lostProgress = factory.Clock.GetUtcNow() - TimeSpan.FromDays(3);
        await factory.WithDbAsync((db, _) => db.MatchAlerts.Where(a => a.VolunteerId == sanne.VolunteerId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.CoveredUntil, lostProgress)));
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var again = restarted.Services.GetRequiredService<AlertJob>();
        Assert.NotSame(job, again);

        var run = await again.RunOnceAsync();

        Assert.True(run.Ran);
        Assert.Single(factory.Mail.To(sanne.Email));

        var next = await factory.VacancyInAsync("Nieuw daarna: vogelasiel", dieren, Bunnik, Fit);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await again.RunOnceAsync();

        var mails = factory.Mail.To(sanne.Email);
        Assert.Equal(2, mails.Count);
        var second = mails.Single(m => m.Body.Contains("vogelasiel", StringComparison.Ordinal));
        Assert.DoesNotContain("hondenuitlaat", second.Body);
        Assert.Equal(2, await factory.WithDbAsync((db, _) => db.MatchAlertDeliveries.CountAsync(d => d.VolunteerId == sanne.VolunteerId)));
        Assert.Contains(next.Id, await factory.WithDbAsync((db, _) => db.MatchAlertDeliveries.Where(d => d.VolunteerId == sanne.VolunteerId).Select(d => d.VacancyId).ToListAsync()));
    }

    [Fact]
    public async Task An_English_reader_gets_the_alert_and_its_reasons_in_English_with_the_vacancy_as_written()
    {
        var dieren = await factory.CategoryIdAsync("dieren");
        using var amal = await factory.SignedInVolunteerAsync("Amal Haddad");
        await factory.ProfileAsync(amal.VolunteerId, ["dieren"], Utrecht, maxDistanceKm: 10, availability: SaturdayMorning, hours: 4);
        await amal.Client.PostWithTokenAsync("/taal", ("taal", "en"), ("terug", "/"));
        await SwitchOnAsync(amal, "Daily", "70");
        factory.Clock.Advance(TimeSpan.FromHours(2));
        await factory.VacancyInAsync("Konijnen verzorgen", dieren, Bunnik, Fit);
        var job = factory.Services.GetRequiredService<AlertJob>();

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await job.RunOnceAsync();

        var mail = Assert.Single(factory.Mail.To(amal.Email));
        Assert.Equal("1 new vacancy that suits you", mail.Subject.Trim());
        Assert.Contains("Konijnen verzorgen", mail.Body);
        Assert.Contains("Matches your interest in Animals", mail.Body);
        Assert.DoesNotContain("Past bij je interesse", mail.Body);
    }

    [Fact]
    public async Task The_database_refuses_a_second_record_of_the_same_vacancy_for_the_same_person()
    {
        var vacancy = await factory.VacancyInAsync("Eenmaal", await factory.CategoryIdAsync("cultuur"), Utrecht);
        using var sanne = await factory.SignedInVolunteerAsync();
        var now = factory.Clock.GetUtcNow();
        await factory.WithDbAsync(async (db, _) =>
        {
            db.MatchAlertDeliveries.Add(new MatchAlertDelivery(sanne.VolunteerId, vacancy.Id, now));
            await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async (db, _) =>
        {
            db.MatchAlertDeliveries.Add(new MatchAlertDelivery(sanne.VolunteerId, vacancy.Id, now));
            await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task A_weekly_alert_waits_a_week()
    {
        var sport = await factory.CategoryIdAsync("sport");
        using var piet = await factory.SignedInVolunteerAsync("Piet");
        await factory.ProfileAsync(piet.VolunteerId, ["sport"], Utrecht, maxDistanceKm: 10, availability: SaturdayMorning, hours: 4);
        await SwitchOnAsync(piet, "Weekly", "55");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await factory.VacancyInAsync("Scheidsrechter", sport, Bunnik, Fit);
        var job = factory.Services.GetRequiredService<AlertJob>();

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await job.RunOnceAsync();
        factory.Clock.Advance(TimeSpan.FromDays(5));
        await job.RunOnceAsync();
        Assert.Empty(factory.Mail.To(piet.Email));

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await job.RunOnceAsync();

        var mail = Assert.Single(factory.Mail.To(piet.Email));
        Assert.Contains("Scheidsrechter", mail.Body);
        Assert.Contains("hooguit één keer per week", mail.Body);
    }

    /// <summary>
    /// The rule of docs/adr/0133 and 0155, the same in search, "Voor jou" and the alert: a one-off
    /// activity whose shifts are all over drops out; an ongoing vacancy whose shifts are all over
    /// stays, without a next date; a one-off activity with a shift to come shows its date.
    /// </summary>
    [Fact]
    public async Task Voor_jou_and_the_alert_drop_a_one_off_activity_that_is_over_but_keep_an_ongoing_vacancy_whose_shifts_are_over()
    {
        var jeugd = await factory.CategoryIdAsync("jeugd");
        using var volunteer = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(volunteer.VolunteerId, ["jeugd"], Utrecht, maxDistanceKm: 10, availability: SaturdayMorning, hours: 4);
        await SwitchOnAsync(volunteer, "Daily", "40");
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var ongoing = await factory.VacancyInAsync("Vaste scoutingleider", jeugd, Bunnik, Fit);
        var over = await factory.VacancyInAsync("Zomerkamp opbouwen", jeugd, Bunnik, c => Fit(c) with { Commitment = Commitment.OneOff });
        var coming = await factory.VacancyInAsync("Winterkamp opbouwen", jeugd, Bunnik, c => Fit(c) with { Commitment = Commitment.OneOff });
        var today = AmsterdamClock.Today(factory.Clock.GetUtcNow());
        await ShiftOnAsync(ongoing.Id, today.AddDays(-2));
        await ShiftOnAsync(over.Id, today.AddDays(-2));
        await ShiftOnAsync(coming.Id, today.AddDays(-2));
        var next = await ShiftOnAsync(coming.Id, today.AddDays(10));

        var page = await volunteer.Client.GetPageAsync("/mijn/voor-jou");
        var suggestions = page.QuerySelectorAll(".match-item").ToDictionary(i => i.QuerySelector("h3")!.TextContent.Trim(), i => i.TextContent);
        Assert.Equal(["Vaste scoutingleider", "Winterkamp opbouwen"], suggestions.Keys.Order());
        Assert.DoesNotContain("Eerstvolgende datum", suggestions["Vaste scoutingleider"]);
        Assert.Contains("Eerstvolgende datum: " + next.ToString("ddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), suggestions["Winterkamp opbouwen"]);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.Services.GetRequiredService<AlertJob>().RunOnceAsync();

        var mail = Assert.Single(factory.Mail.To(volunteer.Email));
        Assert.Contains("Vaste scoutingleider", mail.Body);
        Assert.Contains("Winterkamp opbouwen", mail.Body);
        Assert.DoesNotContain("Zomerkamp", mail.Body);
    }

    /// <summary>A vacancy imported from another centre (docs/adr/0150) reaches the alert too, named with its centre.</summary>
    [Fact]
    public async Task The_alert_sends_an_imported_vacancy_with_the_name_of_its_centre()
    {
        var vervoer = await factory.CategoryIdAsync("vervoer");
        using var volunteer = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(volunteer.VolunteerId, ["vervoer"], Utrecht, maxDistanceKm: 15, availability: SaturdayMorning, hours: 4);
        await SwitchOnAsync(volunteer, "Daily", "40");
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var source = await factory.SourceAsync("Vrijwilligerscentrale Zeist", "https://zeist.example.nl/api/vacatures");
        var imported = await factory.ImportedVacancyAsync(source.Id, (7, "Buurtbus Zeist"), (31, "https://zeist.example.nl/vacatures/31/chauffeur"), new VacancyContent
        {
            Title = "Chauffeur buurtbus Zeist",
            Description = "Op zaterdag rijden met de buurtbus.",
            CategoryId = vervoer,
            Postcode = "3701",
            Place = "Zeist",
            Location = Bunnik,
            Commitment = Commitment.Ongoing,
            Schedule = SaturdayMorning,
            ContactName = string.Empty,
            ContactEmail = string.Empty,
        });

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.Services.GetRequiredService<AlertJob>().RunOnceAsync();

        var mail = Assert.Single(factory.Mail.To(volunteer.Email));
        Assert.Contains("Chauffeur buurtbus Zeist, Buurtbus Zeist, Zeist (via Vrijwilligerscentrale Zeist)", mail.Body);
        Assert.Contains($"{AlertFactory.SiteUrl}/vacatures/{imported.Id}/", mail.Body);
    }

    /// <summary>A shift on <paramref name="date"/> (also one already past), planned a month before it.</summary>
    private async Task<DateOnly> ShiftOnAsync(int vacancyId, DateOnly date)
    {
        var planned = new DateTimeOffset(date.AddDays(-30), TimeOnly.MinValue, TimeSpan.Zero);
        await factory.WithDbAsync(async (db, _) =>
        {
            db.Shifts.Add(Shift.Plan(vacancyId, new ShiftPlan(date, new TimeOnly(10, 0), new TimeOnly(12, 0), null, 4), needsApproval: false, planned));
            await db.SaveChangesAsync();
        });
        return date;
    }

    [Fact]
    public async Task The_hosted_service_runs_the_job_by_itself()
    {
        using var volunteer = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(volunteer.VolunteerId, ["klussen-techniek"], Utrecht, maxDistanceKm: 10, availability: SaturdayMorning, hours: 4);
        await SwitchOnAsync(volunteer, "Daily", "40");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await factory.VacancyInAsync("Fietsenmaker in het buurthuis", await factory.CategoryIdAsync("klussen-techniek"), Bunnik, Fit);
        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(11));

        // Another instance of the portal whose background loop ticks every second (real time).
        await using var ticking = factory.WithWebHostBuilder(builder => builder.UseSetting("Alerts:CheckEvery", "00:00:01"));
        _ = ticking.Services;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (factory.Mail.To(volunteer.Email).Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(200);
        }

        Assert.Contains("Fietsenmaker", Assert.Single(factory.Mail.To(volunteer.Email)).Body);
    }

    [Fact]
    public async Task Only_one_instance_runs_the_job_at_a_time()
    {
        var job = factory.Services.GetRequiredService<AlertJob>();

        // Past any lease another test left (the hosted-service test's instance keeps it after its run).
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var first = await job.RunOnceAsync(holder: "instance-a");
        var second = await job.RunOnceAsync(holder: "instance-b");

        Assert.True(first.Ran);
        Assert.False(second.Ran);
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.True((await job.RunOnceAsync(holder: "instance-b")).Ran);
        factory.Clock.Advance(TimeSpan.FromMinutes(11)); // leave the lease free for the other tests
    }

    [Fact]
    public async Task The_unsubscribe_link_works_without_logging_in_and_only_the_button_switches_off()
    {
        var (volunteerId, link, _) = await AlertWithMailAsync("evenementen", "Kermis");
        using var anonymous = factory.CreatePortalClient();

        var page = await anonymous.GetPageAsync(link);

        Assert.NotNull(page.QuerySelector("form[action='/meldingen/afmelden'] button"));
        Assert.NotNull(await AlertOfAsync(volunteerId)); // opening the link (or a mail scanner) changes nothing

        var response = await anonymous.SubmitFormAsync(page, link, new Dictionary<string, string>(), "form[action='/meldingen/afmelden']");

        var done = await PortalClient.ReadPageAsync(response);
        Assert.Contains("Je bent afgemeld", done.QuerySelector("main")!.TextContent);
        Assert.Null(await AlertOfAsync(volunteerId));
        var later = await anonymous.GetPageAsync(link);
        Assert.Contains("Je bent al afgemeld", later.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_mail_client_can_unsubscribe_with_one_post_as_rfc_8058_describes_and_nothing_else_switches_off()
    {
        var (volunteerId, link, mail) = await AlertWithMailAsync("dieren", "Dierenambulance");
        Assert.Equal("List-Unsubscribe=One-Click", mail.Header("List-Unsubscribe-Post"));
        var header = mail.Header("List-Unsubscribe");
        Assert.Matches("^<https?://[^>]+/meldingen/afmelden/een-klik\\?token=[^>]+>$", header);
        var oneClick = new Uri(header.Trim('<', '>')).PathAndQuery;
        Assert.Equal(link[(link.IndexOf('?', StringComparison.Ordinal) + 1)..], oneClick[(oneClick.IndexOf('?', StringComparison.Ordinal) + 1)..]);

        // A mail provider posts from its own servers: no cookies, no page, no antiforgery token.
        using var provider = factory.CreatePortalClient();
        var withoutBody = await provider.Http.PostAsync(oneClick, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, withoutBody.StatusCode);
        var opened = await provider.Http.GetAsync(oneClick);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(link, opened.Headers.Location!.OriginalString);
        Assert.NotNull(await AlertOfAsync(volunteerId));
        var token = Uri.UnescapeDataString(oneClick[(oneClick.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        var forged = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var withForgedToken = await provider.Http.PostAsync($"/meldingen/afmelden/een-klik?token={Uri.EscapeDataString(forged)}", OneClickBody());
        Assert.Equal(HttpStatusCode.BadRequest, withForgedToken.StatusCode);
        Assert.NotNull(await AlertOfAsync(volunteerId));

        var response = await provider.Http.PostAsync(oneClick, OneClickBody());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await AlertOfAsync(volunteerId));

        static FormUrlEncodedContent OneClickBody() => new([new("List-Unsubscribe", "One-Click")]);
    }

    [Fact]
    public async Task A_tampered_or_missing_token_fails_cleanly_and_switches_nothing_off()
    {
        var (volunteerId, link, _) = await AlertWithMailAsync("onderwijs", "Bijles");
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        using var anonymous = factory.CreatePortalClient();

        var page = await anonymous.GetPageAsync($"/meldingen/afmelden?token={Uri.EscapeDataString(tampered)}", HttpStatusCode.BadRequest);
        Assert.Contains("Deze afmeldlink klopt niet", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("form[action='/meldingen/afmelden']"));
        await anonymous.GetPageAsync("/meldingen/afmelden", HttpStatusCode.BadRequest);
        await anonymous.GetPageAsync("/meldingen/afmelden?token=%3Cscript%3E", HttpStatusCode.BadRequest);

        // Posting a forged token directly does not work either.
        var posted = await PostAnonymouslyAsync(anonymous, tampered);
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.NotNull(await AlertOfAsync(volunteerId));
    }

    [Fact]
    public async Task A_token_for_an_alert_that_was_switched_off_and_on_again_does_not_switch_off_the_new_one()
    {
        var (volunteerId, link, _) = await AlertWithMailAsync("bestuur", "Penningmeester");
        var tokens = factory.Services.GetRequiredService<AlertTokens>();
        var old = await AlertOfAsync(volunteerId);
        await factory.WithDbAsync(async (db, _) =>
        {
            await db.MatchAlerts.Where(a => a.VolunteerId == volunteerId).ExecuteDeleteAsync();
            db.MatchAlerts.Add(MatchAlert.SwitchOn(volunteerId, AlertFrequency.Weekly, 55, factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        using var anonymous = factory.CreatePortalClient();

        var page = await anonymous.GetPageAsync(link);
        var posted = await PostAnonymouslyAsync(anonymous, tokens.For(volunteerId, old!.Id));

        Assert.Contains("Je bent al afgemeld", page.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(AlertFrequency.Weekly, (await AlertOfAsync(volunteerId))!.Frequency);
    }

    [Fact]
    public async Task The_data_export_holds_the_alert_and_erasure_removes_it()
    {
        using var sanne = await factory.SignedInVolunteerAsync();
        await SwitchOnAsync(sanne, "Weekly", "70");
        var vacancy = await factory.VacancyInAsync("Verstuurd", await factory.CategoryIdAsync("communicatie"), Utrecht);
        await factory.WithDbAsync(async (db, _) =>
        {
            db.MatchAlertDeliveries.Add(new MatchAlertDelivery(sanne.VolunteerId, vacancy.Id, factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });

        var export = await sanne.Client.GetAsync("/mijn/gegevens/download");

        using (var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync()))
        {
            var alerts = json.RootElement.GetProperty("vacatureMeldingen");
            Assert.True(alerts.GetProperty("aan").GetBoolean());
            Assert.Equal("wekelijks", alerts.GetProperty("hoeVaak").GetString());
            Assert.Equal(70, alerts.GetProperty("minimaleScore").GetInt32());
            Assert.Equal("Verstuurd", Assert.Single(alerts.GetProperty("verstuurdeVacatures").EnumerateArray()).GetProperty("vacature").GetString());
        }

        var erased = await sanne.Client.SubmitFormAsync("/mijn/gegevens/verwijderen", new Dictionary<string, string> { ["Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Null(await AlertOfAsync(sanne.VolunteerId));
        Assert.Equal(0, await factory.WithDbAsync((db, _) => db.MatchAlertDeliveries.CountAsync(d => d.VolunteerId == sanne.VolunteerId)));
    }

    /// <summary>Work on Saturday morning for up to 4 hours: a high score for the profiles above.</summary>
    private static Domain.Vacancies.VacancyContent Fit(Domain.Vacancies.VacancyContent content) =>
        content with { Schedule = SaturdayMorning, HoursPerWeek = 3 };

    private Task<HttpResponseMessage> SwitchOnAsync(SignedInVolunteer volunteer, string frequency, string threshold) =>
        volunteer.Client.SubmitFormAsync(
            "/mijn/voor-jou",
            new Dictionary<string, string> { ["Frequency"] = frequency, ["Threshold"] = threshold },
            "form[action='/mijn/voor-jou/meldingen']");

    /// <summary>Posts a token as the unsubscribe form would, with an antiforgery token from a page every visitor gets.</summary>
    private static async Task<HttpResponseMessage> PostAnonymouslyAsync(PortalClient client, string token)
    {
        var antiforgery = await client.AntiforgeryTokenAsync("/account/inloggen");
        return await client.Http.PostAsync("/meldingen/afmelden", new FormUrlEncodedContent([new("token", token), new("__RequestVerificationToken", antiforgery)]));
    }

    private Task<MatchAlert?> AlertOfAsync(int volunteerId) =>
        factory.WithDbAsync((db, _) => db.MatchAlerts.AsNoTracking().SingleOrDefaultAsync(a => a.VolunteerId == volunteerId));

    /// <summary>A volunteer with a daily alert who got one e-mail; returns the e-mail's unsubscribe link (site-relative).</summary>
    private async Task<(int VolunteerId, string Link, Mail Mail)> AlertWithMailAsync(string category, string title)
    {
        using var volunteer = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(volunteer.VolunteerId, [category], Utrecht, maxDistanceKm: 10, availability: SaturdayMorning, hours: 4);
        await SwitchOnAsync(volunteer, "Daily", "40");
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await factory.VacancyInAsync(title, await factory.CategoryIdAsync(category), Bunnik, Fit);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        factory.Clock.Advance(TimeSpan.FromMinutes(11)); // past any lease another test left
        await factory.Services.GetRequiredService<AlertJob>().RunOnceAsync();
        var mail = Assert.Single(factory.Mail.To(volunteer.Email));
        return (volunteer.VolunteerId, Mailbox.LinkIn(mail, "/meldingen/afmelden"), mail);
    }
}
