using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary>
/// One of everything a route can name (organisation, vacancy, application, case, proposal,
/// invitation, list item), and a signed-in browser per role; members are members of the organisation.
/// </summary>
public sealed class RouteAccessFixture : PortalFactory, IAsyncLifetime
{
    private readonly Dictionary<string, PortalClient> _clients = [];

    private readonly Dictionary<string, PortalUser> _users = [];

    public int Organisation { get; private set; }

    public int Vacancy { get; private set; }

    public int Application { get; private set; }

    public int Case { get; private set; }

    public int Proposal { get; private set; }

    public int Invitation { get; private set; }

    public int Category { get; private set; }

    public long Email { get; private set; }

    public int Question { get; private set; }

    public int Course { get; private set; }

    public int Shift { get; private set; }

    public string Certificate { get; private set; } = string.Empty;

    public int ExchangeSource { get; private set; }

    public async Task InitializeAsync()
    {
        var member = await UserInAsync(PortalRoles.OrganisationMember);
        var volunteer = await UserInAsync(PortalRoles.Volunteer);
        var staff = await UserInAsync(PortalRoles.Staff);
        Organisation = (await this.OrganisationAsync(member.Id, name: "Mijn Club")).Id;
        Vacancy = (await this.VacancyAsync(Organisation, "Mijn vacature", change: c => c with { Places = 5 })).Id;
        var volunteerId = await this.VolunteerIdOfAsync(volunteer.Id);

        // The volunteer's own application is for another vacancy, so the vacancy in the routes
        // still shows them the form to apply; someone else applied to it.
        var other = (await this.VacancyAsync(Organisation, "Andere vacature")).Id;
        Application = await this.ApplicationAsync(other, volunteerId, Clock.GetUtcNow());
        var applicant = await this.UserAsync(PortalRoles.Volunteer, name: "Pieter Anders");
        await this.ApplicationAsync(Vacancy, await this.VolunteerIdOfAsync(applicant.Id), Clock.GetUtcNow());
        (Case, Proposal, Invitation, Category) = await WithDbAsync(async (db, _) =>
        {
            var now = Clock.GetUtcNow();
            var mediation = Mediation.Request(volunteerId, "Ik zoek iets in de buurt.", volunteer.Id, now);
            mediation.RecordIntake(new() { ReferralSource = ReferralSource.Self, Wishes = "Buiten werken" }, staff.Id, now);
            var proposal = mediation.Propose(Vacancy, staff.Id, now);
            db.Mediations.Add(mediation);
            var organisation = await db.Organisations.Include(o => o.Invitations).SingleAsync(o => o.Id == Organisation);
            var invitation = organisation.Invite("nieuw@example.nl", "hash-van-de-uitnodiging", member.Id, now);
            var email = Outbox.Add(db, new EmailMessage("nieuw@example.nl", "Uitnodiging", "Welkom."), now);
            await db.SaveChangesAsync();
            Email = email.Id;
            return (mediation.Id, proposal.Id, invitation.Id, await db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync());
        });
        (Question, Course) = await WithDbAsync(async (db, _) =>
        {
            var now = Clock.GetUtcNow();
            var topic = await db.QuestionTopics.OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync();
            var question = Domain.Questions.Question.Ask(Organisation, topic, "Verzekering", "Zijn onze vrijwilligers verzekerd?", member.Id, now);
            db.Questions.Add(question);
            var course = Domain.Courses.Course.Publish(
                new Domain.Courses.CourseDetails
                {
                    Title = "Werven van vrijwilligers",
                    Description = "Een workshop.",
                    Place = "Utrecht",
                    Capacity = 10,
                    SignUpDeadline = now.AddDays(6),
                    Sessions = [(now.AddDays(7), now.AddDays(7).AddHours(2))],
                },
                staff.Id,
                now);
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            return (question.Id, course.Id);
        });
        Shift = await WithDbAsync(async (db, _) =>
        {
            var now = Clock.GetUtcNow();
            var day = Domain.Common.AmsterdamClock.Today(now).AddDays(7);
            var shift = Domain.Shifts.Shift.Plan(Vacancy, new Domain.Shifts.ShiftPlan(day, new TimeOnly(9, 0), new TimeOnly(12, 0), null, 4), needsApproval: false, now);
            db.Shifts.Add(shift);
            await db.SaveChangesAsync();
            return shift.Id;
        });
        Certificate = await WithDbAsync(async (db, _) =>
        {
            var now = Clock.GetUtcNow();
            var today = Domain.Common.AmsterdamClock.Today(now);
            var certificate = Domain.Hours.Certificate.Issue("ABCD-EFGH-JKMN", volunteerId, "Sanne de Vries", today.AddDays(-30), today, 120, now);
            db.Certificates.Add(certificate);
            await db.SaveChangesAsync();
            return certificate.Code;
        });
        ExchangeSource = await WithDbAsync(async (db, _) =>
        {
            var source = Domain.Exchange.ExchangeSource.Create("Vrijwilligerscentrale Houten", "https://houten.example.nl/api/vacatures", Clock.GetUtcNow());
            db.ExchangeSources.Add(source);
            await db.SaveChangesAsync();
            return source.Id;
        });
    }

