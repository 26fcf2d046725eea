using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features;
using VrijwilligersPortal.Web.Tests.Features.AccountSettings;
using VrijwilligersPortal.Web.Tests.Features.Favourites;
using VrijwilligersPortal.Web.Tests.Features.MyApplications;
using VrijwilligersPortal.Web.Tests.Features.MyData;
using VrijwilligersPortal.Web.Tests.Features.Profile;

namespace VrijwilligersPortal.Web.Tests.Features.Applying;

public class ApplyingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Motivation = "Ik ben graag buiten en heb op zaterdag tijd om te helpen.";

    [Fact]
    public async Task The_vacancy_page_has_a_button_to_respond()
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var visitor = factory.CreatePortalClient();

        var page = await visitor.GetPageAsync($"/vacatures/{vacancy.Id}/knotploeg");

        Assert.NotNull(page.QuerySelector($"main a[href='/vacatures/{vacancy.Id}/reageren']"));
    }

    [Fact]
    public async Task A_visitor_logs_in_from_the_response_page_and_comes_back_to_the_same_vacancy()
    {
        var vacancy = await factory.OpenVacancyAsync();
        var user = await factory.UserAsync(PortalRoles.Volunteer);
        using var visitor = factory.CreatePortalClient();

        var page = await visitor.GetPageAsync($"/vacatures/{vacancy.Id}/reageren");
        var login = page.QuerySelector("main a[href^='/account/inloggen']")!.GetAttribute("href")!;
        var response = await visitor.SubmitFormAsync(login, new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = TestData.Password });

        Assert.Equal($"/vacatures/{vacancy.Id}/reageren", response.Headers.Location!.OriginalString);
        var form = await visitor.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.NotNull(form.QuerySelector("textarea#Motivation"));
        Assert.StartsWith("Reageren op Knotploeg –", form.Title);
    }

    [Fact]
    public async Task A_visitor_registers_from_the_response_page_and_the_confirmation_mail_leads_back_to_the_same_vacancy()
    {
        var vacancy = await factory.OpenVacancyAsync();
        var email = TestData.UniqueEmail("nieuw");
        using var visitor = factory.CreatePortalClient();

        var page = await visitor.GetPageAsync($"/vacatures/{vacancy.Id}/reageren");
        var register = page.QuerySelector("main a[href^='/account/registreren']")!.GetAttribute("href")!;
        await visitor.SubmitFormAsync(register, new Dictionary<string, string> { ["Name"] = "Noor Jansen", ["Email"] = email, ["Password"] = "mijn fiets is blauw" });
        var confirmed = await visitor.GetPageAsync(Mailbox.LinkIn(factory.Mail.Single(email, "Bevestig"), "/account/bevestigen"));
        var login = confirmed.QuerySelector("main a.btn")!.GetAttribute("href")!;
        var response = await visitor.SubmitFormAsync(login, new Dictionary<string, string> { ["Email"] = email, ["Password"] = "mijn fiets is blauw" });

        Assert.Equal($"/vacatures/{vacancy.Id}/reageren", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_volunteer_responds_and_the_organisation_and_the_volunteer_both_get_an_email()
    {
        var contact = TestData.UniqueEmail("contact");
        var vacancy = await factory.OpenVacancyAsync(contactEmail: contact);
        using var sanne = await factory.SignedInVolunteerAsync("Sanne de Vries");

        var response = await sanne.Client.SubmitFormAsync($"/vacatures/{vacancy.Id}/reageren", new Dictionary<string, string>
        {
            ["Motivation"] = Motivation,
            ["ContactPreference"] = "Either",
            ["Phone"] = "06 12345678",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/mijn/reacties", response.Headers.Location!.OriginalString);
        var application = await factory.WithDbAsync((db, _) => db.Applications.Include(a => a.History).SingleAsync(a => a.VacancyId == vacancy.Id));
        Assert.Equal((sanne.VolunteerId, ApplicationStatus.Submitted, Motivation, ContactPreference.Either), (application.VolunteerId, application.Status, application.Motivation, application.ContactPreference));
        Assert.Equal(sanne.User.Id, Assert.Single(application.History).By);
        Assert.Equal("06 12345678", await factory.WithDbAsync((db, _) => db.Volunteers.Where(v => v.Id == sanne.VolunteerId).Select(v => v.Phone).SingleAsync()));

        var toOrganisation = factory.Mail.Single(contact, "Nieuwe reactie op 'Knotploeg'");
        Assert.Contains("Sanne de Vries heeft gereageerd", toOrganisation.Body);
        Assert.Contains(Motivation, toOrganisation.Body);
        Assert.Contains(sanne.Email, toOrganisation.Body);
        Assert.Contains("06 12345678", toOrganisation.Body);
        var toVolunteer = factory.Mail.Single(sanne.Email, "Je reactie op 'Knotploeg' is verstuurd");
        Assert.Contains("/mijn/reacties", toVolunteer.Body);
    }

    [Fact]
    public async Task The_organisation_gets_no_phone_number_from_a_volunteer_who_wants_email()
    {
        var contact = TestData.UniqueEmail("contact");
        var vacancy = await factory.OpenVacancyAsync(contactEmail: contact);
        using var sanne = await factory.SignedInVolunteerAsync();
        await sanne.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string> { ["Phone"] = "06 87654321" });

        await sanne.Client.SubmitFormAsync($"/vacatures/{vacancy.Id}/reageren", new Dictionary<string, string> { ["Motivation"] = Motivation, ["ContactPreference"] = "Email" });

        Assert.DoesNotContain("06 87654321", factory.Mail.Single(contact, "Nieuwe reactie").Body);
    }

    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    [InlineData(2000, true)]
    [InlineData(2001, false)]
    public async Task The_message_is_20_to_2000_characters_and_a_refused_one_is_kept(int length, bool accepted)
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var sanne = await factory.SignedInVolunteerAsync();
        var text = new string('a', length);

        var response = await sanne.Client.SubmitFormAsync($"/vacatures/{vacancy.Id}/reageren", new Dictionary<string, string> { ["Motivation"] = text });

        Assert.Equal(accepted ? HttpStatusCode.Redirect : HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(accepted ? 1 : 0, await factory.WithDbAsync((db, _) => db.Applications.CountAsync(a => a.VacancyId == vacancy.Id)));
        if (!accepted)
        {
            var page = await PortalClient.ReadPageAsync(response);
            Assert.Contains(length < 20 ? "minstens 20 tekens" : "hoogstens 2000 tekens", page.QuerySelector("#Motivation-fout")!.TextContent);
            Assert.Equal(text, ((IHtmlTextAreaElement)page.QuerySelector("#Motivation")!).Value);
        }
    }

    [Fact]
    public async Task Asking_to_be_called_needs_a_phone_number()
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.SubmitFormAsync($"/vacatures/{vacancy.Id}/reageren", new Dictionary<string, string>
        {
            ["Motivation"] = Motivation,
            ["ContactPreference"] = "Phone",
            ["Phone"] = "",
        });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("telefoonnummer", page.QuerySelector("#Phone-fout")!.TextContent);
        Assert.Equal(Motivation, ((IHtmlTextAreaElement)page.QuerySelector("#Motivation")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#contact-Phone")!).IsChecked);
        Assert.False(await factory.WithDbAsync((db, _) => db.Applications.AnyAsync(a => a.VacancyId == vacancy.Id)));
    }

    [Fact]
    public async Task Status_and_volunteer_posted_with_the_form_are_ignored()
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var sanne = await factory.SignedInVolunteerAsync();
        using var other = await factory.SignedInVolunteerAsync("Iemand Anders");

        await sanne.Client.SubmitFormAsync($"/vacatures/{vacancy.Id}/reageren", new Dictionary<string, string>
        {
            ["Motivation"] = Motivation,
            ["Status"] = "Placed",
            ["VolunteerId"] = other.VolunteerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VacancyId"] = "1",
        });

        var application = await factory.WithDbAsync((db, _) => db.Applications.SingleAsync(a => a.VacancyId == vacancy.Id));
        Assert.Equal((sanne.VolunteerId, ApplicationStatus.Submitted), (application.VolunteerId, application.Status));
    }

    [Fact]
    public async Task After_responding_the_page_says_so_instead_of_offering_the_form_again()
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var sanne = await factory.SignedInVolunteerAsync();
        await sanne.Client.SubmitFormAsync($"/vacatures/{vacancy.Id}/reageren", new Dictionary<string, string> { ["Motivation"] = Motivation });

        var page = await sanne.Client.GetPageAsync($"/vacatures/{vacancy.Id}/reageren");

        Assert.Contains("al op deze vacature gereageerd", page.QuerySelector("main p.alert-info")!.TextContent);
        Assert.Null(page.QuerySelector("textarea#Motivation"));
    }

    [Fact]
    public async Task A_double_clicked_submit_creates_one_application_and_one_email()
    {
        var contact = TestData.UniqueEmail("contact");
        var vacancy = await factory.OpenVacancyAsync(contactEmail: contact);
        using var sanne = await factory.SignedInVolunteerAsync();
        var url = $"/vacatures/{vacancy.Id}/reageren";
        var form = await sanne.Client.GetPageAsync(url);
        var fields = new Dictionary<string, string> { ["Motivation"] = Motivation };

        var responses = await Task.WhenAll(sanne.Client.SubmitFormAsync(form, url, fields), sanne.Client.SubmitFormAsync(form, url, fields));

        Assert.All(responses, r => Assert.Equal("/mijn/reacties", r.Headers.Location?.OriginalString));
        Assert.Equal(1, await factory.WithDbAsync((db, _) => db.Applications.CountAsync(a => a.VacancyId == vacancy.Id)));
        Assert.Single(factory.Mail.To(contact));
    }

    [Fact]
    public async Task A_full_vacancy_says_all_places_are_taken()
    {
        var vacancy = await factory.OpenVacancyAsync(places: 1);
        using var first = await factory.SignedInVolunteerAsync();
        await factory.ApplicationAsync(vacancy.Id, first.VolunteerId, factory.Clock.GetUtcNow());
        using var sanne = await factory.SignedInVolunteerAsync();

        var page = await sanne.Client.GetPageAsync($"/vacatures/{vacancy.Id}/reageren");

        Assert.Contains("Alle plaatsen", page.QuerySelector("main p.alert-info")!.TextContent);
        Assert.Null(page.QuerySelector("textarea#Motivation"));
    }

    [Fact]
    public async Task Two_volunteers_racing_for_the_last_place_never_both_get_it()
    {
        for (var round = 0; round < 6; round++)
        {
            var vacancy = await factory.OpenVacancyAsync($"Laatste plek {round}", places: 1);
            var url = $"/vacatures/{vacancy.Id}/reageren";
            using var a = await factory.SignedInVolunteerAsync();
            using var b = await factory.SignedInVolunteerAsync();
            var formA = await a.Client.GetPageAsync(url);
            var formB = await b.Client.GetPageAsync(url);
            var fields = new Dictionary<string, string> { ["Motivation"] = Motivation };

            var responses = await Task.WhenAll(a.Client.SubmitFormAsync(formA, url, fields), b.Client.SubmitFormAsync(formB, url, fields));

            Assert.Equal(1, await factory.WithDbAsync((db, _) => db.Applications.CountAsync(x => x.VacancyId == vacancy.Id)));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
            var loser = await PortalClient.ReadPageAsync(Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK));
            Assert.Contains("Alle plaatsen voor deze vacature zijn al bezet.", loser.QuerySelector(".error-summary")!.TextContent);
        }
    }

    [Fact]
    public async Task Three_volunteers_racing_for_two_places_fill_exactly_two()
    {
        for (var round = 0; round < 4; round++)
        {
            var vacancy = await factory.OpenVacancyAsync($"Twee plekken {round}", places: 2);
            var url = $"/vacatures/{vacancy.Id}/reageren";
            var volunteers = new List<SignedInVolunteer>();
            for (var i = 0; i < 3; i++)
            {
                volunteers.Add(await factory.SignedInVolunteerAsync());
            }

            var forms = new List<IHtmlDocument>();
            foreach (var volunteer in volunteers)
            {
                forms.Add(await volunteer.Client.GetPageAsync(url));
            }

            var responses = await Task.WhenAll(volunteers.Select((v, i) => v.Client.SubmitFormAsync(forms[i], url, new Dictionary<string, string> { ["Motivation"] = Motivation })));

            Assert.Equal(2, await factory.WithDbAsync((db, _) => db.Applications.CountAsync(x => x.VacancyId == vacancy.Id)));
            Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
            volunteers.ForEach(v => v.Dispose());
        }
    }

    [Fact]
    public async Task A_vacancy_that_is_not_public_cannot_be_responded_to()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id);
        var draft = await factory.VacancyAsync(organisation.Id, "Nog een concept", VacancyStatus.Draft);
        using var sanne = await factory.SignedInVolunteerAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await sanne.Client.GetAsync($"/vacatures/{draft.Id}/reageren")).StatusCode);
        var posted = await sanne.Client.PostWithTokenAsync($"/vacatures/{draft.Id}/reageren", ("Motivation", Motivation));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.False(await factory.WithDbAsync((db, _) => db.Applications.AnyAsync(a => a.VacancyId == draft.Id)));
    }

    [Theory]
    [InlineData(PortalRoles.OrganisationMember)]
    [InlineData(PortalRoles.Staff)]
    public async Task Only_volunteers_can_respond(string role)
    {
        var vacancy = await factory.OpenVacancyAsync();
        var user = await factory.UserAsync(role);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/vacatures/{vacancy.Id}/reageren")).StatusCode);
        var posted = await client.PostWithTokenAsync($"/vacatures/{vacancy.Id}/reageren", ("Motivation", Motivation));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        var detail = await client.GetPageAsync($"/vacatures/{vacancy.Id}/knotploeg");
        Assert.Null(detail.QuerySelector($"a[href='/vacatures/{vacancy.Id}/reageren']"));
    }
}
