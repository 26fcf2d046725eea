using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Infrastructure.Seeding;

/// <summary>
/// The Flemish demo centre (<c>Centre:Country=BE</c>): a vrijwilligerspunt in Gent with its own
/// organisations and vacancies in Flemish words, the same accounts and the same kinds of history,
/// shifts and support as the Utrecht demo.
/// </summary>
public static partial class DemoData
{
    /// <summary>Titles of the Gent vacancies that get shifts; the collection week and Open Monumentendag share Utrecht's.</summary>
    public const string DagVanDeNatuurActivity = "Poelen ruimen op de Dag van de Natuur";

    public const string GentPastShiftsVacancy = "Knotploeg: wilgen knotten in de Scheldemeersen";

    /// <summary>Belgian postcode centroids of the Gent demo addresses (GeoNames, CC BY 4.0).</summary>
    public static IReadOnlyDictionary<string, (string Place, double Lat, double Lon)> GentPostcodes { get; } =
        new Dictionary<string, (string, double, double)>
        {
            ["9000"] = ("Gent", 51.05, 3.7167),
            ["9030"] = ("Mariakerke", 51.0748, 3.6829),
            ["9031"] = ("Drongen", 51.0507, 3.6565),
            ["9032"] = ("Wondelgem", 51.087, 3.7091),
            ["9040"] = ("Sint-Amandsberg", 51.0595, 3.7494),
            ["9041"] = ("Oostakker", 51.1012, 3.7695),
            ["9050"] = ("Gentbrugge", 51.0369, 3.7651),
            ["9051"] = ("Sint-Denijs-Westrem", 51.0213, 3.672),
            ["9052"] = ("Zwijnaarde", 51.0008, 3.7075),
            ["9070"] = ("Destelbergen", 51.0595, 3.799),
            ["9090"] = ("Melle", 51.0023, 3.8053),
            ["9820"] = ("Merelbeke", 50.9945, 3.7462),
        };

    /// <summary>The municipality (gemeente) of each Gent demo place: the deelgemeenten belong to Gent.</summary>
    public static IReadOnlyDictionary<string, string> GentMunicipalities { get; } = new Dictionary<string, string>
    {
        ["Gent"] = "Gent",
        ["Mariakerke"] = "Gent",
        ["Drongen"] = "Gent",
        ["Wondelgem"] = "Gent",
        ["Sint-Amandsberg"] = "Gent",
        ["Oostakker"] = "Gent",
        ["Gentbrugge"] = "Gent",
        ["Sint-Denijs-Westrem"] = "Gent",
        ["Zwijnaarde"] = "Gent",
        ["Destelbergen"] = "Destelbergen",
        ["Melle"] = "Melle",
        ["Merelbeke"] = "Merelbeke",
    };

    private const string GentPendingOrganisation = "Repair Café Wondelgem";

    private static DemoCentre Gent => new(
        "BE",
        GentPostcodes,
        GentMunicipalities,
        GentOrganisations,
        GentPendingOrganisation,
        GentVacancies,
        "9000",
        "Vrijwilligerspunt, Kouter 29, Gent",
        new(DagVanDeNatuurActivity, CollectionWeek, ApprovalActivity, GentPastShiftsVacancy));

