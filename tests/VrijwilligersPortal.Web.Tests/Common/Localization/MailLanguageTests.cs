using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.Jobs;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Common.Localization;

/// <summary>
/// Every mail in its receiver's language (issue 19, docs/adr/0171): the language of the page
/// someone signed up on is stored on the account and their mails follow it, also those a job or
/// another person's action sends; whoever has no account reads the centre's Dutch.
/// </summary>
public class MailLanguageTests : IClassFixture<PortalFactory>
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    private readonly PortalFactory _factory;

    public MailLanguageTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task A_volunteer_who_registered_in_English_gets_English_mails_and_the_organisation_still_reads_Dutch()
    {
        var contact = TestData.UniqueEmail("contact");
        var vacancy = await _factory.OpenVacancyAsync(contactEmail: contact);
        var email = TestData.UniqueEmail("newcomer");
        using var visitor = _factory.CreatePortalClient();
        visitor.Http.DefaultRequestHeaders.Add("Cookie", EnglishCookie);

        await visitor.SubmitFormAsync("/account/registreren", new Dictionary<string, string> { ["Name"] = "Amir Haddad", ["Email"] = email, ["Password"] = "my bike is blue today" });

        Assert.Equal(PortalLanguages.English, await _factory.WithDbAsync((db, _) => db.Users.Where(u => u.Email == email).Select(u => u.PreferredLanguage).SingleAsync()));
        var confirmation = _factory.Mail.Single(email, "Confirm your e-mail address");
        Assert.StartsWith("Hello Amir Haddad,", confirmation.Body, StringComparison.Ordinal);
        Assert.Contains("Kind regards,", confirmation.Body);
        Assert.DoesNotContain("Bevestig", confirmation.Body + confirmation.Subject);

        await visitor.GetPageAsync(Mailbox.LinkIn(confirmation, "/account/bevestigen"));
        await visitor.LogInAsync(email, "my bike is blue today");
        await visitor.SubmitFormAsync($"/vacatures/{vacancy.Id}/reageren", new Dictionary<string, string>
        {
            ["Motivation"] = "I like working outdoors and have time on Saturdays.",
            ["ContactPreference"] = "Email",
        });

        var sent = _factory.Mail.Single(email, "Your response to 'Knotploeg' has been sent");
        Assert.Contains("The organisation will contact you the way you asked.", sent.Body);
        Assert.Contains($"{PortalFactory.PublicBaseUrl}/mijn/reacties", sent.Body);
        var toOrganisation = _factory.Mail.Single(contact, "Nieuwe reactie op 'Knotploeg'");
        Assert.Contains("Amir Haddad heeft gereageerd op uw vacature 'Knotploeg'.", toOrganisation.Body);
        Assert.Contains("Contact: graag per e-mail", toOrganisation.Body);
    }

    [Fact]
    public async Task An_organisation_answering_in_Dutch_mails_an_English_volunteer_in_English_with_the_reason_as_written()
    {
        var (client, _, organisation) = await _factory.SignedInMemberAsync();
        using var member = client;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Penningmeester");
        var volunteer = await _factory.UserAsync(PortalRoles.Volunteer, email: TestData.UniqueEmail("volunteer"), name: "Amir Haddad");
        await SetLanguageAsync(volunteer.Id, PortalLanguages.English);
        var application = await _factory.ApplyAsync(vacancy.Id, volunteer);

        await member.SubmitFormAsync($"/organisatie/vacatures/{vacancy.Id}/reacties", new Dictionary<string, string>
        {
            ["Selected"] = application.ToString(CultureInfo.InvariantCulture),
            ["Action"] = "Declined",
            ["Reason"] = "We zoeken iemand met boekhoudervaring.",
        });

        var mail = _factory.Mail.Single(volunteer.Email!, "Your response to 'Penningmeester': declined");
        Assert.Contains("Natuurgroep Kromme Rijn has decided not to go further with your response.", mail.Body);
        Assert.Contains("The reason: We zoeken iemand met boekhoudervaring.", mail.Body);
        Assert.DoesNotContain("Hallo", mail.Body);
    }

    [Fact]
    public async Task The_reminder_job_mails_an_English_member_in_English_and_a_Dutch_member_in_Dutch_with_dates_in_their_language()
    {
        var english = await MemberWithWaitingApplicationAsync("Grace English", "Dog walking", PortalLanguages.English);
        var dutch = await MemberWithWaitingApplicationAsync("Lies Nederlands", "Honden uitlaten", PortalLanguages.Dutch);
        _factory.Clock.Advance(TimeSpan.FromDays(11));

        await _factory.WithDbAsync((db, _) => db.JobLeases.Where(l => l.Name == ReminderJob.LeaseName).ExecuteDeleteAsync());
        Assert.True((await _factory.Services.GetRequiredService<ReminderJob>().RunOnceAsync(holder: "mail-language-tests")).Ran);

        var inEnglish = _factory.Mail.Single(english.Email!, "A volunteer is waiting for an answer: Dog walking");
        Assert.Contains("On 2 November 2026 a volunteer responded to your vacancy \"Dog walking\".", inEnglish.Body);
        Assert.Contains("No longer want to receive these reminders?", inEnglish.Body);
        var inDutch = _factory.Mail.Single(dutch.Email!, "Een vrijwilliger wacht op antwoord: Honden uitlaten");
        Assert.Contains("Op 2 november 2026 reageerde een vrijwilliger op jullie vacature \"Honden uitlaten\".", inDutch.Body);
    }

    [Fact]
    public async Task An_address_with_an_account_reads_the_account_s_language_and_any_other_address_the_centre_s_Dutch()
    {
        var english = await _factory.UserAsync(PortalRoles.Volunteer, email: TestData.UniqueEmail("reader"));
        await SetLanguageAsync(english.Id, PortalLanguages.English);
        var dutch = await _factory.UserAsync(PortalRoles.Volunteer, email: TestData.UniqueEmail("lezer"));

        await using var scope = _factory.Services.CreateAsyncScope();
        var textFor = await scope.ServiceProvider.GetRequiredService<MailTexts>().ForAllAsync([english.Email!.ToUpperInvariant(), dutch.Email!, "nobody@example.org"]);

        Assert.Equal("en", textFor(english.Email).Culture.Name);
        Assert.Equal("Hello Eva,", textFor(english.Email)["Hallo {0},", "Eva"]);
        Assert.Equal("nl-NL", textFor(dutch.Email!).Culture.Name);
        Assert.Equal("Hallo Eva,", textFor(dutch.Email!)["Hallo {0},", "Eva"]);
        Assert.Equal("nl-NL", textFor("nobody@example.org").Culture.Name);
        Assert.Equal("nl-NL", textFor("not-asked@example.org").Culture.Name);
    }

    [Fact]
    public async Task In_a_Belgian_centre_a_Dutch_reader_gets_the_Flemish_texts_and_an_English_reader_English()
    {
        var english = await _factory.UserAsync(PortalRoles.Volunteer, email: TestData.UniqueEmail("reader"));
        await SetLanguageAsync(english.Id, PortalLanguages.English);
        await using var scope = _factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var belgian = new MailTexts(
            services.GetRequiredService<PortalDbContext>(),
            services.GetRequiredService<PortalTexts>(),
            new Snapshot(new CentreOptions { Country = Countries.Belgium }),
            services.GetRequiredService<ILookupNormalizer>());

        var textFor = await belgian.ForAllAsync([english.Email!, "lezer@example.be"]);

        var flemish = textFor("lezer@example.be");
        Assert.Equal("nl-BE", flemish.Culture.Name);
        Assert.Equal("Uittreksel uit het strafregister", flemish["VOG"]);
        Assert.Equal("Hallo Eva,", flemish["Hallo {0},", "Eva"]);
        Assert.Equal("en", textFor(english.Email!).Culture.Name);
    }

    [Fact]
    public void Dates_and_times_in_a_mail_follow_the_reader_s_culture_on_the_clock_of_the_Netherlands_and_Belgium()
    {
        var texts = _factory.Services.GetRequiredService<PortalTexts>();
        var at = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal("2 November 2026 at 10:00", new MailText(texts, PortalCultures.English).DateAndTime(at));
        Assert.Equal("2 november 2026 om 10:00", new MailText(texts, PortalCultures.Netherlands).DateAndTime(at));
        Assert.Equal("2 november 2026", new MailText(texts, PortalCultures.Flemish).Date(at));
        Assert.Equal("1,5", new MailText(texts, PortalCultures.Netherlands)["{0}", 1.5]);
        Assert.Equal("1.5", new MailText(texts, PortalCultures.English)["{0}", 1.5]);
        Assert.Equal("per e-mail", new MailText(texts, CultureInfo.GetCultureInfo("nl-BE"))[DutchNames.Of(ContactPreference.Email)]);
        Assert.Equal("by email", new MailText(texts, PortalCultures.English)[DutchNames.Of(ContactPreference.Email)]);
    }

    [Fact]
    public void A_mail_s_texts_are_a_localizer_bound_to_the_reader_s_culture_whatever_the_current_culture()
    {
        var texts = _factory.Services.GetRequiredService<PortalTexts>();
        IStringLocalizer english = new MailText(texts, PortalCultures.English);
        IStringLocalizer dutch = new MailText(texts, PortalCultures.Netherlands);

        var before = CultureInfo.CurrentUICulture;
        try
        {
            // A job runs in no request's culture; a Dutch one here must not make the English mail Dutch.
            CultureInfo.CurrentUICulture = PortalCultures.Netherlands;
            Assert.Equal("Hello Eva,", english["Hallo {0},", "Eva"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        Assert.True(english["Een zin die niemand vertaalde"].ResourceNotFound);
        Assert.False(dutch["Een zin die niemand vertaalde"].ResourceNotFound);
        Assert.Contains(english.GetAllStrings(includeParentCultures: true), t => t.Name == "Met vriendelijke groet,\n{0}" && t.Value == "Kind regards,\n{0}");
    }

    private async Task<PortalUser> MemberWithWaitingApplicationAsync(string name, string title, string language)
    {
        var member = await _factory.UserAsync(PortalRoles.OrganisationMember, email: TestData.UniqueEmail("member"), name: name);
        await SetLanguageAsync(member.Id, language);
        var organisation = await _factory.OrganisationAsync(member.Id, name: $"Organisatie van {name}");
        var vacancy = await _factory.VacancyAsync(organisation.Id, title);
        var volunteer = await _factory.UserAsync(PortalRoles.Volunteer, email: TestData.UniqueEmail("volunteer"));
        await _factory.ApplyAsync(vacancy.Id, volunteer);
        return member;
    }

    private Task SetLanguageAsync(Guid userId, string language) =>
        _factory.WithDbAsync((db, _) => db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredLanguage, language)));

    private sealed class Snapshot(CentreOptions value) : IOptionsSnapshot<CentreOptions>
    {
        public CentreOptions Value => value;

        public CentreOptions Get(string? name) => value;
    }
}
