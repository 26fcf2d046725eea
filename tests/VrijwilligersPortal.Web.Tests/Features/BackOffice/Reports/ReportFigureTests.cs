using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using MiniExcelLibs;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Reports;

/// <summary>
/// Every figure of the March 2026 report on the known scenario, beside February 2026 and March
/// 2025, worked out by hand, and the same numbers on the page, in each table's CSV and in the
/// workbook.
/// </summary>
public class ReportFigureTests(ReportScenario scenario) : IClassFixture<ReportScenario>
{
    private const string March = "/beheer/rapportages?periode=maand&jaar=2026&maand=3";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>(table, row) → March 2026, February 2026, March 2025.</summary>
    public static readonly (string Table, string Row, string Current, string Previous, string YearEarlier)[] Expected =
    [
        // Registered in March: Bram, Cor (23:30 on the 31st), Eva, Gijs; in February Anna and Fenna.
        ("vrijwilligers", "Nieuw ingeschreven", "4", "2", "0"),

        // Anna, Bram, Cor, Dewi (erased since), Fenna and Gijs (a mediation); Eva applied on 1 April at 00:30.
        ("vrijwilligers", "Actief", "6", "2", "0"),
        ("vrijwilligers", "Geplaatst", "3", "0", "0"),
        ("reacties", "Verstuurd", "6", "1", "0"),
        ("reacties", "Binnen 7 dagen beantwoord", "3", "0", "0"),
        ("reacties", "Binnen 14 dagen beantwoord", "4", "0", "0"),

        // First answers after 0, 2, 3 and 11 days.
        ("reacties", "Mediaan dagen tot eerste antwoord", "2,5", "–", "–"),
        ("reacties", "Geplaatst", "3", "0", "0"),
        ("reacties", "Afgewezen", "1", "0", "0"),
        ("reacties", "Ingetrokken", "1", "1", "0"),
        ("reacties", "Nooit beantwoord", "2", "1", "0"),
        ("bemiddelingen", "Gestart", "1", "1", "0"),
        ("bemiddelingen", "Geplaatst", "1", "0", "0"),
        ("bemiddelingen", "Afgesloten zonder plaatsing", "1", "0", "0"),

        // Intake on 27 February, placement on 6 March.
        ("bemiddelingen", "Mediaan dagen van intake tot plaatsing", "7,0", "–", "–"),
        ("bemiddelingen-verwijzer", "nog geen intake", "< 5", "0", "0"),
        ("bemiddelingen-verwijzer", "wijkteam", "0", "< 5", "0"),
        ("bemiddelingen-verwijzer", "zelf", "0", "0", "0"),
        ("organisaties", "Nieuw aangemeld", "1", "0", "1"),

        // Natuurgroep Zeist approved at 23:30 on 31 March.
        ("organisaties", "Goedgekeurd", "1", "0", "1"),
        ("organisaties", "Actief", "2", "1", "0"),
        ("organisaties", "Bediend", "1", "0", "0"),
        ("vacatures", "Gepubliceerd", "2", "2", "0"),
        ("vacatures", "Vervuld", "1", "0", "0"),
        ("vacatures", "Verlopen zonder plaatsing", "1", "0", "0"),
        ("bereikt-groep", "Anderstaligen", "< 5", "0", "0"),
        ("bereikt-leeftijd", "27 tot 55", "< 5", "0", "0"),
        ("bereikt-leeftijd", "67 en ouder", "< 5", "0", "0"),

        // The erased volunteer's placement still counts; their birth year is gone.
        ("bereikt-leeftijd", "Onbekend", "< 5", "0", "0"),
        ("bereikt-leeftijd", "18 tot 27", "0", "0", "0"),
        ("bereikt-intake", "Anderstaligen", "0", "< 5", "0"),
        ("nazorg", "Antwoorden", "3", "0", "0"),
        ("nazorg", "Waarvan van vrijwilligers", "2", "0", "0"),
        ("nazorg", "Gemiddeld cijfer (1–5)", "4,0", "–", "–"),

        // Placed in December 2025, four of five still active at the follow-up.
        ("nazorg", "Nog actief na 3 maanden", "80 %", "–", "–"),
        ("nazorg", "Nog actief na 6 maanden", "–", "–", "–"),
        ("nazorg", "Nog actief na 12 maanden", "–", "–", "–"),
        ("nazorg-cijfer", "5", "< 5", "0", "0"),
        ("nazorg-cijfer", "3", "< 5", "0", "0"),
        ("nazorg-cijfer", "1", "0", "0", "0"),
        ("impact", "Nazorggesprekken", "1", "0", "0"),
        ("impact", "Gemiddeld cijfer (1–5)", "4,0", "–", "–"),
        ("impact-cijfer", "4", "< 5", "0", "0"),
        ("impact-cijfer", "5", "0", "0", "0"),
    ];

