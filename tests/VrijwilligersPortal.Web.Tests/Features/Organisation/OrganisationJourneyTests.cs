using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Applications;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Invitations;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Members;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Registration;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Vacancies;

namespace VrijwilligersPortal.Web.Tests.Features.Organisation;

public class OrganisationJourneyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_new_organisation_registers_waits_for_approval_posts_a_vacancy_and_places_a_volunteer()
    {
        using var client = factory.CreatePortalClient();
        var email = TestData.UniqueEmail("aanmelder");

        // 1. A visitor registers the organisation together with an account.
        var registered = await client.SubmitFormAsync("/organisatie/aanmelden", new Dictionary<string, string>
        {
            ["YourName"] = "Ingrid Jansen",
            ["Email"] = email,
            ["Password"] = "onze buurt is groen",
            ["Name"] = "Stichting Groen Oost",
            ["Kind"] = "Foundation",
            ["CompanyNumber"] = "4123 4567",
            ["Postcode"] = "3584 ab",
            ["Place"] = "Utrecht",
            ["Website"] = "www.groen-oost.example",
            ["Description"] = "Buurtbewoners die samen het groen in Oost onderhouden.",
            ["ContactName"] = "Ingrid Jansen",
            ["ContactEmail"] = "info@groen-oost.example",
        });
        AssertRedirect(registered, "/organisatie/aanmelden/bijna-klaar");
        var organisation = await factory.WithDbAsync((db, _) => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == "Stichting Groen Oost"));
        Assert.Equal(OrganisationStatus.Pending, organisation.Status);
        Assert.Equal("41234567", organisation.CompanyNumber);
        Assert.Equal("https://www.groen-oost.example", organisation.Website);

        // 2. Confirm the address, log in: the dashboard says the organisation waits for approval.
        var confirm = Mailbox.LinkIn(factory.Mail.Single(email, "Bevestig je e-mailadres"), "/account/bevestigen");
        Assert.Contains("terug=%2Forganisatie", confirm);
        await client.GetPageAsync(confirm);
        var login = await client.SubmitFormAsync("/account/inloggen?ReturnUrl=%2Forganisatie", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "onze buurt is groen" });
        AssertRedirect(login, "/organisatie");
        var dashboard = await client.GetPageAsync("/organisatie");
        Assert.Contains("Stichting Groen Oost", dashboard.QuerySelector(".org-bar")!.TextContent);
        Assert.Contains("wacht op goedkeuring", dashboard.QuerySelector("main")!.TextContent);
        Assert.NotNull(dashboard.QuerySelector("header a[href='/organisatie']"));

        // 3. A pending organisation prepares a draft, but cannot submit it yet.
        var category = await factory.IdOfAsync("categorie", "natuur-milieu");
        var form = await client.GetPageAsync("/organisatie/vacatures/nieuw");
        Assert.Null(form.QuerySelector("button[value=indienen]"));
        form.Tick("input[name=Slots][value='15']", "input[name=Slots][value='16']");
        var fields = VacancyFields("Natuurwerkdag in het Wilhelminapark", action: "indienen");
        fields["CategoryId"] = category.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refused = await client.SubmitFormAsync(form, "/organisatie/vacatures/nieuw", fields);
        var refusedPage = await PortalClient.ReadPageAsync(refused);
        Assert.Contains("pas indienen als de centrale de organisatie heeft goedgekeurd", refusedPage.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Natuurwerkdag in het Wilhelminapark", refusedPage.FieldValue("#Title"));
        Assert.False(await factory.WithDbAsync((db, _) => db.Vacancies.AnyAsync(v => v.OrganisationId == organisation.Id)));

        fields["actie"] = "bewaren";
        var saved = await client.SubmitFormAsync(refusedPage, "/organisatie/vacatures/nieuw", fields);
        AssertRedirect(saved, "/organisatie/vacatures");
        var vacancy = await factory.WithDbAsync((db, _) => db.Vacancies.AsNoTracking().SingleAsync(v => v.OrganisationId == organisation.Id));
        Assert.Equal(VacancyStatus.Draft, vacancy.Status);
        Assert.True(vacancy.Schedule.Has(DayOfWeek.Saturday, Domain.Common.DayPart.Morning));
        Assert.True(vacancy.Schedule.Has(DayOfWeek.Saturday, Domain.Common.DayPart.Afternoon));
        Assert.Equal(2, vacancy.Schedule.SlotCountSet);

        // 4. The centre approves the organisation (staff side comes with the back office).
        var staff = await factory.UserAsync(PortalRoles.Staff);
        await factory.WithDbAsync(async (db, _) =>
        {
            var pending = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            pending.Approve(staff.Id, factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        // 5. Submit from the list; the centre reviews vacancies by default, so staff publish it.
        var list = await client.GetPageAsync("/organisatie/vacatures");
        var submitted = await client.SubmitFormAsync(list, "/organisatie/vacatures", new Dictionary<string, string>(), $"form[action='/organisatie/vacatures/{vacancy.Id}/indienen']");
        AssertRedirect(submitted, "/organisatie/vacatures");
        Assert.Equal(VacancyStatus.Submitted, (await factory.VacancyByIdAsync(vacancy.Id)).Status);
        Assert.DoesNotContain("Natuurwerkdag", (await client.GetPageAsync("/vacatures")).QuerySelector("main")!.TextContent);
        await factory.WithDbAsync(async (db, _) =>
        {
            var toReview = await db.Vacancies.SingleAsync(v => v.Id == vacancy.Id);
            toReview.Publish(staff.Id, factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        // 6. It is public: in the list, and its detail page counts the view and shows the list safely.
        using var visitor = factory.CreatePortalClient();
        var search = await visitor.GetPageAsync("/vacatures");
        Assert.Contains("Natuurwerkdag in het Wilhelminapark", search.QuerySelectorAll(".vacancy-card h2").Select(h => h.TextContent));
        var detail = await visitor.GetPageAsync($"/vacatures/{vacancy.Id}/natuurwerkdag-in-het-wilhelminapark");
        Assert.Equal(["Wilgen knotten", "Snoeihout opruimen"], detail.QuerySelectorAll(".description li").Select(li => li.TextContent));
        Assert.Equal(1, (await factory.VacancyByIdAsync(vacancy.Id)).ViewCount);

        // 7. A volunteer responds; the organisation sees the message and what the volunteer shares.
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer, name: "Ayla Demir");
        var applicationId = await factory.ApplyAsync(vacancy.Id, volunteer);
        var answers = await client.GetPageAsync($"/organisatie/vacatures/{vacancy.Id}/reacties");
        var card = answers.QuerySelector(".application")!;
        Assert.Contains("Ayla Demir", card.TextContent);
        Assert.Contains(Motivation, card.TextContent);
        Assert.Contains(volunteer.Email!, card.QuerySelector("a[href^='mailto:']")!.TextContent);

        // 8. In contact, then placed: the volunteer is e-mailed each time.
        var contact = await client.SubmitFormAsync(answers, $"/organisatie/vacatures/{vacancy.Id}/reacties", new Dictionary<string, string>
        {
            ["Selected"] = applicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Action"] = "InContact",
        });
        AssertRedirect(contact, $"/organisatie/vacatures/{vacancy.Id}/reacties");
        var placedPage = await client.GetPageAsync($"/organisatie/vacatures/{vacancy.Id}/reacties");
        var placed = await client.SubmitFormAsync(placedPage, $"/organisatie/vacatures/{vacancy.Id}/reacties", new Dictionary<string, string>
        {
            ["Selected"] = applicationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Action"] = "Placed",
        });
        AssertRedirect(placed, $"/organisatie/vacatures/{vacancy.Id}/reacties");

        Assert.Equal(ApplicationStatus.Placed, (await factory.ApplicationAsync(applicationId)).Status);
        var mails = factory.Mail.To(volunteer.Email!);
        Assert.Equal(2, mails.Count);
        Assert.Contains("in contact", mails[0].Subject);
        Assert.Contains("neemt contact met je op", mails[0].Body);
        Assert.Contains("geplaatst", mails[1].Subject);
        Assert.Contains("Natuurwerkdag in het Wilhelminapark", mails[1].Subject);

        // 9. The dashboard adds it up: one view, one application, one of two places taken.
        var row = (await client.GetPageAsync("/organisatie")).QuerySelector("tbody tr")!;
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["gepubliceerd", "1", "1", "0", "1"], cells);
    }
}

/// <summary>A centre that does not review vacancies before they go public.</summary>
public sealed class NoReviewPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Centre:ReviewVacancies", "false");
    }
}

public class PublishingWithoutReviewTests(NoReviewPortalFactory factory) : IClassFixture<NoReviewPortalFactory>
{
    [Fact]
    public async Task When_the_centre_does_not_review_submitting_publishes_the_vacancy_at_once()
    {
        var (client, _, organisation) = await factory.SignedInMemberAsync();
        using var signedIn = client;
        var page = await client.GetPageAsync("/organisatie/vacatures/nieuw");
        Assert.Equal("Bewaren en publiceren", page.QuerySelector("button[value=indienen]")!.TextContent.Trim());
        var fields = VacancyFields("Voorlezen in de bibliotheek", action: "indienen");
        fields["CategoryId"] = (await factory.IdOfAsync("categorie", "cultuur")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.SubmitFormAsync(page, "/organisatie/vacatures/nieuw", fields);

        AssertRedirect(response, "/organisatie/vacatures");
        var vacancy = await factory.WithDbAsync((db, _) => db.Vacancies.AsNoTracking().SingleAsync(v => v.OrganisationId == organisation.Id));
        Assert.Equal(VacancyStatus.Published, vacancy.Status);
        Assert.Contains("Voorlezen in de bibliotheek", (await client.GetPageAsync("/vacatures")).QuerySelectorAll(".vacancy-card h2").Select(h => h.TextContent));
    }
}