    private static readonly OrganisationProfile[] GentOrganisations =
    [
        new()
        {
            Name = "Natuurwerkgroep Scheldemeersen", Kind = OrganisationKind.Association, Postcode = "9052", Place = "Zwijnaarde",
            Street = "Scheldeweg 4", Website = "https://scheldemeersen.example",
            Description = "Vrijwilligers die de meersen langs de Schelde onderhouden: knotwilgen, poelen, bloemrijke hooilanden en natuurwandelingen.",
            ContactName = "Peter Bakker", ContactEmail = "info@scheldemeersen.example", ContactPhone = "09 123 45 67",
        },
        new()
        {
            Name = "Buurtzorg Sint-Amandsberg vzw", Kind = OrganisationKind.Association, CompanyNumber = "0123456749", Postcode = "9040", Place = "Sint-Amandsberg",
            Street = "Antwerpsesteenweg 120", Website = "https://buurtzorg-sintamandsberg.example",
            Description = "Bezoek, boodschappen en een warme maaltijd voor ouderen en mantelzorgers in Sint-Amandsberg, samen met het OCMW en het sociaal huis.",
            ContactName = "Ingrid Claeys", ContactEmail = "vrijwilligers@buurtzorg-sintamandsberg.example", ContactPhone = "09 234 56 78",
        },
        new()
        {
            Name = "Taalpunt De Brug", Kind = OrganisationKind.Association, Postcode = "9000", Place = "Gent",
            Street = "Dampoortstraat 5",
            Description = "Oefenkansen Nederlands: praattafels, taalmaatjes en hulp bij brieven voor nieuwkomers en iedereen die beter Nederlands wil spreken.",
            ContactName = "Mohamed Ouali", ContactEmail = "taalpunt@debrug.example",
        },
        new()
        {
            Name = "KFC Drongen", Kind = OrganisationKind.Association, CompanyNumber = "0456789034", Postcode = "9031", Place = "Drongen",
            Street = "Sportpark Drongen 1", Website = "https://kfcdrongen.example",
            Description = "Een voetbalclub met 400 leden en 25 jeugdploegen die draait op vrijwilligers.",
            ContactName = "Koen De Smet", ContactEmail = "secretariaat@kfcdrongen.example",
        },
        new()
        {
            Name = "Dierenasiel De Scheldehoeve", Kind = OrganisationKind.Foundation, Postcode = "9820", Place = "Merelbeke",
            Description = "Opvang voor zwerfdieren en afstandsdieren: honden, katten en konijnen die op een nieuwe thuis wachten.",
            ContactName = "Els Maes", ContactEmail = "vrijwilligers@scheldehoeve.example", ContactPhone = "09 345 67 89",
        },
        new()
        {
            Name = "Cultuurhuis De Meersen", Kind = OrganisationKind.Association, Postcode = "9050", Place = "Gentbrugge",
            Description = "Theater, film en muziek in de oude brouwerij van Gentbrugge, gedragen door 60 vrijwilligers.",
            ContactName = "Anouk Peeters", ContactEmail = "vrijwilligers@cultuurhuisdemeersen.example",
        },
        new()
        {
            Name = GentPendingOrganisation, Kind = OrganisationKind.Association, Postcode = "9032", Place = "Wondelgem",
            Description = "Samen herstellen in plaats van weggooien, elke eerste zaterdag van de maand.",
            ContactName = "Rob Willems", ContactEmail = "repaircafe@wondelgem.example",
        },
    ];