    /// <summary>A browser signed in as someone in <paramref name="role"/>, the same one each time.</summary>
    public async Task<PortalClient> ClientAsync(string role)
    {
        if (!_clients.TryGetValue(role, out var client))
        {
            var user = await UserInAsync(role);
            client = CreatePortalClient();
            await client.LogInAsync(user.Email!);
            _clients[role] = client;
        }

        return client;
    }

    /// <summary>The route with each placeholder replaced by a record of this fixture; an optional one is left out.</summary>
    public string Fill(string pattern)
    {
        var segments = pattern.Split('/');
        var url = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (!segment.StartsWith('{'))
            {
                url.Add(segment);
                continue;
            }

            if (segment.EndsWith("?}", StringComparison.Ordinal))
            {
                continue;
            }

            var name = segment.Trim('{', '}').TrimStart('*').Split(':')[0];
            var previous = i > 0 ? segments[i - 1] : string.Empty;
            url.Add((previous, name) switch
            {
                ("vacatures", "id") or ("favorieten", "vacancyId") => Number(Vacancy),
                ("organisaties", "id") => Number(Organisation),
                ("reacties", "id") => Number(Application),
                ("bemiddelingen", "id") => Number(Case),
                ("voorstellen", "proposalId") => Number(Proposal),
                ("uitnodigingen", "id") => Number(Invitation),
                ("leden", "userId") => _users[PortalRoles.OrganisationMember].Id.ToString(),
                ("medewerkers", "id") => _users[PortalRoles.Staff].Id.ToString(),
                ("lijsten", "list") => "categorieen",
                ("{list}", "id") => Number(Category),
                ("fout", "code") => "404",
                (_, "path") => "bestaat-niet",
                ("e-mails", "id") => Email.ToString(CultureInfo.InvariantCulture),
                ("vragen", "id") => Number(Question),
                ("cursussen", "id") => Number(Course),
                ("diensten", "shiftId") => Number(Shift),
                ("bewijs", "code") => Certificate,
                ("csv", "table") => "vrijwilligers",
                ("uitwisseling", "id") => Number(ExchangeSource),
                _ => throw new InvalidOperationException($"No record for {{{name}}} after '{previous}' in {pattern}: add one to {nameof(RouteAccessFixture)}.{nameof(Fill)}."),
            });
        }

