using VrijwilligersPortal.Infrastructure.Identity;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary>How a signed-in person without access is turned away.</summary>
public enum Refusal
{
    /// <summary>Nobody is turned away.</summary>
    None,

    /// <summary>403 with the Dutch "Geen toegang" page.</summary>
    Forbidden,

    /// <summary>The organisation portal asks someone who is no member of any organisation to register one.</summary>
    NotAMember,
}

/// <summary>Who may use a route; everyone else signed in gets <see cref="WrongRole"/>, and a visitor is sent to log in.</summary>
public sealed record Access(string Name, bool SignInRequired, IReadOnlyList<string> Roles, Refusal WrongRole)
{
    public static readonly Access Public = new(nameof(Public), false, [], Refusal.None);

    /// <summary>Any signed-in account, whatever its role.</summary>
    public static readonly Access SignedIn = new(nameof(SignedIn), true, [], Refusal.None);

    public static readonly Access Volunteer = new(nameof(Volunteer), true, [PortalRoles.Volunteer], Refusal.Forbidden);

    /// <summary>Members of an organisation (by membership, not by role: see OrganisationPortalController).</summary>
    public static readonly Access Member = new(nameof(Member), true, [PortalRoles.OrganisationMember], Refusal.NotAMember);

    public static readonly Access Staff = new(nameof(Staff), true, [PortalRoles.Staff, PortalRoles.Admin], Refusal.Forbidden);

    public static readonly Access Admin = new(nameof(Admin), true, [PortalRoles.Admin], Refusal.Forbidden);

    /// <summary>The reports: staff, administrators and the municipality's read-only account.</summary>
    public static readonly Access ReportReaders = new(nameof(ReportReaders), true, [PortalRoles.Staff, PortalRoles.Admin, PortalRoles.Municipality], Refusal.Forbidden);

    /// <summary>Every role that exists and is not let in: each gets a refusal case.</summary>
    public IEnumerable<string> WrongRoles => WrongRole == Refusal.None ? [] : PortalRoles.All.Except(Roles);
}

/// <summary>One endpoint: its HTTP method ("*" for any) and route pattern as the app reports it.</summary>
public sealed record RouteAccess(string Method, string Pattern, Access Access)
{
    public string Key => $"{Method} {Pattern}";
}

