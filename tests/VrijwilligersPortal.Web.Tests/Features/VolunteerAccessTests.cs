using System.Net;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.AccountSettings;
using VrijwilligersPortal.Web.Tests.Features.Applying;
using VrijwilligersPortal.Web.Tests.Features.Favourites;
using VrijwilligersPortal.Web.Tests.Features.MyApplications;
using VrijwilligersPortal.Web.Tests.Features.MyData;
using VrijwilligersPortal.Web.Tests.Features.Profile;

namespace VrijwilligersPortal.Web.Tests.Features;

/// <summary>The "mijn" pages belong to volunteers; everyone else is refused or asked to log in.</summary>
public class VolunteerAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string> PagesForEveryRole()
    {
        string[] pages = ["/mijn/profiel", "/mijn/reacties", "/mijn/favorieten", "/mijn/gegevens", "/mijn/gegevens/download", "/mijn/gegevens/verwijderen", "/mijn/hulpvraag/intrekken", "/mijn/reacties/1/intrekken"];
        var data = new TheoryData<string, string>();
        foreach (var role in new[] { PortalRoles.OrganisationMember, PortalRoles.Staff, PortalRoles.Admin })
        {
            foreach (var page in pages)
            {
                data.Add(role, page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesForEveryRole))]
    public async Task Someone_who_is_not_a_volunteer_gets_403_on_every_volunteer_page(string role, string page)
    {
        var user = await factory.UserAsync(role);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Geen toegang", (await PortalClient.ReadPageAsync(response, HttpStatusCode.Forbidden)).QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/mijn/profiel")]
    [InlineData("/mijn/hulpvraag/intrekken")]
    [InlineData("/mijn/reacties/1/intrekken")]
    [InlineData("/mijn/favorieten/1")]
    [InlineData("/mijn/favorieten/1/verwijderen")]
    [InlineData("/mijn/gegevens/verwijderen")]
    public async Task Someone_who_is_not_a_volunteer_gets_403_when_posting_to_a_volunteer_page(string page)
    {
        var user = await factory.UserAsync(PortalRoles.OrganisationMember);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);

        var response = await client.PostWithTokenAsync(page, ("Name", "Overgenomen"), ("Password", TestData.Password));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/mijn/profiel")]
    [InlineData("/mijn/reacties")]
    [InlineData("/mijn/favorieten")]
    [InlineData("/mijn/gegevens")]
    [InlineData("/mijn/gegevens/download")]
    [InlineData("/account/e-mailadres")]
    [InlineData("/account/wachtwoord-wijzigen")]
    public async Task A_visitor_is_sent_to_the_login_page_and_back(string page)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"https://localhost/account/inloggen?ReturnUrl={Uri.EscapeDataString(page)}", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_signed_in_volunteer_finds_their_pages_in_the_menu()
    {
        using var sanne = await factory.SignedInVolunteerAsync();
        using var visitor = factory.CreatePortalClient();

        var mine = await sanne.Client.GetPageAsync("/");
        var theirs = await visitor.GetPageAsync("/");

        var links = mine.QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/mijn/reacties", links);
        Assert.Contains("/mijn/favorieten", links);
        Assert.Contains("/mijn/profiel", links);
        Assert.Null(theirs.QuerySelector("header nav a[href^='/mijn']"));
    }
}