    [Fact]
    public async Task The_page_shows_every_figure_of_the_known_scenario()
    {
        var (client, _) = await scenario.SignedInStaffAsync();
        var page = await client.GetPageAsync(March);

        foreach (var (table, row, current, previous, yearEarlier) in Expected)
        {
            var found = PageRow(page, table, row);
            Assert.True(found.SequenceEqual([current, previous, yearEarlier]), $"{table} / {row}: expected {current} | {previous} | {yearEarlier}, found {string.Join(" | ", found)}");
        }

        Assert.Contains("maart 2026", page.QuerySelector("table[data-table='reacties'] thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("februari 2026", page.QuerySelector("table[data-table='reacties'] thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("maart 2025", page.QuerySelector("table[data-table='reacties'] thead")!.TextContent, StringComparison.Ordinal);
        // Consented stories only, as text; the erased volunteer's story went with their data.
        Assert.Equal([ReportScenario.Story, ReportScenario.FollowUpStory], page.QuerySelectorAll(".report-story").Select(s => s.TextContent.Trim()));
        Assert.DoesNotContain("Dewi", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("section[aria-labelledby='tabel-bereikt-leeftijd'] svg"));
    }

    [Fact]
    public async Task Each_tables_csv_and_the_workbook_hold_the_same_numbers_as_the_page()
    {
        var (client, _) = await scenario.SignedInStaffAsync();
        var page = await client.GetPageAsync(March);
        var workbookLink = page.QuerySelector("a[href*='/beheer/rapportages/excel']")!.GetAttribute("href")!;
        var workbook = await client.Http.GetAsync(workbookLink.Replace("&amp;", "&", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType!.MediaType);
        var workbookBytes = await workbook.Content.ReadAsByteArrayAsync();

        foreach (var table in Expected.Select(e => e.Table).Distinct())
        {
            var csvLink = page.QuerySelector($"a[href*='/beheer/rapportages/csv/{table}?']")!.GetAttribute("href")!;
            var csv = await client.Http.GetAsync(csvLink);
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
            var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("Cijfer;maart 2026;", lines[0], StringComparison.Ordinal);

            using var stream = new MemoryStream(workbookBytes);
            var sheet = stream.Query(useHeaderRow: false, sheetName: table).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(lines.Length, sheet.Count);

            foreach (var expected in Expected.Where(e => e.Table == table))
            {
                string[] onPage = PageRow(page, table, expected.Row);
                var inCsv = lines.Select(l => l.Split(';', 5)).Single(f => f[0] == expected.Row)[1..4];
                var inWorkbook = sheet.Single(r => (r["A"] as string) == expected.Row);
                string[] fromWorkbook = [Cell(inWorkbook["B"]), Cell(inWorkbook["C"]), Cell(inWorkbook["D"])];

                Assert.Equal([expected.Current, expected.Previous, expected.YearEarlier], onPage);
                Assert.Equal(Normalise(onPage), Normalise(inCsv));
                Assert.Equal(Normalise(onPage), fromWorkbook);
            }
        }
    }

    [Fact]
    public async Task A_municipality_sees_only_what_happened_in_it()
    {
        var (client, _) = await scenario.SignedInStaffAsync();

        var zeist = await client.GetPageAsync(March + "&gemeente=Zeist");
        var utrecht = await client.GetPageAsync(March + "&gemeente=Utrecht");
        var place = await client.GetPageAsync(March + "&plaats=Zeist");

        // Zeist: Bram's declined and Cor's unanswered application to the vacancy in Zeist; Cor registered there.
        Assert.Equal(["2", "0", "0"], PageRow(zeist, "reacties", "Verstuurd"));
        Assert.Equal(["1", "0", "0"], PageRow(zeist, "vrijwilligers", "Nieuw ingeschreven"));
        Assert.Equal(["1", "0", "0"], PageRow(zeist, "organisaties", "Nieuw aangemeld"));
        Assert.Equal(["0", "0", "0"], PageRow(zeist, "reacties", "Geplaatst"));
        Assert.Equal(["4", "1", "0"], PageRow(utrecht, "reacties", "Verstuurd"));
        Assert.Equal(["3", "0", "0"], PageRow(utrecht, "reacties", "Geplaatst"));
        Assert.Equal(PageRow(zeist, "reacties", "Verstuurd"), PageRow(place, "reacties", "Verstuurd"));

        // Active in Zeist: Bram and Cor applied there. In Utrecht: Anna, Bram, Dewi (erased since)
        // by their applications, Fenna and Gijs by their cases (living in Utrecht); in February
        // Dewi's application and Fenna's case.
        Assert.Equal(["2", "0", "0"], PageRow(zeist, "vrijwilligers", "Actief"));
        Assert.Equal(["5", "2", "0"], PageRow(utrecht, "vrijwilligers", "Actief"));

        // Every answered follow-up of March is about a placement on the vacancy in Utrecht.
        Assert.Equal(["3", "0", "0"], PageRow(utrecht, "nazorg", "Antwoorden"));
        Assert.Equal(["0", "0", "0"], PageRow(zeist, "nazorg", "Antwoorden"));
        Assert.Contains("Gemeente Zeist", zeist.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_keeps_its_volunteer_active_until_it_closes()
    {
        var (client, _) = await scenario.SignedInStaffAsync();

        var april = await client.GetPageAsync("/beheer/rapportages?periode=maand&jaar=2026&maand=4");

        // April: Eva applied at 00:30 on the 1st, Fenna's case is placed and still open; Gijs's
        // case closed on 25 March, so he is active in March (6) and not in April.
        Assert.Equal(["2", "6", "0"], PageRow(april, "vrijwilligers", "Actief"));
    }

    [Theory]
    [InlineData("?periode=vrij&van=2026-03-31&tot=2026-03-01", "tot", "De einddatum ligt vóór de begindatum.")]
    [InlineData("?periode=jaar&jaar=0", "jaar", "Geef een jaar van 2000 tot en met 2027.")]
    [InlineData("?periode=jaar&jaar=99999", "jaar", "Geef een jaar van 2000 tot en met 2027.")]
    [InlineData("?periode=maand&jaar=2026&maand=13", "maand", "Kies een maand.")]
    [InlineData("?periode=kwartaal&jaar=2026&kwartaal=x", "kwartaal", "Kies een kwartaal van 1 tot en met 4.")]
    [InlineData("?periode=vrij&van=gisteren&tot=2026-03-01", "van", "Geef een begindatum als dd-mm-jjjj, vanaf 2000.")]
    [InlineData("?periode=week", "periode", "Kies een maand, kwartaal, jaar of een periode van–tot.")]
    [InlineData("?jaar=2026&gemeente=Atlantis", "gemeente", "Deze gemeente kennen we niet. Kies er een uit de lijst.")]
    [InlineData("?jaar=2026&plaats=Atlantis", "plaats", "Deze plaats kennen we niet. Kies er een uit de lijst.")]
    [InlineData("?jaar=2026&gemeente=Zeist&plaats=Zeist", "plaats", "Kies een gemeente of een plaats, niet allebei.")]
    public async Task Bad_choices_get_a_dutch_notice_next_to_the_field_and_no_figures(string query, string field, string message)
    {
        var (client, _) = await scenario.SignedInStaffAsync();

        var page = await client.GetPageAsync("/beheer/rapportages" + query);

        Assert.Equal(message, page.QuerySelector($"#{field}-fout")!.TextContent);
        Assert.Equal("true", page.QuerySelector($"#{field}")!.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("table[data-table]"));
        var csv = await client.GetAsync("/beheer/rapportages/csv/reacties" + query);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/html", csv.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_annual_report_shows_the_centre_name_and_the_same_figures_without_download_links()
    {
        var (client, _) = await scenario.SignedInStaffAsync();

        var page = await client.GetPageAsync("/beheer/rapportages/jaarverslag?periode=maand&jaar=2026&maand=3");

        Assert.Contains("Jaarverslag maart 2026", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".annual-report__header img"));
        Assert.Equal(["6", "1", "0"], PageRow(page, "reacties", "Verstuurd"));
        Assert.Null(page.QuerySelector("a[href*='/csv/']"));
        Assert.NotNull(page.QuerySelector("link[href^='/css/print.css'][media='print']"));
    }

    [Theory]
    [InlineData(March)]
    [InlineData("/beheer/rapportages/jaarverslag?periode=maand&jaar=2026&maand=3")]
    public async Task The_note_on_small_numbers_is_escaped_html(string url)
    {
        var (client, _) = await scenario.SignedInStaffAsync();

        var html = await client.Http.GetStringAsync(url);

        // A raw "<" in text is invalid HTML (validators flag it), though browsers show it.
        Assert.Contains("als \"&lt; 5\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"< 5\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_municipality_account_reads_the_same_report()
    {
        var (staff, _) = await scenario.SignedInStaffAsync();
        var (municipality, _) = await scenario.SignedInStaffAsync(PortalRoles.Municipality, "Gerda Gemeente");

        var staffPage = await staff.GetPageAsync(March + "&gemeente=Utrecht");
        var municipalityPage = await municipality.GetPageAsync(March + "&gemeente=Utrecht");

        Assert.Equal(staffPage.QuerySelector("main")!.QuerySelectorAll("table[data-table]").Select(t => t.TextContent), municipalityPage.QuerySelector("main")!.QuerySelectorAll("table[data-table]").Select(t => t.TextContent));
        Assert.Null(municipalityPage.QuerySelector("a[href='/beheer/bemiddelingen']"));
    }

    internal static string[] PageRow(IHtmlDocument page, string table, string row)
    {
        var line = page.QuerySelectorAll($"table[data-table='{table}'] tbody tr")
            .SingleOrDefault(tr => tr.QuerySelector(".report-label")?.TextContent.Trim() == row);
        Assert.True(line is not null, $"No row '{row}' in table '{table}'.");
        return line.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
    }

    /// <summary>Numbers as the invariant culture writes them, so "2,5", 2.5 and "2.5" compare equal; "&lt; 5" and "–" stay.</summary>
    private static string[] Normalise(IEnumerable<string> values) =>
        values.Select(v => double.TryParse(v, NumberStyles.Number, Dutch, out var number) ? number.ToString(CultureInfo.InvariantCulture) : v).ToArray();

    private static string Cell(object? value) => value switch
    {
        double number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        string text => text,
        _ => value?.ToString() ?? string.Empty,
    };
}