/// <summary>
/// Every endpoint of the portal and who may use it. <see cref="RouteInventoryTests"/> fails for an
/// endpoint that is missing here, so adding a route means adding its line: the refusal cases
/// (visitor, and each role not let in) and the antiforgery check are generated from it.
/// </summary>
public static class RouteAccessTable
{
    public static IReadOnlyList<RouteAccess> Routes { get; } =
    [
        // The public site, the centre's stylesheet, error pages and monitoring.
        Get("", Access.Public),
        Get("huisstijl.css", Access.Public),
        Post("taal", Access.Public),
        Any("fout", Access.Public),
        Any("fout/{code:int}", Access.Public),

        // Any address nobody serves: 404 for everyone, not a login prompt (deny-by-default fallback).
        Any("{*path}", Access.Public),
        Get("vacatures", Access.Public),
        Get("vacatures/{id:int}/{slug?}", Access.Public),
        Get("vacatures/{id:int}/reageren", Access.Public),
        Post("vacatures/{id:int}/reageren", Access.Volunteer),
        Get("hoe-gaat-het", Access.Public),
        Post("hoe-gaat-het", Access.Public),
        Get("cursussen", Access.Public),
        Get("cursussen/{id:int}/{slug?}", Access.Public),
        Post("cursussen/{id:int}/aanmelden", Access.SignedIn),
        Post("cursussen/{id:int}/afmelden", Access.SignedIn),
        Get("cursussen/afmelden", Access.Public),
        Post("cursussen/afmelden", Access.Public),
        Post("vacatures/{id:int}/diensten/{shiftId:int}/aanmelden", Access.Volunteer),
        Post("vacatures/{id:int}/diensten/{shiftId:int}/afmelden", Access.Volunteer),
        Get("diensten/afmelden", Access.Public),
        Post("diensten/afmelden", Access.Public),
        Get("herinneringen/afmelden", Access.Public),
        Post("herinneringen/afmelden", Access.Public),
        Get("meldingen/afmelden", Access.Public),
        Post("meldingen/afmelden", Access.Public),
        Get("meldingen/afmelden/een-klik", Access.Public),

        // Open data for other sites, search engines and other centres (docs/embedding.md).
        Get("api/vacatures", Access.Public),
        Get("api/vacatures/{id:int}", Access.Public),
        Get("api/openapi.json", Access.Public),
        Get("vacatures/rss", Access.Public),
        Get("vacatures/atom", Access.Public),
        Get("robots.txt", Access.Public),
        Get("sitemap.xml", Access.Public),
        Get("sitemap/vacatures-{page:int}.xml", Access.Public),
        Get("inbedden/vacatures", Access.Public),
        Post("meldingen/afmelden/een-klik", Access.Public),

        // Account.
        Get("account/registreren", Access.Public),
        Post("account/registreren", Access.Public),
        Get("account/registreren/bijna-klaar", Access.Public),
        Get("account/bevestigen", Access.Public),
        Get("account/bevestiging-opnieuw", Access.Public),
        Post("account/bevestiging-opnieuw", Access.Public),
        Get("account/inloggen", Access.Public),
        Post("account/inloggen", Access.Public),
        Post("account/uitloggen", Access.Public),
        Get("account/wachtwoord-vergeten", Access.Public),
        Post("account/wachtwoord-vergeten", Access.Public),
        Get("account/wachtwoord-herstellen", Access.Public),
        Post("account/wachtwoord-herstellen", Access.Public),
        Get("account/e-mailadres", Access.SignedIn),
        Post("account/e-mailadres", Access.SignedIn),
        Get("account/e-mailadres/bevestigen", Access.Public),
        Get("account/wachtwoord-wijzigen", Access.SignedIn),
        Post("account/wachtwoord-wijzigen", Access.SignedIn),

        // The second login step comes before the login is complete; the rest is the account's own.
        Get("account/inloggen/code", Access.Public),
        Post("account/inloggen/code", Access.Public),
        Get("account/instellingen", Access.SignedIn),
        Post("account/overal-uitloggen", Access.SignedIn),
        Get("account/tweestapsverificatie", Access.SignedIn),
        Get("account/tweestapsverificatie/instellen", Access.SignedIn),
        Post("account/tweestapsverificatie/instellen", Access.SignedIn),
        Post("account/tweestapsverificatie/herstelcodes", Access.SignedIn),
        Post("account/tweestapsverificatie/uitzetten", Access.SignedIn),

        // Volunteers (/mijn).
        Get("mijn/profiel", Access.Volunteer),
        Post("mijn/profiel", Access.Volunteer),
        Get("mijn/hulpvraag/intrekken", Access.Volunteer),
        Post("mijn/hulpvraag/intrekken", Access.Volunteer),
        Get("mijn/voor-jou", Access.Volunteer),
        Post("mijn/voor-jou/meldingen", Access.Volunteer),
        Get("mijn/favorieten", Access.Volunteer),
        Post("mijn/favorieten/{vacancyId:int}", Access.Volunteer),
        Post("mijn/favorieten/{vacancyId:int}/verwijderen", Access.Volunteer),
        Get("mijn/reacties", Access.Volunteer),
        Get("mijn/reacties/{id:int}/intrekken", Access.Volunteer),
        Post("mijn/reacties/{id:int}/intrekken", Access.Volunteer),
        Get("mijn/cursussen", Access.Volunteer),
        Get("mijn/diensten", Access.Volunteer),
        Get("mijn/uren", Access.Volunteer),
        Post("mijn/uren", Access.Volunteer),
        Get("mijn/bewijs", Access.Volunteer),
        Post("mijn/bewijs", Access.Volunteer),
        Get("mijn/bewijs/{code}", Access.Volunteer),
        Get("bewijs/{code}", Access.Public),
        Get("mijn/gegevens", Access.Volunteer),
        Get("mijn/gegevens/download", Access.Volunteer),
        Get("mijn/gegevens/verwijderen", Access.Volunteer),
        Post("mijn/gegevens/verwijderen", Access.Volunteer),

        // Organisations: registering and invitations are open, the portal is for members.
        Get("organisatie/aanmelden", Access.Public),
        Post("organisatie/aanmelden", Access.Public),
        Get("organisatie/aanmelden/bijna-klaar", Access.Public),
        Get("organisatie/uitnodiging", Access.Public),
        Post("organisatie/uitnodiging", Access.SignedIn),
        Post("organisatie/uitnodiging/account", Access.Public),
        Get("organisatie", Access.Member),
        Post("organisatie/wisselen", Access.Member),
        Get("organisatie/vacatures", Access.Member),
        Get("organisatie/vacatures/nieuw", Access.Member),
        Post("organisatie/vacatures/nieuw", Access.Member),
        Get("organisatie/vacatures/{id:int}/bewerken", Access.Member),
        Post("organisatie/vacatures/{id:int}/bewerken", Access.Member),
        Post("organisatie/vacatures/{id:int}/indienen", Access.Member),
        Post("organisatie/vacatures/{id:int}/pauzeren", Access.Member),
        Post("organisatie/vacatures/{id:int}/hervatten", Access.Member),
        Post("organisatie/vacatures/{id:int}/vervuld", Access.Member),
        Post("organisatie/vacatures/{id:int}/intrekken", Access.Member),
        Post("organisatie/vacatures/{id:int}/dupliceren", Access.Member),
        Get("organisatie/vacatures/{id:int}/reacties", Access.Member),
        Post("organisatie/vacatures/{id:int}/reacties", Access.Member),
        Get("organisatie/vacatures/{id:int}/diensten", Access.Member),
        Post("organisatie/vacatures/{id:int}/diensten", Access.Member),
        Post("organisatie/vacatures/{id:int}/diensten/kopieren", Access.Member),
        Get("organisatie/vacatures/{id:int}/diensten/{shiftId:int}/bewerken", Access.Member),
        Post("organisatie/vacatures/{id:int}/diensten/{shiftId:int}/bewerken", Access.Member),
        Post("organisatie/vacatures/{id:int}/diensten/{shiftId:int}/annuleren", Access.Member),
        Get("organisatie/vacatures/{id:int}/diensten/rooster", Access.Member),
        Post("organisatie/vacatures/{id:int}/diensten/{shiftId:int}/aanwezigheid", Access.Member),
        Post("organisatie/vacatures/{id:int}/diensten/{shiftId:int}/beoordelen", Access.Member),
        Get("organisatie/uren", Access.Member),
        Post("organisatie/uren", Access.Member),
        Get("organisatie/leden", Access.Member),
        Post("organisatie/leden/uitnodigen", Access.Member),
        Post("organisatie/leden/uitnodigingen/{id:int}/intrekken", Access.Member),
        Post("organisatie/leden/{userId:guid}/verwijderen", Access.Member),
        Get("organisatie/inbedden", Access.Member),
        Get("organisatie/vragen", Access.Member),
        Get("organisatie/vragen/nieuw", Access.Member),
        Post("organisatie/vragen/nieuw", Access.Member),
        Get("organisatie/vragen/{id:int}", Access.Member),
        Post("organisatie/vragen/{id:int}", Access.Member),

        // Back office (/beheer): staff and administrators.
        Get("beheer", Access.Staff),
        Get("beheer/organisaties", Access.Staff),
        Get("beheer/organisaties/{id:int}", Access.Staff),
        Post("beheer/organisaties/{id:int}/goedkeuren", Access.Staff),
        Post("beheer/organisaties/{id:int}/afwijzen", Access.Staff),
        Post("beheer/organisaties/{id:int}/schorsen", Access.Staff),
        Post("beheer/organisaties/{id:int}/heractiveren", Access.Staff),
        Get("beheer/vacatures", Access.Staff),
        Get("beheer/vacatures/{id:int}", Access.Staff),
        Post("beheer/vacatures/{id:int}/publiceren", Access.Staff),
        Post("beheer/vacatures/{id:int}/terugsturen", Access.Staff),
        Get("beheer/vacatures/{id:int}/kandidaten", Access.Staff),
        Get("beheer/vrijwilligers", Access.Staff),
        Get("beheer/vragen", Access.Staff),
        Get("beheer/vragen/{id:int}", Access.Staff),
        Post("beheer/vragen/{id:int}/antwoorden", Access.Staff),
        Post("beheer/vragen/{id:int}/notities", Access.Staff),
        Post("beheer/vragen/{id:int}/toewijzen", Access.Staff),
        Post("beheer/vragen/{id:int}/beantwoord", Access.Staff),
        Post("beheer/vragen/{id:int}/heropenen", Access.Staff),
        Get("beheer/cursussen", Access.Staff),
        Get("beheer/cursussen/nieuw", Access.Staff),
        Post("beheer/cursussen/nieuw", Access.Staff),
        Get("beheer/cursussen/{id:int}", Access.Staff),
        Get("beheer/cursussen/{id:int}/bewerken", Access.Staff),
        Post("beheer/cursussen/{id:int}/bewerken", Access.Staff),
        Post("beheer/cursussen/{id:int}/annuleren", Access.Staff),
        Post("beheer/cursussen/{id:int}/aanwezigheid", Access.Staff),
        Get("beheer/cursussen/{id:int}/deelnemers.csv", Access.Staff),
        Get("beheer/bemiddelingen", Access.Staff),
        Get("beheer/bemiddelingen/nieuw", Access.Staff),
        Post("beheer/bemiddelingen/nieuw", Access.Staff),
        Get("beheer/bemiddelingen/{id:int}", Access.Staff),
        Post("beheer/bemiddelingen/{id:int}/toewijzen", Access.Staff),
        Get("beheer/bemiddelingen/{id:int}/intake", Access.Staff),
        Post("beheer/bemiddelingen/{id:int}/intake", Access.Staff),
        Post("beheer/bemiddelingen/{id:int}/notities", Access.Staff),
        Post("beheer/bemiddelingen/{id:int}/voorstellen", Access.Staff),
        Post("beheer/bemiddelingen/{id:int}/voorstellen/{proposalId:int}/accepteren", Access.Staff),
        Post("beheer/bemiddelingen/{id:int}/voorstellen/{proposalId:int}/afwijzen", Access.Staff),
        Post("beheer/bemiddelingen/{id:int}/voorstellen/{proposalId:int}/plaatsen", Access.Staff),
        Get("beheer/bemiddelingen/{id:int}/nazorg", Access.Staff),
        Post("beheer/bemiddelingen/{id:int}/nazorg", Access.Staff),
        Post("beheer/bemiddelingen/{id:int}/afsluiten", Access.Staff),
        Get("beheer/bemiddelingen/{id:int}/persoon/gegevens", Access.Staff),
        Post("beheer/bemiddelingen/{id:int}/persoon/verwijderen", Access.Staff),

        // Back office, administrators only.
        Get("beheer/medewerkers", Access.Admin),
        Post("beheer/medewerkers/uitnodigen", Access.Admin),
        Post("beheer/medewerkers/{id:guid}/rol", Access.Admin),
        Post("beheer/medewerkers/{id:guid}/intrekken", Access.Admin),
        Post("beheer/medewerkers/{id:guid}/tweede-stap-resetten", Access.Admin),
        Get("beheer/rapportages", Access.ReportReaders),
        Get("beheer/rapportages/csv/{table}", Access.ReportReaders),
        Get("beheer/rapportages/excel", Access.ReportReaders),
        Get("beheer/rapportages/jaarverslag", Access.ReportReaders),
        Get("beheer/instellingen", Access.Admin),
        Post("beheer/instellingen", Access.Admin),
        Post("beheer/instellingen/standaard", Access.Admin),
        Get("beheer/instellingen/lijsten/{list}", Access.Admin),
        Post("beheer/instellingen/lijsten/{list}/toevoegen", Access.Admin),
        Post("beheer/instellingen/lijsten/{list}/{id:int}/wijzigen", Access.Admin),
        Post("beheer/instellingen/lijsten/{list}/{id:int}/intrekken", Access.Admin),
        Post("beheer/instellingen/lijsten/{list}/{id:int}/terugzetten", Access.Admin),
        Get("beheer/instellingen/uitwisseling", Access.Admin),
        Post("beheer/instellingen/uitwisseling", Access.Admin),
        Get("beheer/instellingen/uitwisseling/{id:int}/wijzigen", Access.Admin),
        Post("beheer/instellingen/uitwisseling/{id:int}/wijzigen", Access.Admin),
        Post("beheer/instellingen/uitwisseling/{id:int}/verwijderen", Access.Admin),
        Get("beheer/auditlog", Access.Admin),
        Get("beheer/inbedden", Access.Admin),
        Get("beheer/e-mails", Access.Staff),
        Post("beheer/e-mails/{id:long}/opnieuw", Access.Staff),
    ];

