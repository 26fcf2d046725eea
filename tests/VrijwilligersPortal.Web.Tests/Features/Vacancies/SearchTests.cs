using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Vacancies;

/// <summary>
/// A small, known set of vacancies for the search tests: each differs from the others in the
/// attribute a test filters on. Searches start from postcode 3581 (Utrecht, 52.0905 N 5.1341 E).
/// </summary>
public sealed class SearchFixture : PortalFactory, IAsyncLifetime
{
    public static readonly GeoPoint Utrecht3581 = new(52.0905, 5.1341);

    public Dictionary<string, int> Ids { get; } = [];

    public int RenamedOrganisationId { get; private set; }

    /// <summary>A point <paramref name="km"/> great-circle kilometres due north of 3581.</summary>
    public static GeoPoint North(double km) => new(Utrecht3581.Latitude + (km / (6371.0088 * Math.PI / 180)), Utrecht3581.Longitude);

    public async Task InitializeAsync()
    {
        var member = await this.UserAsync(PortalRoles.OrganisationMember);
        var natuur = await this.OrganisationAsync(member.Id);
        var welzijn = await this.OrganisationAsync(member.Id, name: "Stichting Welzijn Oost");
        var renamed = await this.OrganisationAsync(member.Id, name: "Stichting Oude Naam");
        RenamedOrganisationId = renamed.Id;
        var categories = await WithDbAsync((db, _) => db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Id));
        var tags = await WithDbAsync((db, _) => db.SuitableForTags.ToDictionaryAsync(t => t.Slug));
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var now = Clock.GetUtcNow();

        async Task Add(string title, int organisation, Func<VacancyContent, VacancyContent> change, int daysAgo, string[]? tagSlugs = null, VacancyStatus status = VacancyStatus.Published)
        {
            var vacancy = await this.VacancyAsync(organisation, title, status, change, now.AddDays(-daysAgo));
            if (tagSlugs is not null)
            {
                await WithDbAsync(async (db, _) =>
                {
                    var saved = await db.Vacancies.Include(v => v.Skills).Include(v => v.SuitableFor).SingleAsync(v => v.Id == vacancy.Id);
                    var chosen = await db.SuitableForTags.Where(t => tagSlugs.Contains(t.Slug)).ToListAsync();
                    saved.Edit(saved.Content(), saved.Skills, chosen, now);
                    await db.SaveChangesAsync();
                });
            }

            Ids[title] = vacancy.Id;
        }

        VacancyContent At(VacancyContent c, GeoPoint point, string place) => c with { Location = point, Place = place };

