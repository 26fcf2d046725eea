using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Seeding;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.Tests.Hosting;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Common.Localization;

/// <summary>
/// Issue 19's render test: every GET route of the route table, as each role that may see it, with
/// the English language cookie, must show no Dutch that came from a view or from code. What people
/// wrote (every text stored in the database by the test's world, and the centre's configured name
/// and tagline) is content and is taken out first; the portal's own seeded lists (categories,
/// skills, suitable-for tags, question topics) are not content: their seeded names are translated
/// (docs/adr/0180). What is left is checked against common Dutch words that are no English words.
/// </summary>
public partial class EnglishPagesTests(RouteAccessFixture factory) : IClassFixture<RouteAccessFixture>
{
    private const string Visitor = "visitor";


    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// The portal's own Dutch texts whose English differs: every key of the English files (a name
    /// asked for at run time among them) and the seeded names of its lists (ReferenceData, not
    /// content: docs/adr/0180). Shown verbatim on an English page, it was not translated.
    /// </summary>
    private static readonly Lazy<Regex> KnownDutch = new(() =>
    {
        var texts = PortalTexts.FromAssembly(typeof(SharedResource).Assembly);
        var seeded = ReferenceData.Categories.Concat(ReferenceData.Skills).Concat(ReferenceData.SuitableFor).Concat(ReferenceData.QuestionTopics).Select(s => s.Name);
        var keys = texts.Of("en").Keys.Concat(seeded)
            .Where(key => key.Length >= 4 && !key.Contains('{', StringComparison.Ordinal))
            .Where(key => texts.Find(key, PortalCultures.English) is not { } english || !english.Contains(key, StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .OrderByDescending(key => key.Length)
            .Select(Regex.Escape);
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', keys)})(?![\p{{L}}\p{{N}}])", RegexOptions.Compiled);
    });

    /// <summary>Answers that are no page: files, feeds and exports (their texts are no HTML to read).</summary>
    private static readonly string[] NoPage = ["huisstijl.css", "robots.txt", "sitemap.xml", "sitemap/vacatures-{page:int}.xml", "vacatures/rss", "vacatures/atom", "api/"];

    /// <summary>
    /// Common Dutch words that are not English words. A word that is English too ("die", "over",
    /// "door", "met", "we", "is") is left out, so a hit is Dutch.
    /// </summary>
    private static readonly HashSet<string> DutchWords = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "je", "jij", "jouw", "jullie", "uw", "niet", "voor", "naar", "bij", "wordt", "worden", "werd", "zijn",
        "deze", "dit", "dat", "geen", "alle", "alles", "niets", "iets", "meer", "nog", "ook", "van", "en", "op", "te", "om", "als",
        "maar", "wat", "wie", "waar", "waarom", "wanneer", "welke", "kan", "kunt", "kunnen", "moet", "moeten", "mag", "mogen",
        "hebt", "heeft", "hebben", "uit", "aan", "tot", "zonder", "tussen", "onder", "nieuw", "nieuwe", "naam", "datum", "tijd",
        "uur", "dag", "dagen", "weken", "maand", "maanden", "jaar", "vandaag", "morgen", "gisteren", "mijn", "onze", "ons", "wij",
        "ik", "hij", "zij", "welkom", "hulp", "vraag", "vragen", "antwoord", "gegevens", "instellingen", "beheer", "overzicht",
        "vrijwilliger", "vrijwilligers", "vrijwilligerswerk", "vacature", "vacatures", "organisatie", "organisaties", "aanmelden",
        "afmelden", "aangemeld", "opslaan", "zoeken", "zoek", "bekijk", "bekijken", "inloggen", "uitloggen", "registreren",
        "wachtwoord", "reageren", "reactie", "reacties", "cursus", "cursussen", "dienst", "diensten", "uren", "bewijs", "favorieten",
        "bemiddeling", "bemiddelingen", "bewerken", "wijzigen", "verwijderen", "toevoegen", "intrekken", "annuleren", "bevestigen",
        "versturen", "verstuur", "sluiten", "terug", "verder", "volgende", "vorige", "pagina", "hulpvraag", "nazorg", "medewerkers",
        "medewerker", "rapportages", "jaarverslag", "uitwisseling", "inbedden", "meldingen", "herinneringen", "profiel", "categorie",
        "vaardigheden", "geschikt", "onderwerp", "plekken", "plek", "plaatsen", "ja", "nee", "wel", "graag", "bedankt", "fout",
        "gevonden", "gesloten", "gepubliceerd", "ingediend", "goedgekeurd", "afgewezen", "geplaatst", "vervuld", "gepauzeerd",
        "ingetrokken", "verlopen", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari",
        "februari", "maart", "mei", "juni", "juli", "augustus", "oktober", "ma", "di", "wo", "vr", "za", "zo", "mailadres", "omschrijving",
        "beschrijving", "telefoonnummer", "woonplaats", "adres", "nummer", "aantal", "totaal", "leden", "uitnodigen",
        "uitnodiging", "geleden", "sinds", "vanaf", "binnen", "buiten", "gemeente", "toegang", "bestaat", "klik", "kies", "dank",
        "waarvoor", "hier", "andere", "keer", "ieder", "elke", "iedereen", "eigen", "zelf", "staat", "staan", "komt", "komen",
        "gaat", "gaan", "doen", "doet", "houden", "goed", "snel", "eerst", "laatste", "eerste", "samen", "mensen", "wacht",
    };

    /// <summary>
    /// Words that may stay, each with its reason. Keep it short: an untranslated text is fixed in
    /// the view or the resource file, never here.
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["Nederlands"] = "the language switch names Dutch in Dutch, as language menus do",
    };

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in RouteAccessTable.Routes.Where(r => r.Method is "GET" or "*" && !NoPage.Any(n => r.Pattern.StartsWith(n, StringComparison.Ordinal))))
        {
            foreach (var role in Viewers(route.Access))
            {
                data.Add(route.Pattern, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_in_English_shows_no_Dutch_from_views_or_code(string pattern, string role)
    {
        var client = await EnglishClientAsync(role);
        var url = factory.Fill(pattern);

        // The open data and the embedded list answer in English only when their address asks (docs/adr/0185).
        if (CookieFreePaths.Applies(new Microsoft.AspNetCore.Http.PathString(url.Split('?')[0])))
        {
            url += (url.Contains('?') ? "&" : "?") + LanguageChoice.QueryParameter + "=en";
        }

        var (page, shown) = await RenderAsync(client, url);
        if (page is null)
        {
            return;
        }

        var content = await ContentAsync();
        var dutch = DutchIn(page, content).ToList();

        // A format shown unformatted ("Vacancies of {0}") is a text that skipped its arguments.
        dutch.AddRange(Regex.Matches(page.Title + " " + page.Body?.TextContent, @"\{\d+\}").Select(m => $"unformatted placeholder {m.Value} in: {page.Title}"));

        var lang = page.DocumentElement.GetAttribute("lang");
        if (lang != "en")
        {
            dutch.Insert(0, $"<html lang=\"{lang}\"> (should be \"en\")");
        }

        Assert.True(
            dutch.Count == 0,
            $"GET {shown} (route {pattern}) as {role} shows Dutch in English. Put each text through the localizer "
            + "(@Localizer[\"…\"] in views, Text[\"…\"] in controllers) and add its English to Resources/en/<Feature>.json:\n"
            + string.Join('\n', dutch.Select(d => "  " + d)));
    }

    [Fact]
    public void The_detector_finds_Dutch_and_leaves_English_and_content_alone()
    {
        var page = Parser.ParseDocument(
            """
            <html lang="en"><body><main>
              <h1>Find volunteer work</h1><p>Mijn vacature</p><p>Bekijk de vacature</p>
              <input placeholder="Zoek een vacature"><button value="x" title="Save">Opslaan</button>
              <script>var de = "het";</script><p>Nederlands</p>
            </main></body></html>
            """);

        var found = DutchIn(page, ["Mijn vacature"]).ToList();

        Assert.Equal(["Bekijk de vacature", "placeholder: Zoek een vacature", "Opslaan"], found);
    }

    private static IEnumerable<string> Viewers(Access access) =>
        access == Access.Public ? [Visitor, .. PortalRoles.All]
        : access == Access.SignedIn ? PortalRoles.All
        : access.Roles;

    private async Task<PortalClient> EnglishClientAsync(string role)
    {
        // As a person does: the header's switch (for a signed-in role it also sets the account's language,
        // which sign-in would otherwise put back in the language cookie).
        var client = role == Visitor ? factory.CreatePortalClient() : await factory.ClientAsync(role);
        var switched = await client.PostWithTokenAsync("/taal", ("taal", "en"), ("terug", "/"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);
        return client;
    }

    /// <summary>The page at <paramref name="url"/>, following the portal's own redirects (a flash message is read on the page it lands on); null for an answer that is no HTML.</summary>
    private static async Task<(IHtmlDocument? Page, string Url)> RenderAsync(PortalClient client, string url)
    {
        for (var hop = 0; hop < 5; hop++)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.MovedPermanently
                && response.Headers.Location is { } location)
            {
                url = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                return (null, url);
            }

            return (await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()), url);
        }

        throw new InvalidOperationException($"{url} redirects more than five times.");
    }

    /// <summary>The texts a person meets on the page that hold Dutch words, once each, in page order.</summary>
    private static IEnumerable<string> DutchIn(IHtmlDocument page, IReadOnlyCollection<string> content)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Texts(page))
        {
            // Addresses are Dutch by design (docs/adr/0105: the Dutch URLs stay the URLs).
            var rest = Address().Replace(WithoutContent(text, content), " ");
            // A word in capitals is a code or an abbreviation (a key to type, "OM5V"), not a sentence.
            var dutch = Word().Matches(rest).Any(w => DutchWords.Contains(w.Value.ToLowerInvariant()) && !Allowed.ContainsKey(w.Value) && (w.Length == 1 || w.Value != w.Value.ToUpperInvariant()))
                || KnownDutch.Value.IsMatch(rest);
            if (dutch && seen.Add(text))
            {
                yield return text;
            }
        }
    }

    /// <summary>Visible text (each text node's text) and the attributes people meet, prefixed with the attribute's name.</summary>
    private static IEnumerable<string> Texts(IHtmlDocument page)
    {
        foreach (var element in page.All)
        {
            if (element.LocalName is "script" or "style" or "template" or "noscript")
            {
                continue;
            }

            if (element.LocalName == "title" || !IsHidden(element))
            {
                foreach (var node in element.ChildNodes.OfType<IText>())
                {
                    var text = Regex.Replace(node.Data, @"\s+", " ").Trim();

                    // One word in <code> is an identifier (a list item's slug), not a sentence.
                    if (text.Length > 0 && !(element.LocalName == "code" && !text.Contains(' ', StringComparison.Ordinal)))
                    {
                        yield return text;
                    }
                }
            }

            foreach (var name in new[] { "title", "aria-label", "placeholder", "alt", "aria-description", "content" })
            {
                if (name == "content" && element.LocalName != "meta" || name == "content" && element.GetAttribute("name") is not ("description" or "og:title" or "og:description") && element.GetAttribute("property") is not ("og:title" or "og:description"))
                {
                    continue;
                }

                if (element.GetAttribute(name) is { Length: > 0 } value)
                {
                    yield return $"{name}: {value}";
                }
            }

            if (element.LocalName == "input" && element.GetAttribute("type") is "submit" or "button" && element.GetAttribute("value") is { Length: > 0 } label)
            {
                yield return $"value: {label}";
            }
        }
    }

    private static bool IsHidden(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "script" or "style" or "template" or "noscript")
            {
                return true;
            }
        }

        return false;
    }

    private static string WithoutContent(string text, IReadOnlyCollection<string> content)
    {
        foreach (var value in content)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                text = text.Replace(value, " ", StringComparison.Ordinal);
            }
        }

        return text;
    }

    private IReadOnlyList<string>? _content;

    /// <summary>
    /// Every text the test's world stored (longest first, and each line of a longer one), except the
    /// portal's seeded lists, plus the centre's configured name and tagline.
    /// </summary>
    private async Task<IReadOnlyList<string>> ContentAsync()
    {
        if (_content is not null)
        {
            return _content;
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        var centre = factory.Services.GetRequiredService<IOptions<CentreOptions>>().Value;
        values.UnionWith([centre.Name, centre.Tagline, centre.Address]);
        await factory.WithDbAsync(async (db, _) =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !SeededLists.Contains(e.ClrType.Name)))
            {
                var table = entity.GetTableName()!;
                foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
                {
                    var column = property.GetColumnName();
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT \"{column}\" FROM \"{table}\"";
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        if (!reader.IsDBNull(0))
                        {
                            var value = reader.GetString(0);
                            values.Add(value.Trim());
                            values.UnionWith(value.Split('\n').Select(l => l.Trim()));
                        }
                    }
                }
            }
        });

        _content = values.Where(v => v.Length >= 3).OrderByDescending(v => v.Length).ToList();
        return _content;
    }

    private static readonly HashSet<string> SeededLists = ["Category", "Skill", "SuitableForTag", "QuestionTopic"];

    [GeneratedRegex(@"(?:https?://|/)[^\s""'<>]*")]
    private static partial Regex Address();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")]
    private static partial Regex Word();
}