        return "/" + string.Join('/', url);
    }

    private static string Number(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<PortalUser> UserInAsync(string role)
    {
        if (!_users.TryGetValue(role, out var user))
        {
            user = await this.UserAsync(role);
            _users[role] = user;
        }

        return user;
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// The route table (<see cref="RouteAccessTable"/>) against the endpoints the app really has, and
/// the refusals and antiforgery checks generated from it: a new route fails here until it has a
/// line saying who may use it, and from that line on it is tested like every other.
/// </summary>
public class RouteInventoryTests(RouteAccessFixture factory) : IClassFixture<RouteAccessFixture>
{
    private const string Visitor = "visitor";

    /// <summary>The only organisation routes open to people who are no member (yet).</summary>
    private static readonly string[] OpenOrganisationRoutes = ["organisatie/aanmelden", "organisatie/uitnodiging"];

    public static TheoryData<string, string, string> Refusals()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var route in RouteAccessTable.Routes.Where(r => r.Access.SignInRequired))
        {
            data.Add(route.Method, route.Pattern, Visitor);
            foreach (var role in route.Access.WrongRoles)
            {
                data.Add(route.Method, route.Pattern, role);
            }
        }

        return data;
    }

    public static TheoryData<string, string> PostsNeedingAToken()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in RouteAccessTable.Routes.Where(r => r.Method != "GET" && !RouteAccessTable.WithoutAntiforgery.ContainsKey(r.Key)))
        {
            data.Add(route.Method, route.Pattern);
        }

        return data;
    }

    public static TheoryData<string, string> PagesWithForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var (pattern, who) in RouteAccessTable.PagesWithForms)
        {
            data.Add(pattern, who.Length == 0 ? Visitor : who);
        }

        return data;
    }

    [Fact]
    public void Every_endpoint_of_the_portal_is_in_the_route_table_and_every_line_is_an_endpoint()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["*"])
                .Select(method => $"{method} {e.RoutePattern.RawText!.Trim('/')}"))
            .ToHashSet();
        var listed = RouteAccessTable.Routes.Select(r => r.Key).ToList();

        var missing = endpoints.Except(listed).Order().ToList();
        var gone = listed.Except(endpoints).Order().ToList();

        Assert.True(
            missing.Count == 0,
            "These endpoints are not in RouteAccessTable.Routes (tests/VrijwilligersPortal.Web.Tests/Hosting/RouteAccessTable.cs). "
            + "Add a line for each saying who may use it, e.g. Get(\"beheer/x\", Access.Staff), so its refusals and antiforgery are tested:\n"
            + string.Join("\n", missing));
        Assert.True(gone.Count == 0, "These lines of RouteAccessTable.Routes name no endpoint any more; remove or correct them:\n" + string.Join("\n", gone));
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.All(RouteAccessTable.WithoutAntiforgery.Keys, key => Assert.Contains(key, listed));
        Assert.All(RouteAccessTable.PagesWithForms, page => Assert.Contains($"GET {page.Pattern}", listed));
    }

    [Fact]
    public void Back_office_volunteer_and_organisation_routes_are_never_open()
    {
        foreach (var route in RouteAccessTable.Routes)
        {
            var area = route.Pattern.Split('/')[0];
            if (area == "beheer")
            {
                Assert.True(
                    route.Access.SignInRequired && route.Access.WrongRole == Refusal.Forbidden
                    && !route.Access.Roles.Contains(PortalRoles.Volunteer) && !route.Access.Roles.Contains(PortalRoles.OrganisationMember),
                    $"{route.Key} is in the back office but open to {route.Access.Name}.");
            }
            else if (area == "mijn")
            {
                Assert.True(route.Access == Access.Volunteer, $"{route.Key} is a volunteer's page but open to {route.Access.Name}.");
            }
            else if (area == "organisatie" && !OpenOrganisationRoutes.Any(open => route.Pattern.StartsWith(open, StringComparison.Ordinal)))
            {
                Assert.True(route.Access == Access.Member, $"{route.Key} is in the organisation portal but open to {route.Access.Name}.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Everyone_without_access_is_turned_away(string method, string pattern, string who)
    {
        var route = RouteAccessTable.Find(method, pattern);
        var url = factory.Fill(pattern);

        if (who == Visitor)
        {
            using var visitor = factory.CreatePortalClient();
            var response = method == "GET"
                ? await visitor.GetAsync(url)
                : await visitor.Http.PostAsync(url, new FormUrlEncodedContent([]));

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {url} as a visitor: {(int)response.StatusCode}");
            Assert.StartsWith("https://localhost/account/inloggen?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            return;
        }

        var client = await factory.ClientAsync(who);

        // With this person's own valid token, so only access control can refuse the post.
        var refused = method == "GET" ? await client.GetAsync(url) : await client.PostWithTokenAsync(url);

        if (route.Access.WrongRole == Refusal.NotAMember)
        {
            Assert.True(refused.StatusCode == HttpStatusCode.Redirect, $"{method} {url} as {who}: {(int)refused.StatusCode}");
            Assert.Equal("/organisatie/aanmelden", refused.Headers.Location!.OriginalString);
        }
        else
        {
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{method} {url} as {who}: {(int)refused.StatusCode}");
            Assert.Equal("Geen toegang", (await PortalClient.ReadPageAsync(refused, HttpStatusCode.Forbidden)).QuerySelector("h1")!.TextContent);
        }
    }

    [Theory]
    [MemberData(nameof(PostsNeedingAToken))]
    public async Task A_post_without_an_antiforgery_token_is_refused_before_anything_happens(string method, string pattern)
    {
        var access = RouteAccessTable.Find(method, pattern).Access;
        var url = factory.Fill(pattern);
        using var visitor = factory.CreatePortalClient();

        // Someone who may use the route, so that only the missing token can refuse it.
        var client = access == Access.Public ? visitor
            : access == Access.SignedIn ? await factory.ClientAsync(PortalRoles.Volunteer)
            : await factory.ClientAsync(access.Roles[0]);
        var response = await client.Http.PostAsync(url, new FormUrlEncodedContent([]));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {url} as {access.Name} without a token: {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(PagesWithForms))]
    public async Task A_page_with_forms_shows_them_and_each_carries_an_antiforgery_token(string pattern, string who)
    {
        using var visitor = factory.CreatePortalClient();
        var client = who == Visitor ? visitor : await factory.ClientAsync(who);

        var page = await client.GetPageAsync(factory.Fill(pattern));

        var posts = page.QuerySelectorAll("form").OfType<IHtmlFormElement>().Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(posts.Any(f => f.Closest("main") is not null), $"{pattern} as {who} shows no form that posts.");
        Assert.All(posts, form => Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]")));
    }
}