    private static readonly VacancySpec[] GentVacancies =
    [
        new(0, GentPastShiftsVacancy, "natuur-milieu", "9052", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Morning)), 3,
            "Van november tot maart knotten we elke zaterdagvoormiddag wilgen in de Scheldemeersen.\n\nWat ga je doen?\n- Takken zagen en snoeien onder begeleiding\n- Snoeihout opruimen en takkenwallen maken\n- Koffie drinken met de ploeg\n\nJe hoeft niets te kunnen: wij leren je alles en zorgen voor gereedschap, handschoenen en soep.",
            ["tuinieren"], ["55plus", "jongeren", "arbeidsmarkt"], 2),
        new(0, "Gids voor natuurwandelingen met scholen", "natuur-milieu", "9052", Commitment.Ongoing,
            Slots((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Thursday, DayPart.Morning)), 4,
            "Klassen uit het lager onderwijs komen bij ons op uitstap. Jij neemt een groep van 8 kinderen mee de meersen in en laat ze waterdiertjes vangen, vogels horen en bomen herkennen.\n\nJe krijgt een korte opleiding en loopt eerst mee met een ervaren gids. Omdat je met kinderen werkt, vragen we een uittreksel uit het strafregister (model 2); dat vraag je gratis aan bij je gemeente.",
            ["lesgeven"], ["55plus"], 5, Places: 3, MinimumAge: 18, Vog: true),
        new(0, DagVanDeNatuurActivity, "natuur-milieu", "9052", Commitment.OneOff,
            Slots((DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon)), null,
            "Eén dag de handen uit de mouwen: we halen riet en blad uit drie poelen zodat kikkers en salamanders er weer kunnen leven. Laarzen en middagmaal zijn voorzien.",
            [], ["jongeren", "55plus", "anderstaligen"], 1, Places: 20),
        new(1, "Maatje voor een oudere buurtbewoner", "ouderen", "9040", Commitment.Ongoing,
            Slots((DayOfWeek.Monday, DayPart.Afternoon), (DayOfWeek.Wednesday, DayPart.Afternoon), (DayOfWeek.Friday, DayPart.Afternoon)), 2,
            "Veel ouderen in Sint-Amandsberg zien weinig mensen. Als maatje ga je eens per week op bezoek: een tas koffie, een wandeling, samen naar de markt.\n\nWe koppelen je aan iemand die bij je past en je krijgt begeleiding van onze coördinator.",
            ["luisteren"], ["55plus", "jongeren", "anderstaligen"], 3, MinimumAge: 18, Vog: true),
        new(1, "Chauffeur voor de boodschappenbus", "vervoer", "9040", Commitment.Ongoing,
            Slots((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Thursday, DayPart.Morning)), 3,
            "Onze boodschappenbus brengt ouderen die minder mobiel zijn naar de supermarkt en terug. Jij rijdt (een gewone personenwagen met 8 plaatsen) en helpt bij het in- en uitstappen.",
            ["rijbewijs-b"], ["55plus"], 6, Places: 2, MinimumAge: 21),
        new(1, "Kok voor de buurtmaaltijd op vrijdag", "zorg-welzijn", "9040", Commitment.Ongoing,
            Slots((DayOfWeek.Friday, DayPart.Afternoon), (DayOfWeek.Friday, DayPart.Evening)), 4,
            "Elke vrijdag eten 30 buurtbewoners samen in het buurthuis. Met twee andere vrijwilligers kook je een eenvoudige, gezonde maaltijd. Ervaring in een grootkeuken is niet nodig, goesting om te koken wel.",
            ["koken"], ["arbeidsmarkt", "anderstaligen", "rolstoel"], 4),
        new(1, CollectionWeek, "ouderen", "9040", Commitment.OneOff,
            Slots((DayOfWeek.Monday, DayPart.Afternoon), (DayOfWeek.Tuesday, DayPart.Afternoon), (DayOfWeek.Wednesday, DayPart.Afternoon), (DayOfWeek.Thursday, DayPart.Afternoon), (DayOfWeek.Saturday, DayPart.Morning)), null,
            "In de collecteweek gaan we met de collectebus langs de deuren in Sint-Amandsberg, voor activiteiten tegen eenzaamheid bij ouderen. Kies een of meer namiddagen of de zaterdagvoormiddag; je loopt een vaste ronde in je eigen buurt.",
            [], ["jongeren", "55plus", "arbeidsmarkt"], 2),
        new(2, "Taalmaatje voor een nieuwkomer", "nieuwkomers-taal", "9000", Commitment.Ongoing,
            Slots((DayOfWeek.Monday, DayPart.Evening), (DayOfWeek.Tuesday, DayPart.Evening), (DayOfWeek.Wednesday, DayPart.Evening), (DayOfWeek.Thursday, DayPart.Evening)), 2,
            "Een uur per week samen Nederlands praten, een brief lezen of de weg vinden in de stad. Je hoeft geen leerkracht te zijn: een geduldige gesprekspartner is precies wat nodig is.",
            ["luisteren", "lesgeven"], ["jongeren", "55plus"], 1),
        new(2, "Gastheer of gastvrouw van de praattafel", "nieuwkomers-taal", "9000", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Afternoon)), 3,
            "Aan onze praattafels oefenen nieuwkomers Nederlands in een ontspannen sfeer. Jij verwelkomt bezoekers, schenkt koffie en thee en zorgt dat iedereen aan een tafel terechtkomt.",
            [], ["anderstaligen", "arbeidsmarkt", "rolstoel"], 7),
        new(2, "Huiswerkbegeleiding voor kinderen in Gent-Noord", "onderwijs", "9000", Commitment.Ongoing,
            Slots((DayOfWeek.Tuesday, DayPart.Afternoon), (DayOfWeek.Thursday, DayPart.Afternoon)), 2,
            "Kinderen van 8 tot 14 jaar maken na school hun huiswerk bij ons. Jij helpt met rekenen, lezen en plannen, en bent vooral iemand die in ze gelooft.",
            ["lesgeven"], ["jongeren", "55plus"], 8, MinimumAge: 16, Vog: true),
        new(3, "Jeugdtrainer voor de U9", "sport", "9031", Commitment.Ongoing,
            Slots((DayOfWeek.Wednesday, DayPart.Afternoon), (DayOfWeek.Saturday, DayPart.Morning)), 4,
            "Onze U9 zoekt een trainer. Je geeft woensdag training en begeleidt zaterdag de match. We bieden een opleiding jeugdtrainer aan.",
            ["lesgeven"], ["jongeren"], 2, MinimumAge: 16, Vog: true),
        new(3, "Medewerker in de kantine op zaterdag", "sport", "9031", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon)), 3,
            "Koffie, frisdrank en croques voor spelers en ouders. Eén keer per maand draai je een shift van drie uur met een vaste collega.",
            ["koken"], ["jongeren", "55plus", "arbeidsmarkt", "rolstoel"], 11),
        new(4, "Hondenuitlater", "dieren", "9820", Commitment.Ongoing,
            Slots((DayOfWeek.Monday, DayPart.Morning), (DayOfWeek.Wednesday, DayPart.Morning), (DayOfWeek.Friday, DayPart.Morning), (DayOfWeek.Sunday, DayPart.Morning)), 2,
            "Onze honden snakken naar een flinke wandeling. Je wandelt met een of twee honden een toer door het park, na een korte uitleg over de omgang met asielhonden.",
            [], ["jongeren", "55plus", "arbeidsmarkt"], 1, MinimumAge: 16),
        new(4, "Kattenverzorger in het weekend", "dieren", "9820", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Sunday, DayPart.Morning)), 3,
            "Eten geven, hokken kuisen en vooral: aandacht geven. Schuwe katten vinden sneller een thuis als ze gewend zijn aan mensen.",
            [], ["55plus", "arbeidsmarkt", "beperking"], 6),
        new(5, "Zaalwacht bij voorstellingen", "cultuur", "9050", Commitment.Ongoing,
            Slots((DayOfWeek.Friday, DayPart.Evening), (DayOfWeek.Saturday, DayPart.Evening)), 3,
            "Je scheurt tickets, wijst bezoekers de weg en zorgt dat iedereen veilig de zaal in en uit gaat. Eén of twee avonden per maand, en je ziet de voorstelling gratis.",
            [], ["55plus", "jongeren", "rolstoel"], 3),
        new(5, ApprovalActivity, "evenementen", "9050", Commitment.OneOff,
            Slots((DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon)), null,
            "Op Open Monumentendag staat de oude brouwerij open voor iedereen. Jij vertelt bezoekers over de geschiedenis van het gebouw.",
            [], ["55plus", "anderstaligen"], 5, Places: 10),
        new(5, "Vertaler Arabisch–Nederlands (van thuis uit)", "nieuwkomers-taal", null, Commitment.Ongoing,
            Slots((DayOfWeek.Monday, DayPart.Evening), (DayOfWeek.Sunday, DayPart.Afternoon)), 2,
            "We vertalen folders en uitnodigingen naar het Arabisch, zodat ook nieuwe Gentenaars weten wat er in de buurt gebeurt. Je werkt thuis, wanneer het jou past.",
            ["talen"], ["anderstaligen", "beperking"], 14),
        new(6, "Hersteller van kleine toestellen", "klussen-techniek", "9032", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Afternoon)), 3,
            "Broodroosters, lampen en stofzuigers: samen met de eigenaar zoek je uit wat er kapot is en herstel je het.", ["technisch"], ["55plus"], 2),
    ];
}