    /// <summary>
    /// Routes that take a POST without an antiforgery token, each with the reason. Every other
    /// POST (and every route that accepts any method) must answer 400 without one.
    /// </summary>
    public static IReadOnlyDictionary<string, string> WithoutAntiforgery { get; } = new Dictionary<string, string>
    {
        ["POST meldingen/afmelden/een-klik"] = "RFC 8058 one-click unsubscribe: the mail client posts without opening a page; the signed token in the link is the proof (docs/adr/0033).",
        ["* fout"] = "The error page is re-executed for a failed request of any method and changes nothing.",
        ["* fout/{code:int}"] = "The error page is re-executed for a failed request of any method and changes nothing.",
        ["* {*path}"] = "An address nobody serves answers 404 to every method and changes nothing.",
    };

    /// <summary>
    /// Pages that must show at least one form that posts (besides the log-out button), visited as
    /// the given role ("" for a visitor); placeholders are filled from the test's own data.
    /// </summary>
    public static IReadOnlyList<(string Pattern, string As)> PagesWithForms { get; } =
    [
        ("account/inloggen", ""),
        ("account/registreren", ""),
        ("account/wachtwoord-vergeten", ""),
        ("account/bevestiging-opnieuw", ""),
        ("organisatie/aanmelden", ""),
        ("account/e-mailadres", PortalRoles.Volunteer),
        ("account/wachtwoord-wijzigen", PortalRoles.Volunteer),
        ("vacatures/{id:int}/reageren", PortalRoles.Volunteer),
        ("mijn/profiel", PortalRoles.Volunteer),
        ("mijn/voor-jou", PortalRoles.Volunteer),
        ("mijn/hulpvraag/intrekken", PortalRoles.Volunteer),
        ("mijn/reacties/{id:int}/intrekken", PortalRoles.Volunteer),
        ("mijn/gegevens/verwijderen", PortalRoles.Volunteer),
        ("mijn/bewijs", PortalRoles.Volunteer),
        ("organisatie/vacatures", PortalRoles.OrganisationMember),
        ("organisatie/vacatures/nieuw", PortalRoles.OrganisationMember),
        ("organisatie/vacatures/{id:int}/bewerken", PortalRoles.OrganisationMember),
        ("organisatie/vacatures/{id:int}/reacties", PortalRoles.OrganisationMember),
        ("organisatie/vacatures/{id:int}/diensten", PortalRoles.OrganisationMember),
        ("organisatie/vacatures/{id:int}/diensten/{shiftId:int}/bewerken", PortalRoles.OrganisationMember),
        ("organisatie/leden", PortalRoles.OrganisationMember),
        ("organisatie/vragen/nieuw", PortalRoles.OrganisationMember),
        ("organisatie/vragen/{id:int}", PortalRoles.OrganisationMember),
        ("beheer/vragen/{id:int}", PortalRoles.Staff),
        ("beheer/cursussen/nieuw", PortalRoles.Staff),
        ("beheer/cursussen/{id:int}", PortalRoles.Staff),
        ("beheer/cursussen/{id:int}/bewerken", PortalRoles.Staff),
        ("beheer/organisaties/{id:int}", PortalRoles.Staff),
        ("beheer/bemiddelingen/nieuw", PortalRoles.Staff),
        ("beheer/bemiddelingen/{id:int}", PortalRoles.Staff),
        ("beheer/bemiddelingen/{id:int}/intake", PortalRoles.Staff),
        ("beheer/instellingen", PortalRoles.Admin),
        ("beheer/instellingen/lijsten/{list}", PortalRoles.Admin),
        ("beheer/instellingen/uitwisseling", PortalRoles.Admin),
        ("beheer/medewerkers", PortalRoles.Admin),
    ];

    public static RouteAccess Find(string method, string pattern) =>
        Routes.SingleOrDefault(r => r.Method == method && r.Pattern == pattern)
        ?? throw new InvalidOperationException($"{method} {pattern} is not in {nameof(RouteAccessTable)}.{nameof(Routes)}.");

    private static RouteAccess Get(string pattern, Access access) => new("GET", pattern, access);

    private static RouteAccess Post(string pattern, Access access) => new("POST", pattern, access);

    private static RouteAccess Any(string pattern, Access access) => new("*", pattern, access);
}
