using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features;
using VrijwilligersPortal.Web.Tests.Features.AccountSettings;
using VrijwilligersPortal.Web.Tests.Features.Applying;
using VrijwilligersPortal.Web.Tests.Features.Favourites;
using VrijwilligersPortal.Web.Tests.Features.MyData;
using VrijwilligersPortal.Web.Tests.Features.Profile;

namespace VrijwilligersPortal.Web.Tests.Features.MyApplications;

public class MyApplicationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task My_responses_show_status_history_and_the_decline_reason_newest_first()
    {
        using var sanne = await factory.SignedInVolunteerAsync();
        var organisation = Guid.NewGuid();
        var start = factory.Clock.GetUtcNow();
        var oldest = await factory.OpenVacancyAsync("Knotploeg");
        var middle = await factory.OpenVacancyAsync("Maaltijd koken");
        var newest = await factory.OpenVacancyAsync("Taalmaatje");
        await factory.ApplicationAsync(oldest.Id, sanne.VolunteerId, start.AddDays(-10), then: a =>
        {
            a.StartContact(organisation, start.AddDays(-9));
            a.Decline("We zoeken iemand die doordeweeks kan.", organisation, start.AddDays(-8));
        });
        await factory.ApplicationAsync(middle.Id, sanne.VolunteerId, start.AddDays(-5), then: a => a.StartContact(organisation, start.AddDays(-4)));
        await factory.ApplicationAsync(newest.Id, sanne.VolunteerId, start.AddDays(-1));

        var page = await sanne.Client.GetPageAsync("/mijn/reacties");

        var items = page.QuerySelectorAll(".application").ToList();
        Assert.Equal(["Taalmaatje", "Maaltijd koken", "Knotploeg"], items.Select(i => i.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal(["verstuurd", "in contact", "afgewezen"], items.Select(i => i.QuerySelector(".status")!.TextContent));
        Assert.Contains("We zoeken iemand die doordeweeks kan.", items[2].QuerySelector(".application__reason")!.TextContent);
        Assert.Null(items[0].QuerySelector(".application__reason"));
        var history = items[2].QuerySelectorAll(".application__history li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, history.Count);
        Assert.EndsWith("verstuurd", history[0]);
        Assert.EndsWith("afgewezen", history[2]);
        Assert.Contains("oktober 2026", history[0]);
        Assert.NotNull(items[0].QuerySelector("a[href$='/intrekken']"));
        Assert.NotNull(items[1].QuerySelector("a[href$='/intrekken']"));
        Assert.Null(items[2].QuerySelector("a[href$='/intrekken']"));
    }

    [Fact]
    public async Task Withdrawing_asks_once_for_confirmation_then_tells_the_organisation()
    {
        var contact = TestData.UniqueEmail("contact");
        var vacancy = await factory.OpenVacancyAsync(contactEmail: contact);
        using var sanne = await factory.SignedInVolunteerAsync("Sanne de Vries");
        var id = await factory.ApplicationAsync(vacancy.Id, sanne.VolunteerId, factory.Clock.GetUtcNow());

        var confirm = await sanne.Client.GetPageAsync($"/mijn/reacties/{id}/intrekken");
        Assert.Contains("Weet je zeker", confirm.QuerySelector("main")!.TextContent);
        Assert.Equal(ApplicationStatus.Submitted, await StatusOfAsync(id));

        var response = await sanne.Client.SubmitFormAsync(confirm, $"/mijn/reacties/{id}/intrekken", new Dictionary<string, string>());

        Assert.Equal("/mijn/reacties", response.Headers.Location!.OriginalString);
        Assert.Equal(ApplicationStatus.Withdrawn, await StatusOfAsync(id));
        var withdrawn = await factory.WithDbAsync((db, _) => db.Applications.Include(a => a.History).SingleAsync(a => a.Id == id));
        Assert.Equal(sanne.User.Id, withdrawn.History[^1].By);
        Assert.Contains("Sanne de Vries heeft de reactie", factory.Mail.Single(contact, "Reactie ingetrokken").Body);
        var list = await sanne.Client.GetPageAsync("/mijn/reacties");
        Assert.Contains("ingetrokken", list.QuerySelector("main [role=status]")!.TextContent);
        Assert.Equal("ingetrokken", list.QuerySelector(".application .status")!.TextContent);
    }

    [Fact]
    public async Task A_declined_response_cannot_be_withdrawn()
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var sanne = await factory.SignedInVolunteerAsync();
        var id = await factory.ApplicationAsync(vacancy.Id, sanne.VolunteerId, factory.Clock.GetUtcNow(), then: a => a.Decline("Vol.", Guid.NewGuid(), factory.Clock.GetUtcNow()));

        var confirm = await sanne.Client.GetPageAsync($"/mijn/reacties/{id}/intrekken");
        Assert.Null(confirm.QuerySelector("main form"));
        Assert.Contains("kan niet meer worden ingetrokken", confirm.QuerySelector("main")!.TextContent);

        var posted = await sanne.Client.PostWithTokenAsync($"/mijn/reacties/{id}/intrekken");
        var page = await PortalClient.ReadPageAsync(posted);
        Assert.Contains("kun je niet intrekken", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(ApplicationStatus.Declined, await StatusOfAsync(id));
    }

    [Fact]
    public async Task Another_volunteers_response_is_not_found_and_stays_as_it_is()
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var owner = await factory.SignedInVolunteerAsync();
        using var other = await factory.SignedInVolunteerAsync();
        var id = await factory.ApplicationAsync(vacancy.Id, owner.VolunteerId, factory.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/mijn/reacties/{id}/intrekken")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostWithTokenAsync($"/mijn/reacties/{id}/intrekken")).StatusCode);
        var list = await other.Client.GetPageAsync("/mijn/reacties");
        Assert.Empty(list.QuerySelectorAll(".application"));
        Assert.Equal(ApplicationStatus.Submitted, await StatusOfAsync(id));
    }

    private Task<ApplicationStatus> StatusOfAsync(int id) =>
        factory.WithDbAsync((db, _) => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
}