        await Add("Gastheer in het café", natuur.Id, c => c with
        {
            Description = "Koffie schenken en mensen welkom heten.",
            CategoryId = categories["zorg-welzijn"],
            Commitment = Commitment.OneOff,
            Schedule = WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning)),
            HoursPerWeek = 2,
        }, daysAgo: 3, tagSlugs: ["55plus"]);
        await Add("Fietsenmaker gezocht", natuur.Id, c => c with
        {
            Description = "Samen met de buurt fietsen repareren.",
            CategoryId = categories["klussen-techniek"],
            Commitment = Commitment.Ongoing,
            Schedule = WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Evening)),
            HoursPerWeek = 6,
            RequiresVog = true,
            EndDate = today.AddDays(10),
        }, daysAgo: 5, tagSlugs: ["jongeren"]);
        await Add("Trainer op 9,9 km", natuur.Id, c => At(c, North(9.9), "Maarssen") with
        {
            Description = "Geef training aan de jeugd.",
            CategoryId = categories["sport"],
            Commitment = Commitment.ShortTerm,
            Schedule = WeekSchedule.Of((DayOfWeek.Wednesday, DayPart.Afternoon)),
            HoursPerWeek = 3,
            EndDate = today.AddDays(30),
        }, daysAgo: 6);
        await Add("Trainer op 10,1 km", natuur.Id, c => At(c, North(10.1), "Breukelen") with
        {
            Description = "Geef training aan de jeugd.",
            CategoryId = categories["sport"],
            Commitment = Commitment.ShortTerm,
            Schedule = WeekSchedule.Of((DayOfWeek.Wednesday, DayPart.Afternoon)),
            HoursPerWeek = 3,
            EndDate = today.AddDays(20),
        }, daysAgo: 7);
        await Add("Vertalen vanuit huis", natuur.Id, c => c with
        {
            Description = "Folders vertalen naar het Arabisch.",
            CategoryId = categories["nieuwkomers-taal"],
            IsRemote = true,
            Postcode = null,
            Place = null,
            Location = null,
            Schedule = WeekSchedule.Of((DayOfWeek.Monday, DayPart.Evening)),
            HoursPerWeek = 1,
        }, daysAgo: 8);
        await Add("Maatje voor een oudere", welzijn.Id, c => At(c, new GeoPoint(52.0865, 5.2438), "Zeist") with
        {
            Postcode = "3701",
            Description = "Eens per week op bezoek.",
            CategoryId = categories["ouderen"],
            Schedule = WeekSchedule.Of((DayOfWeek.Friday, DayPart.Afternoon)),
            HoursPerWeek = null,
        }, daysAgo: 9);
        await Add("Barvrijwilliger", natuur.Id, c => c with
        {
            Description = "Achter de bar van het café, en soms in de keuken.",
            CategoryId = categories["cultuur"],
            Schedule = WeekSchedule.Of((DayOfWeek.Friday, DayPart.Evening)),
        }, daysAgo: 0);
        await Add("Kluswerk bij de oude naam", renamed.Id, c => c with
        {
            Description = "Timmeren en schilderen.",
            CategoryId = categories["klussen-techniek"],
            Schedule = WeekSchedule.Of((DayOfWeek.Thursday, DayPart.Morning)),
        }, daysAgo: 10);
        await Add("Café-concept", natuur.Id, c => c, daysAgo: 1, status: VacancyStatus.Draft);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class SearchTests(SearchFixture factory) : IClassFixture<SearchFixture>
{
    private static readonly string[] Public =
    [
        "Gastheer in het café", "Fietsenmaker gezocht", "Trainer op 9,9 km", "Trainer op 10,1 km",
        "Vertalen vanuit huis", "Maatje voor een oudere", "Barvrijwilliger", "Kluswerk bij de oude naam",
    ];

    public static async Task<IHtmlDocument> SearchAsync(PortalFactory factory, string query)
    {
        using var client = factory.CreatePortalClient();
        return await client.GetPageAsync("/vacatures" + query);
    }

    public static List<string> Titles(IHtmlDocument page) =>
        page.QuerySelectorAll(".vacancy-card h2").Select(h => h.TextContent.Trim()).ToList();

    public static string Status(IHtmlDocument page) => page.QuerySelector("main [role=status]")!.TextContent;

    public static string Notices(IHtmlDocument page) => page.QuerySelector(".search-notices")?.TextContent ?? string.Empty;

    /// <summary>The facet count next to a checkbox, e.g. 3 for "Sport (3)".</summary>
    public static int Facet(IHtmlDocument page, string name, string value)
    {
        var input = page.QuerySelector($"input[name='{name}'][value='{value}']")!;
        var label = page.QuerySelector($"label[for='{input.Id}'] .facet-count")!;
        return int.Parse(new string(label.TextContent.Where(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Without_a_query_every_public_vacancy_is_listed_newest_first()
    {
        var page = await SearchAsync(factory, string.Empty);

        Assert.Equal(
            ["Barvrijwilliger", "Gastheer in het café", "Fietsenmaker gezocht", "Trainer op 9,9 km", "Trainer op 10,1 km", "Vertalen vanuit huis", "Maatje voor een oudere", "Kluswerk bij de oude naam"],
            Titles(page));
        Assert.Contains("8 vacatures", Status(page));
    }

    [Theory]
    [InlineData("cafe")]
    [InlineData("CAFÉ")]
    [InlineData("Café")]
    public async Task Words_match_case_and_accent_insensitively_and_the_title_ranks_above_the_description(string word)
    {
        var page = await SearchAsync(factory, "?q=" + Uri.EscapeDataString(word));

        // The newer Barvrijwilliger only mentions the café in its description.
        Assert.Equal(["Gastheer in het café", "Barvrijwilliger"], Titles(page));
    }

    [Theory]
    [InlineData("welzijn oost", "Maatje voor een oudere")]
    [InlineData("zeist", "Maatje voor een oudere")]
    [InlineData("arabisch", "Vertalen vanuit huis")]
    [InlineData("fietsenmaker", "Fietsenmaker gezocht")]
    [InlineData("bar keuken", "Barvrijwilliger")]
    [InlineData("knot", "")]
    public async Task Text_is_found_in_title_description_organisation_and_place_and_all_words_must_match(string query, string expected)
    {
        var page = await SearchAsync(factory, "?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expected.Length == 0 ? [] : [expected], Titles(page));
    }

    [Fact]
    public async Task Stop_words_are_left_out_of_the_search()
    {
        // "het" and "de" are Dutch stop words: "het café" searches as "café".
        Assert.Equal(["Gastheer in het café", "Barvrijwilliger"], Titles(await SearchAsync(factory, "?q=" + Uri.EscapeDataString("het café"))));
    }

    [Fact]
    public async Task A_word_finds_the_compounds_it_begins_even_where_its_stem_is_shorter()
    {
        // "natuur" stems to "natur", which does not begin "Natuurgroep", the organisation of these six.
        var page = await SearchAsync(factory, "?q=natuur");

        Assert.Equal(["Barvrijwilliger", "Gastheer in het café", "Fietsenmaker gezocht", "Trainer op 9,9 km", "Trainer op 10,1 km", "Vertalen vanuit huis"], Titles(page));
    }

    [Fact]
    public async Task A_word_also_matches_as_the_start_of_a_longer_word()
    {
        var page = await SearchAsync(factory, "?q=fiets");

        Assert.Equal(["Fietsenmaker gezocht"], Titles(page));
    }

    [Fact]
    public async Task Vacancies_that_are_not_public_are_never_found()
    {
        var page = await SearchAsync(factory, "?q=concept");

        Assert.Empty(Titles(page));
    }

    [Fact]
    public async Task An_organisation_rename_is_searchable_at_once_and_the_old_name_no_longer_matches()
    {
        await factory.WithDbAsync(async (db, _) =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == factory.RenamedOrganisationId);
            organisation.UpdateProfile(new OrganisationProfile
            {
                Name = "Buurthuis De Linde",
                Kind = organisation.Kind,
                Postcode = organisation.Postcode,
                Place = organisation.Place,
                Description = organisation.Description,
                ContactName = organisation.ContactName,
                ContactEmail = organisation.ContactEmail,
            });
            await db.SaveChangesAsync();
        });

        Assert.Equal(["Kluswerk bij de oude naam"], Titles(await SearchAsync(factory, "?q=linde")));
        Assert.Empty(Titles(await SearchAsync(factory, "?q=stichting+oude+naam")));
    }

    [Theory]
    [InlineData(10, new[] { "Trainer op 9,9 km" })]
    [InlineData(11, new[] { "Trainer op 9,9 km", "Trainer op 10,1 km" })]
    [InlineData(9, new string[0])]
    public async Task Distance_is_great_circle_from_the_postcode_inclusive_at_the_boundary(int km, string[] expected)
    {
        var page = await SearchAsync(factory, $"?categorie=sport&postcode=3581&afstand={km}");

        Assert.Equal(expected, Titles(page));
    }

    [Fact]
    public async Task A_distance_search_keeps_work_from_home_sorts_nearest_first_and_shows_the_distance()
    {
        var page = await SearchAsync(factory, "?postcode=3581+AB&afstand=15&sorteer=afstand");

        var titles = Titles(page);
        Assert.Equal(["Barvrijwilliger", "Gastheer in het café", "Fietsenmaker gezocht", "Kluswerk bij de oude naam", "Maatje voor een oudere", "Trainer op 9,9 km", "Trainer op 10,1 km", "Vertalen vanuit huis"], titles);
        var distances = page.QuerySelectorAll(".vacancy-card__distance").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal("· 7,5 km", distances[4]);
        Assert.Equal("· 9,9 km", distances[5]);
        Assert.Contains("binnen 15 km van 3581 Utrecht", Status(page));
    }

    [Fact]
    public async Task A_place_name_works_as_the_starting_point()
    {
        var page = await SearchAsync(factory, "?postcode=zeist&afstand=5");

        Assert.Equal(["Maatje voor een oudere", "Vertalen vanuit huis"], Titles(page));
    }

    [Theory]
    [InlineData("?categorie=sport&categorie=ouderen", new[] { "Trainer op 9,9 km", "Trainer op 10,1 km", "Maatje voor een oudere" })]
    [InlineData("?duur=eenmalig", new[] { "Gastheer in het café" })]
    [InlineData("?duur=eenmalig&duur=kortlopend", new[] { "Gastheer in het café", "Trainer op 9,9 km", "Trainer op 10,1 km" })]
    [InlineData("?dagdeel=di", new[] { "Fietsenmaker gezocht" })]
    [InlineData("?dagdeel=avond", new[] { "Barvrijwilliger", "Fietsenmaker gezocht", "Vertalen vanuit huis" })]
    [InlineData("?dagdeel=vr&dagdeel=avond", new[] { "Barvrijwilliger" })]
    [InlineData("?dagdeel=za&dagdeel=wo&dagdeel=ochtend", new[] { "Gastheer in het café" })]
    [InlineData("?uren=2", new[] { "Gastheer in het café", "Vertalen vanuit huis", "Maatje voor een oudere" })]
    [InlineData("?geschikt=55plus", new[] { "Gastheer in het café" })]
    [InlineData("?geschikt=55plus&geschikt=jongeren", new[] { "Gastheer in het café", "Fietsenmaker gezocht" })]
    [InlineData("?thuis=1", new[] { "Vertalen vanuit huis" })]
    [InlineData("?zonderVog=1&categorie=klussen-techniek", new[] { "Kluswerk bij de oude naam" })]
    [InlineData("?q=cafe&duur=eenmalig&geschikt=55plus&postcode=3581&afstand=5&dagdeel=za&uren=4&zonderVog=1", new[] { "Gastheer in het café" })]
    [InlineData("?q=training&postcode=3581&afstand=25&dagdeel=middag&duur=kortlopend&sorteer=sluitdatum", new[] { "Trainer op 10,1 km", "Trainer op 9,9 km" })]
    public async Task Each_filter_narrows_the_results_options_within_a_filter_add_up_and_filters_combine(string query, string[] expected)
    {
        var page = await SearchAsync(factory, query);

        Assert.Equal(expected, Titles(page));
        Assert.Contains($"{expected.Length} vacature", Status(page));
    }

    [Fact]
    public async Task Facet_counts_tell_what_each_option_would_give_alongside_the_other_filters()
    {
        var page = await SearchAsync(factory, "?categorie=sport");

        // Within the category filter: what choosing another category would add.
        Assert.Equal(2, Facet(page, "categorie", "sport"));
        Assert.Equal(2, Facet(page, "categorie", "klussen-techniek"));
        Assert.Equal(1, Facet(page, "categorie", "ouderen"));

        // Other filters count within the sport results.
        Assert.Equal(2, Facet(page, "duur", "kortlopend"));
        Assert.Equal(0, Facet(page, "duur", "eenmalig"));
        Assert.Equal(2, Facet(page, "dagdeel", "wo"));
        Assert.Equal(2, Facet(page, "dagdeel", "middag"));
        Assert.Equal(0, int.Parse(page.QuerySelector("label[for=thuis] .facet-count")!.TextContent.Trim('(', ')', ' ').Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(page.QuerySelector("input[name=categorie][value=sport]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Sorting_by_closing_date_puts_the_soonest_first_and_open_ended_last()
    {
        var page = await SearchAsync(factory, "?sorteer=sluitdatum");

        Assert.Equal(["Fietsenmaker gezocht", "Trainer op 10,1 km", "Trainer op 9,9 km", "Barvrijwilliger"], Titles(page).Take(4));
    }

    [Fact]
    public async Task Sorting_by_distance_without_a_postcode_explains_and_shows_the_newest_first()
    {
        var page = await SearchAsync(factory, "?sorteer=afstand");

        Assert.Equal("Barvrijwilliger", Titles(page)[0]);
        Assert.Contains("Sorteren op afstand kan alleen vanaf een postcode of plaats", Notices(page));
    }

    [Fact]
    public async Task No_results_offers_to_drop_the_filter_that_removed_the_most()
    {
        var page = await SearchAsync(factory, "?q=fietsenmaker&categorie=sport&duur=kortlopend");

        Assert.Empty(Titles(page));
        var noResults = page.QuerySelector(".no-results")!;
        Assert.Contains("Geen vacatures gevonden", noResults.TextContent);
        Assert.Contains("Zonder de filter ‘zoekwoorden’ vind je 2 vacatures.", noResults.TextContent);
        Assert.Equal("/vacatures?categorie=sport&duur=kortlopend", noResults.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("9999", "We kennen de postcode of plaats “9999” niet")]
    [InlineData("Atlantis", "We kennen de postcode of plaats “Atlantis” niet")]
    [InlineData("12", "“12” is geen postcode")]
    [InlineData("0123 AB", "“0123 AB” is geen postcode")]
    public async Task An_unknown_or_malformed_postcode_is_explained_and_the_search_runs_without_distance(string postcode, string message)
    {
        var page = await SearchAsync(factory, "?afstand=5&postcode=" + Uri.EscapeDataString(postcode));

        Assert.Contains(message, Notices(page));
        Assert.Equal(Public.Length, Titles(page).Count);
        Assert.Equal(postcode, page.QuerySelector("#postcode")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("?afstand=-5&postcode=3581", "minstens 1")]
    [InlineData("?afstand=abc&postcode=3581", "minstens 1")]
    [InlineData("?afstand=100000&postcode=3581", "hoogstens 200 km")]
    [InlineData("?categorie=999&categorie=bestaat-niet", "kennen we niet")]
    [InlineData("?geschikt=%3Cb%3E&duur=altijd&dagdeel=nacht", "kennen we niet")]
    [InlineData("?uren=-3", "uren per week")]
    [InlineData("?uren=veel", "uren per week")]
    [InlineData("?q=%22%27*%5E%3A()", "geen letters of cijfers")]
    public async Task Bad_values_in_the_url_get_a_dutch_notice_and_still_a_page_of_results(string query, string notice)
    {
        var page = await SearchAsync(factory, query);

        Assert.Contains(notice, Notices(page));
        Assert.NotEmpty(Titles(page));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("'")]
    [InlineData("cafe\" OR \"x")]
    [InlineData("NEAR(cafe bar, 2)")]
    [InlineData("cafe AND NOT bar")]
    [InlineData("title:cafe")]
    [InlineData("caf* ^cafe -bar +x")]
    [InlineData("cafe & !bar | (x <-> y):*")]
    [InlineData("'; DROP TABLE \"Vacancies\"; --")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("\u0000\u200b\ud83d\ude00 ﻿")]
    public async Task Query_syntax_and_fragments_are_plain_words_never_an_error(string query)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/vacatures?q=" + Uri.EscapeDataString(query) + "&postcode=" + Uri.EscapeDataString(query));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Equal(Public.Length, Titles(await SearchAsync(factory, string.Empty)).Count);
    }

    [Fact]
    public async Task A_five_thousand_character_query_is_cut_short_with_a_notice()
    {
        var query = string.Concat(Enumerable.Repeat("café <b>bar</b> ", 400))[..5000];

        var page = await SearchAsync(factory, "?q=" + Uri.EscapeDataString(query));

        Assert.Contains("Je zoekopdracht was erg lang", Notices(page));
        Assert.Equal(["Barvrijwilliger"], Titles(page));
    }

    [Fact]
    public async Task The_query_is_shown_back_encoded_in_the_form()
    {
        using var client = factory.CreatePortalClient();

        var html = await (await client.GetAsync("/vacatures?q=%22%3E%3Cimg%20src%3Dx%3E&postcode=%3Csvg%3E")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<img src=x>", html);
        Assert.DoesNotContain("<svg>", html);
        Assert.Contains("&quot;&gt;&lt;img src=x&gt;", html);
    }

    [Fact]
    public async Task Result_cards_show_organisation_place_distance_duration_dayparts_and_tags()
    {
        var page = await SearchAsync(factory, "?q=gastheer&postcode=3581");

        var card = page.QuerySelector(".vacancy-card")!;
        var text = card.TextContent;
        Assert.Contains("Natuurgroep Kromme Rijn", text);
        Assert.Contains("Utrecht", text);
        Assert.Contains("0,0 km", text);
        Assert.Contains("eenmalig", text);
        Assert.Contains("zaterdagochtend", text);
        Assert.Contains("55-plussers", text);
    }

    [Fact]
    public async Task Dutch_stemming_finds_other_forms_of_a_word_on_every_provider()
    {
        var page = await SearchAsync(factory, "?q=fietsenmakers");

        Assert.Equal(["Fietsenmaker gezocht"], Titles(page));
        Assert.Equal(["Fietsenmaker gezocht"], Titles(await SearchAsync(factory, "?q=repareer")));
    }
}
