using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Seeding;

/// <summary>
/// A believable centre in and around Utrecht for Development: organisations, vacancies and one
/// account per role; with <c>Centre:Country=BE</c> a Flemish one in and around Gent instead
/// (DemoData.Gent.cs). Never runs outside Development (the web host checks), and only on an empty
/// database.
/// </summary>
public static partial class DemoData
{
    public const string Password = "Demo-wachtwoord-2026";

    /// <summary>The authenticator key of the demo staff and administrator: public, Development only.</summary>
    public const string DemoAuthenticatorKey = "JBSWY3DPEHPK3PXPDEMOSTAFFKEYABCD";

    public static IReadOnlyList<(string Email, string Name, string Role)> Accounts { get; } =
    [
        ("vrijwilliger@demo.test", "Sanne de Vries", PortalRoles.Volunteer),
        ("organisatie@demo.test", "Peter Bakker", PortalRoles.OrganisationMember),
        ("medewerker@demo.test", "Fatima El Amrani", PortalRoles.Staff),
        ("beheerder@demo.test", "Joost van Dam", PortalRoles.Admin),
        ("gemeente@demo.test", "Anouk Verhoef", PortalRoles.Municipality),
    ];

    /// <summary>Postcode centroids of the demo addresses (GeoNames, CC BY 4.0).</summary>
    public static IReadOnlyDictionary<string, (string Place, double Lat, double Lon)> Postcodes { get; } =
        new Dictionary<string, (string, double, double)>
        {
            ["3511"] = ("Utrecht", 52.0886, 5.1174),
            ["3512"] = ("Utrecht", 52.0915, 5.1228),
            ["3513"] = ("Utrecht", 52.0987, 5.1093),
            ["3521"] = ("Utrecht", 52.083, 5.1108),
            ["3523"] = ("Utrecht", 52.072, 5.1244),
            ["3525"] = ("Utrecht", 52.0626, 5.1189),
            ["3531"] = ("Utrecht", 52.0911, 5.096),
            ["3544"] = ("Utrecht", 52.0925, 5.0506),
            ["3551"] = ("Utrecht", 52.1013, 5.098),
            ["3561"] = ("Utrecht", 52.1126, 5.1238),
            ["3571"] = ("Utrecht", 52.1072, 5.1291),
            ["3581"] = ("Utrecht", 52.0905, 5.1341),
            ["3584"] = ("Utrecht", 52.0846, 5.165),
            ["3431"] = ("Nieuwegein", 52.0314, 5.0838),
            ["3437"] = ("Nieuwegein", 52.0482, 5.0761),
            ["3701"] = ("Zeist", 52.0865, 5.2438),
            ["3731"] = ("De Bilt", 52.109, 5.1757),
            ["3401"] = ("IJsselstein", 52.0212, 5.0405),
            ["3451"] = ("Vleuten", 52.1063, 5.013),
            ["3601"] = ("Maarssen", 52.1446, 5.0437),
            ["3994"] = ("Houten", 52.0237, 5.1841),
            ["3811"] = ("Amersfoort", 52.1557, 5.3881),
        };

    /// <summary>The municipality (gemeente) of each demo place, as the GeoNames import fills it in.</summary>
    public static IReadOnlyDictionary<string, string> Municipalities { get; } = new Dictionary<string, string>
    {
        ["Utrecht"] = "Utrecht",
        ["Vleuten"] = "Utrecht",
        ["Nieuwegein"] = "Nieuwegein",
        ["Zeist"] = "Zeist",
        ["De Bilt"] = "De Bilt",
        ["IJsselstein"] = "IJsselstein",
        ["Maarssen"] = "Stichtse Vecht",
        ["Houten"] = "Houten",
        ["Amersfoort"] = "Amersfoort",
    };

    /// <summary>
    /// Puts the demo addresses' postcodes in the postcode table, so the demo (and the tests) work
    /// without an import; codes already there are left alone.
    /// </summary>
    public static Task SeedPostcodesAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        SeedPostcodesAsync(db, Utrecht, cancellationToken);

    /// <summary>The demo postcodes of the centre in <paramref name="country"/> ("NL" Utrecht, "BE" Gent).</summary>
    public static Task SeedPostcodesAsync(PortalDbContext db, string country, CancellationToken cancellationToken = default) =>
        SeedPostcodesAsync(db, CentreIn(country), cancellationToken);

    private static Task SeedPostcodesAsync(PortalDbContext db, DemoCentre centre, CancellationToken cancellationToken) =>
        PostcodeImport.EnsureAsync(db, centre.Postcodes.Select(p => new PostcodeArea(centre.Country, p.Key, p.Value.Place, centre.Municipalities.GetValueOrDefault(p.Value.Place), p.Value.Lat, p.Value.Lon)), cancellationToken);

    /// <summary>
    /// One demo centre: its country, places (postcode centroids, GeoNames CC BY 4.0), organisations,
    /// vacancies, the demo volunteer's home, where courses meet and the titles of the vacancies
    /// with shifts (<see cref="SeedActivitiesAsync"/>).
    /// </summary>
    private sealed record DemoCentre(
        string Country,
        IReadOnlyDictionary<string, (string Place, double Lat, double Lon)> Postcodes,
        IReadOnlyDictionary<string, string> Municipalities,
        OrganisationProfile[] Organisations,
        string PendingOrganisation,
        VacancySpec[] Vacancies,
        string HomePostcode,
        string CourseVenue,
        DemoActivities Activities);

    private sealed record DemoActivities(string OneDay, string CollectionWeek, string Approval, string PastShifts);

    private static DemoCentre Utrecht => new(
        "NL",
        Postcodes,
        Municipalities,
        Organisations,
        PendingOrganisation,
        Vacancies,
        "3581",
        "Vrijwilligerscentrale, Oudegracht 10, Utrecht",
        new(NlDoetActivity, CollectionWeek, ApprovalActivity, PastShiftsVacancy));

    private static DemoCentre CentreIn(string country) => string.Equals(country, "BE", StringComparison.OrdinalIgnoreCase) ? Gent : Utrecht;

    /// <summary>Seeds the demo centre of <paramref name="country"/>: Utrecht ("NL", the default) or Gent ("BE").</summary>
    public static async Task SeedAsync(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, string country = "NL", CancellationToken cancellationToken = default)
    {
        var centre = CentreIn(country);
        await SeedPostcodesAsync(db, centre, cancellationToken);
        if (await db.Organisations.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var accounts = new Dictionary<string, PortalUser>();
        foreach (var (email, name, role) in Accounts)
        {
            var user = new PortalUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                CreatedAt = now,
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            if (role is PortalRoles.Staff or PortalRoles.Admin)
            {
                // Staff must use a second factor; the demo accounts share a published key (ADR 0067, README).
                Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoAuthenticatorKey));
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }

            accounts[role] = user;
        }

        var staff = accounts[PortalRoles.Staff].Id;
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, cancellationToken);
        var skills = await db.Skills.ToDictionaryAsync(s => s.Slug, cancellationToken);
        var tags = await db.SuitableForTags.ToDictionaryAsync(t => t.Slug, cancellationToken);

        // Registered over the two years of demo history (SeedHistory), the pending one last week.
        var organisations = centre.Organisations.Select((profile, index) =>
        {
            var registered = profile.Name == centre.PendingOrganisation ? now.AddDays(-7) : now.AddDays(-760 + (index * 20));
            var organisation = Organisation.Register(profile, accounts[PortalRoles.OrganisationMember].Id, registered);
            if (profile.Name != centre.PendingOrganisation)
            {
                organisation.Approve(staff, registered.AddDays(1));
            }

            return organisation;
        }).ToList();
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync(cancellationToken);

        var volunteerUser = accounts[PortalRoles.Volunteer];
        var volunteer = Volunteer.ForAccount(volunteerUser.Id, volunteerUser.DisplayName, volunteerUser.Email!, now.AddDays(-30));
        var home = centre.Postcodes[centre.HomePostcode];
        volunteer.SetLocation(centre.HomePostcode, new GeoPoint(home.Lat, home.Lon), 10);
        volunteer.SetAvailability(WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon)), 4);
        volunteer.SetInterests([categories["natuur-milieu"], categories["dieren"]], [skills["tuinieren"], skills["rijbewijs-b"]]);
        volunteer.SetBirthYear(1994, now.Year);
        db.Volunteers.Add(volunteer);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var byTitle = new Dictionary<string, Vacancy>();
        foreach (var (spec, index) in centre.Vacancies.Select((s, i) => (s, i)))
        {
            var organisation = organisations[spec.Organisation];
            var place = spec.Postcode is null ? default : centre.Postcodes[spec.Postcode];
            var content = new VacancyContent
            {
                Title = spec.Title,
                Description = spec.Description,
                CategoryId = categories[spec.Category].Id,
                IsRemote = spec.Postcode is null,
                Postcode = spec.Postcode,
                Place = spec.Postcode is null ? null : place.Place,
                Location = spec.Postcode is null ? null : new GeoPoint(place.Lat, place.Lon),
                Commitment = spec.Commitment,
                Schedule = WeekSchedule.FromBits(spec.Schedule),
                HoursPerWeek = spec.Hours,
                StartDate = spec.EndsInDays is { } days && spec.Commitment == Commitment.OneOff ? today.AddDays(days) : null,
                EndDate = spec.EndsInDays is { } end ? today.AddDays(end) : null,
                Places = spec.Places,
                MinimumAge = spec.MinimumAge,
                RequiresVog = spec.Vog,
                ContactName = organisation.ContactName,
                ContactEmail = organisation.ContactEmail,
            };
            var publishedAt = now.AddDays(-spec.DaysAgo).AddMinutes(-index);
            var vacancy = Vacancy.CreateDraft(
                organisation.Id,
                content,
                spec.Skills.Select(s => skills[s]),
                spec.Tags.Select(t => tags[t]),
                accounts[PortalRoles.OrganisationMember].Id,
                publishedAt.AddDays(-1));
            switch (spec.Status)
            {
                case VacancyStatus.Published:
                    vacancy.Submit(centreReviewsVacancies: false, accounts[PortalRoles.OrganisationMember].Id, publishedAt);
                    break;
                case VacancyStatus.Submitted:
                    vacancy.Submit(centreReviewsVacancies: true, accounts[PortalRoles.OrganisationMember].Id, publishedAt);
                    break;
                case VacancyStatus.Closed:
                    vacancy.Submit(centreReviewsVacancies: false, accounts[PortalRoles.OrganisationMember].Id, publishedAt);
                    vacancy.Close(ClosedReason.Filled, accounts[PortalRoles.OrganisationMember].Id, publishedAt.AddDays(3));
                    break;
            }

            db.Vacancies.Add(vacancy);
            byTitle[spec.Title] = vacancy;
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedHistoryAsync(db, centre.Postcodes, organisations.Where(o => o.Status == OrganisationStatus.Approved).ToList(), categories.Values.ToList(), tags.Values.ToList(), staff, now, cancellationToken);
        await SeedSupportAsync(db, organisations[0], centre.CourseVenue, accounts[PortalRoles.OrganisationMember].Id, volunteerUser.Id, staff, now, cancellationToken);
        await SeedActivitiesAsync(db, byTitle, centre.Activities, volunteer, accounts[PortalRoles.OrganisationMember].Id, now, cancellationToken);
    }

    /// <summary>Titles of the demo vacancies that get shifts (issue 17).</summary>
    public const string NlDoetActivity = "Poelen schoonmaken tijdens NLdoet";

    public const string CollectionWeek = "Collectant in de collecteweek";

    public const string ApprovalActivity = "Vrijwilliger Open Monumentendag";

    public const string PastShiftsVacancy = "Knotploeg: wilgen knotten langs de Kromme Rijn";

    /// <summary>
    /// Activities with shifts (issue 17, docs/adr/0130–0133), all on dates relative to the clock so
    /// the demo never goes stale: an NLdoet Saturday with two shifts, the morning one full with two
    /// people waiting and the demo volunteer on the afternoon one; a collection week with shifts on
    /// five days; Open Monumentendag where the organisation approves sign-ups (two wait for it);
    /// and three past Saturdays of the (ongoing) knotploeg, where the demo volunteer came twice:
    /// confirmed hours and one certificate of volunteering. Other sign-ups are people from the
    /// demo history, who have no e-mail address, so nothing is ever mailed to them.
    /// </summary>
    private static async Task SeedActivitiesAsync(PortalDbContext db, Dictionary<string, Vacancy> vacancies, DemoActivities activities, Volunteer demoVolunteer, Guid member, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = AmsterdamClock.Today(now);
        var people = await db.Volunteers.Where(v => v.UserId == null).OrderBy(v => v.Id).Take(20).ToListAsync(cancellationToken);
        var planned = now.AddDays(-3);
        var signUpAt = now.AddDays(-2);
        var details = new SignUpDetails(ContactPreference.Email, null);
        var nextPerson = 0;

        Shift Plan(Vacancy vacancy, DateOnly date, (int Hour, int Minute) start, (int Hour, int Minute) end, int places, bool needsApproval = false, DateTimeOffset? at = null)
        {
            var shift = Shift.Plan(vacancy.Id, new ShiftPlan(date, new TimeOnly(start.Hour, start.Minute), new TimeOnly(end.Hour, end.Minute), null, places), needsApproval, at ?? planned);
            db.Shifts.Add(shift);
            return shift;
        }

        void SignUpOthers(Shift shift, int count)
        {
            for (var i = 0; i < count; i++)
            {
                shift.SignUp(people[nextPerson].Id, details, [], signUpAt.AddMinutes(nextPerson));
                nextPerson++;
            }
        }

        // NLdoet: the first Saturday at least a week ahead; the morning is full and two people wait.
        var saturday = NextDay(today.AddDays(8), DayOfWeek.Saturday);
        var nlDoet = vacancies[activities.OneDay];
        SignUpOthers(Plan(nlDoet, saturday, (9, 0), (12, 30), 4), 6);
        var afternoon = Plan(nlDoet, saturday, (13, 0), (16, 30), 4);
        afternoon.SignUp(demoVolunteer.Id, details, [], signUpAt);
        SignUpOthers(afternoon, 1);

        // The collection week: Monday to Thursday afternoons and the Saturday morning, two weeks ahead.
        var monday = NextDay(today.AddDays(14), DayOfWeek.Monday);
        var week = vacancies[activities.CollectionWeek];
        for (var day = 0; day < 4; day++)
        {
            SignUpOthers(Plan(week, monday.AddDays(day), (14, 0), (17, 0), 3), day switch { 0 => 2, 1 => 3, _ => 0 });
        }

        SignUpOthers(Plan(week, monday.AddDays(5), (10, 0), (13, 0), 6), 1);

        // Open Monumentendag: the organisation approves who may give tours.
        var monuments = vacancies[activities.Approval];
        SignUpOthers(Plan(monuments, saturday, (10, 0), (13, 0), 5, needsApproval: true), 2);
        Plan(monuments, saturday, (13, 0), (16, 0), 5, needsApproval: true);

        // Three past Saturdays of the knotploeg, the last two to eight days ago (so a certificate
        // for "yesterday and today" holds none of it); the demo volunteer came to two.
        var knotploeg = vacancies[activities.PastShifts];
        var lastPast = NextDay(today.AddDays(-8), DayOfWeek.Saturday);
        var past = new List<(Shift Shift, ShiftSignUp? Mine)>();
        foreach (var date in new[] { lastPast.AddDays(-14), lastPast.AddDays(-7), lastPast })
        {
            var at = AmsterdamClock.ToMoment(date, new TimeOnly(9, 0)).AddDays(-10);
            var shift = Plan(knotploeg, date, (9, 0), (12, 0), 8, at: at);
            var mine = date == lastPast.AddDays(-7) ? null : shift.SignUp(demoVolunteer.Id, details, [], at.AddDays(1));
            shift.SignUp(people[nextPerson].Id, details, [], at.AddDays(2));
            nextPerson++;
            past.Add((shift, mine));
        }

        await db.SaveChangesAsync(cancellationToken);

        var organisationId = knotploeg.OrganisationId;
        var minutes = 0;
        foreach (var (shift, mine) in past)
        {
            foreach (var signUp in shift.SignUps)
            {
                shift.RecordAttendance(signUp.Id, attended: true, shift.EndsAt.AddHours(1));
                db.HourEntries.Add(HourEntry.FromShift(signUp.VolunteerId, organisationId, knotploeg.Id, signUp.Id, shift.Date, shift.Duration, member, shift.EndsAt.AddHours(1)));
            }

            minutes += mine is null ? 0 : (int)Math.Round(shift.Duration.TotalMinutes);
        }

        var from = past[0].Shift.Date;
        var to = past[^1].Shift.Date;
        db.Certificates.Add(Certificate.Issue(Certificate.NewCode(), demoVolunteer.Id, demoVolunteer.Name, from, to, minutes, AmsterdamClock.ToMoment(to, new TimeOnly(18, 0))));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The first <paramref name="day"/> on or after <paramref name="from"/>.</summary>
    private static DateOnly NextDay(DateOnly from, DayOfWeek day) => from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);

    /// <summary>
    /// A question thread between the first organisation and the centre, and a two-evening course
    /// with one sign-up, so /organisatie/vragen, /beheer/vragen and /cursussen are not empty (issue 16).
    /// </summary>
    private static async Task SeedSupportAsync(PortalDbContext db, Organisation organisation, string courseVenue, Guid member, Guid volunteer, Guid staff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var topic = await db.QuestionTopics.SingleAsync(t => t.Slug == "verzekering", cancellationToken);
        var question = Domain.Questions.Question.Ask(organisation.Id, topic.Id, "Zijn onze vrijwilligers verzekerd bij een uitje?", "We gaan in het voorjaar met de vrijwilligers een dagje uit. Zijn ze dan verzekerd via de gemeente, of moeten we zelf iets regelen?", member, now.AddDays(-3));
        question.AddNote("Gemeentelijke vrijwilligersverzekering dekt uitjes die de organisatie zelf organiseert; polisvoorwaarden meesturen.", staff, now.AddDays(-2));
        question.Answer("Ja: de gemeente heeft een vrijwilligersverzekering die ook uitjes dekt die jullie zelf organiseren. Aanmelden is niet nodig. Bel ons gerust als je de voorwaarden wilt doorlopen.", staff, now.AddDays(-2));
        db.Questions.Add(question);

        var evening = new DateTimeOffset(now.Year, now.Month, now.Day, 18, 30, 0, TimeSpan.Zero).AddDays(14);
        var course = Domain.Courses.Course.Publish(
            new Domain.Courses.CourseDetails
            {
                Title = "Vrijwilligers werven en behouden",
                Description = "Twee avonden voor coördinatoren: hoe schrijf je een vacature die werkt, hoe voer je een kennismakingsgesprek, en hoe houd je vrijwilligers betrokken.",
                Audience = Domain.Courses.CourseAudience.Coordinators,
                Place = courseVenue,
                Capacity = 12,
                SignUpDeadline = evening.AddDays(-2),
                Sessions = [(evening, evening.AddHours(2)), (evening.AddDays(7), evening.AddDays(7).AddHours(2))],
            },
            staff,
            now.AddDays(-10));
        course.SignUp(member, now.AddDays(-5));
        db.Courses.Add(course);
        var meeting = Domain.Courses.Course.Publish(
            new Domain.Courses.CourseDetails
            {
                Title = "Netwerkbijeenkomst vrijwilligers",
                Description = "Een informele middag voor vrijwilligers uit de hele stad: ervaringen delen en nieuwe mensen leren kennen.",
                Audience = Domain.Courses.CourseAudience.Volunteers,
                OnlineLink = "https://meet.example.nl/netwerk",
                Capacity = 30,
                SignUpDeadline = evening.AddDays(20),
                Sessions = [(evening.AddDays(21).AddHours(-4), evening.AddDays(21).AddHours(-2))],
            },
            staff,
            now.AddDays(-1));
        meeting.SignUp(volunteer, now.AddHours(-2));
        db.Courses.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] FirstNames =
    [
        "Anna", "Bram", "Daan", "Emma", "Fatma", "Gijs", "Hanna", "Ilias", "Julia", "Koen", "Lotte", "Mohamed", "Noor", "Olga", "Pieter", "Romy",
        "Sem", "Tess", "Umut", "Vera", "Wessel", "Yara", "Zoë", "Ahmed", "Bregje", "Chris", "Dirk", "Esra", "Floor", "Gerrit",
    ];

    private static readonly string[] Stories =
    [
        "Sinds ik elke week in de tuin help, ken ik eindelijk mensen in mijn wijk.",
        "Door het taalcafé durf ik nu Nederlands te praten bij de bakker.",
        "Ik had na mijn pensioen geen ritme meer; nu kijk ik uit naar de dinsdag.",
        "De bewoners vragen al naar me als ik een week niet kom. Dat doet me goed.",
        "Via de centrale vond ik werk dat past bij wat ik kan, ook met mijn beperking.",
    ];

    /// <summary>
    /// The vacancies of the demo's history: work any club, foundation or shelter asks for, so that
    /// each fits whichever organisation it is given to, and reads as a real vacancy where it is
    /// still open.
    /// </summary>
    private static readonly (string Title, string Description, string Category)[] HistoryVacancies =
    [
        ("Gastvrouw of gastheer bij onze activiteiten", "Je ontvangt bezoekers, zet koffie en zorgt dat iedereen zich welkom voelt.", "evenementen"),
        ("Penningmeester voor het bestuur", "Je houdt de kas en de boekhouding bij en maakt één keer per jaar de begroting met het bestuur.", "bestuur"),
        ("Klusser voor kleine reparaties", "Een lamp vervangen, een deur die klemt, een kast in elkaar zetten: jij lost het op.", "klussen-techniek"),
        ("Chauffeur voor uitjes", "Je rijdt met de busjes van de organisatie naar uitjes en activiteiten. Rijbewijs B is genoeg.", "vervoer"),
        ("Schrijver voor de nieuwsbrief", "Je schrijft elke maand een paar korte stukjes over wat er bij ons gebeurt.", "communicatie"),
        ("Opbouwer bij evenementen", "Tenten, tafels en stoelen: je helpt bij het op- en afbouwen van onze evenementen.", "evenementen"),
        ("Secretaris voor het bestuur", "Je maakt de agenda, schrijft de notulen en beantwoordt de post.", "bestuur"),
        ("Beheerder van onze website", "Je houdt de website actueel: nieuws, agenda en foto's.", "communicatie"),
        ("Maatje voor een wandeling", "Eén keer per week een uur wandelen en een praatje maken met iemand die niet graag alleen gaat.", "ouderen"),
        ("Fotograaf bij activiteiten", "Je maakt foto's van onze activiteiten voor de website en de nieuwsbrief.", "communicatie"),
        ("Hulp bij de administratie", "Je verwerkt aanmeldingen en houdt de ledenlijst bij, een ochtend per week.", "communicatie"),
        ("Tuinman voor het terrein", "Je houdt het terrein netjes: maaien, snoeien en onkruid wieden.", "natuur-milieu"),
        ("Begeleider van een jeugdgroep", "Je helpt de vaste leiding bij de wekelijkse activiteiten met kinderen.", "jeugd"),
        ("Voorlezer voor kinderen", "Je leest op woensdagmiddag voor aan kinderen van vier tot acht jaar.", "onderwijs"),
        ("Bezorger van het ledenblad", "Je bezorgt vier keer per jaar ons blad bij de leden in jouw wijk.", "vervoer"),
        ("Medewerker in de kantine", "Je schenkt koffie en thee en houdt de kantine schoon.", "evenementen"),
        ("Taalmaatje voor een nieuwe buurtbewoner", "Samen Nederlands praten, een uur per week, op een plek die jullie samen kiezen.", "nieuwkomers-taal"),
        ("Verzorger van de dieren", "Je geeft de dieren eten en water en maakt de hokken schoon.", "dieren"),
        ("Coördinator van het vrijwilligersrooster", "Je maakt het rooster en zoekt vervanging als iemand niet kan.", "communicatie"),
        ("Hulp bij de jaarlijkse open dag", "Je vertelt bezoekers over ons werk en helpt bij de activiteiten van die dag.", "evenementen"),
        ("Bestuurslid voor vrijwilligerszaken", "Je bent in het bestuur het aanspreekpunt voor onze vrijwilligers.", "bestuur"),
        ("Helper bij de zomeractiviteiten", "In de zomervakantie help je een paar dagen bij de activiteiten voor de buurt.", "jeugd"),
        ("Gezelschap voor een oudere buurtbewoner", "Een kopje koffie, een spelletje of een boodschap: jij brengt gezelligheid.", "zorg-welzijn"),
        ("Kassamedewerker bij evenementen", "Je verkoopt munten en kaartjes bij onze evenementen en houdt de kas bij.", "evenementen"),
    ];

    /// <summary>
    /// Two years of history, so the reports (/beheer/rapportages) show something real on a first
    /// look: volunteers who register and apply, organisations that answer, place or decline,
    /// withdrawals, mediations with intakes and placements, and follow-ups with a few consented
    /// stories. Made through the domain with past moments, from a fixed seed, in a few saves.
    /// </summary>
    private static async Task SeedHistoryAsync(PortalDbContext db, IReadOnlyDictionary<string, (string Place, double Lat, double Lon)> postcodes, IReadOnlyList<Organisation> organisations, IReadOnlyList<Domain.Taxonomy.Category> categories, IReadOnlyList<Domain.Taxonomy.SuitableForTag> tags, Guid staff, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var random = new Random(2026);
        var start = now.AddDays(-730);
        var codes = postcodes.Keys.ToList();

        var vacancies = new List<(Vacancy Vacancy, DateTimeOffset PublishedAt)>();
        for (var i = 0; i < HistoryVacancies.Length; i++)
        {
            var organisation = organisations[i % organisations.Count];
            var code = codes[random.Next(codes.Count)];
            var place = postcodes[code];
            var publishedAt = start.AddDays(i * 25);
            var vacancy = Vacancy.CreateDraft(
                organisation.Id,
                new VacancyContent
                {
                    Title = HistoryVacancies[i].Title,
                    Description = HistoryVacancies[i].Description,
                    CategoryId = (categories.FirstOrDefault(c => c.Slug == HistoryVacancies[i].Category) ?? categories[i % categories.Count]).Id,
                    Postcode = code,
                    Place = place.Place,
                    Location = new GeoPoint(place.Lat, place.Lon),
                    Commitment = Commitment.Ongoing,
                    Schedule = WeekSchedule.Of((DayOfWeek.Wednesday, DayPart.Afternoon)),
                    ContactName = organisation.ContactName,
                    ContactEmail = organisation.ContactEmail,
                },
                [],
                i % 3 == 0 ? [tags[i % tags.Count]] : [],
                staff,
                publishedAt.AddDays(-1));
            vacancy.Submit(centreReviewsVacancies: false, staff, publishedAt);
            db.Vacancies.Add(vacancy);
            vacancies.Add((vacancy, publishedAt));
        }

        var people = new List<(Volunteer Volunteer, DateTimeOffset At)>();
        for (var i = 0; i < 160; i++)
        {
            var at = start.AddDays(random.Next(0, 720)).AddHours(random.Next(8, 22));
            var volunteer = Volunteer.WithoutAccount($"{FirstNames[i % FirstNames.Length]} (demo {i + 1})", null, null, true, staff, at);
            var code = codes[random.Next(codes.Count)];
            volunteer.SetLocation(code, new GeoPoint(postcodes[code].Lat, postcodes[code].Lon), 15);
            volunteer.SetBirthYear(now.Year - random.Next(15, 80), now.Year);
            db.Volunteers.Add(volunteer);
            people.Add((volunteer, at));
        }

        await db.SaveChangesAsync(cancellationToken);
        var followUpAfter = TimeSpan.FromDays(42);
        var storyIndex = 0;
        var lastActivity = new Dictionary<Vacancy, DateTimeOffset>();

        Application? Respond(Vacancy vacancy, Volunteer volunteer, DateTimeOffset at)
        {
            if (at >= now || vacancy.Applications.Any(a => a.VolunteerId == volunteer.Id))
            {
                return null;
            }

            var application = vacancy.Apply(volunteer.Id, "Ik help graag mee en heb er elke week tijd voor.", ContactPreference.Email, staff, at);
            lastActivity[vacancy] = lastActivity.TryGetValue(vacancy, out var last) && last > at ? last : at;
            return application;
        }

        void FollowUp(Application application, DateTimeOffset placedAt)
        {
            // Only answered ones: an open follow-up would be mailed by the job to people who are not real.
            var answerAt = placedAt + followUpAfter + TimeSpan.FromDays(random.Next(1, 10));
            if (answerAt >= now)
            {
                return;
            }

            var followUps = PlacementFollowUp.ForPlacement(application, followUpAfter, placedAt);
            {
                var consented = random.Next(4) == 0;
                var mayBePublished = consented && storyIndex % 2 == 0; // every other story may also go on the home page (ADR 0091)
                followUps[0].MarkSent(placedAt + followUpAfter);
                followUps[0].Answer(random.Next(3, 6), random.Next(5) != 0, consented ? Stories[storyIndex++ % Stories.Length] : null, consented, answerAt, mayBePublished);
                followUps[1].MarkSent(placedAt + followUpAfter);
                followUps[1].Answer(random.Next(2, 6), random.Next(6) != 0, null, false, answerAt.AddDays(1));
            }

            db.PlacementFollowUps.AddRange(followUps);
        }

        foreach (var (volunteer, registered) in people)
        {
            foreach (var (vacancy, publishedAt) in vacancies.Where(v => v.PublishedAt < registered).OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
            {
                var at = registered.AddDays(random.Next(0, 20)).AddHours(random.Next(0, 5));
                if (Respond(vacancy, volunteer, at) is not { } application)
                {
                    continue;
                }

                var answered = at.AddDays(random.Next(0, 16)).AddHours(random.Next(1, 8));
                var outcome = random.Next(100);
                if (answered >= now || outcome < 15)
                {
                    continue; // never answered
                }

                if (outcome < 30)
                {
                    application.Withdraw(staff, answered);
                    continue;
                }

                if (outcome < 50)
                {
                    application.Decline("De plek is al vergeven.", staff, answered);
                    continue;
                }

                application.StartContact(staff, answered);
                var placedAt = answered.AddDays(random.Next(2, 15));
                if (placedAt < now)
                {
                    application.Place(staff, placedAt);
                    lastActivity[vacancy] = placedAt > lastActivity[vacancy] ? placedAt : lastActivity[vacancy];
                    FollowUp(application, placedAt);
                }
            }
        }

        var sources = Enum.GetValues<Domain.Mediations.ReferralSource>();
        foreach (var (volunteer, registered) in people.Where((_, i) => i % 5 == 0))
        {
            var opened = registered.AddDays(1);
            var intake = opened.AddDays(random.Next(3, 10));
            if (intake >= now)
            {
                continue;
            }

            var mediation = Domain.Mediations.Mediation.Open(volunteer.Id, null, staff, opened);
            mediation.RecordIntake(
                new Domain.Mediations.MediationIntake { ReferralSource = sources[random.Next(sources.Length)], Wishes = "Iets met mensen, dicht bij huis.", SuitableForIds = [tags[random.Next(tags.Count)].Id] },
                staff,
                intake);
            db.Mediations.Add(mediation);
            var (vacancy, _) = vacancies.Where(v => v.PublishedAt < intake).OrderBy(_ => random.Next()).FirstOrDefault();
            var proposedAt = intake.AddDays(2);
            var placedAt = proposedAt.AddDays(random.Next(5, 30));
            if (vacancy is null || placedAt >= now || random.Next(10) < 3 || vacancy.Applications.Any(a => a.VolunteerId == volunteer.Id))
            {
                if (intake.AddDays(40) < now)
                {
                    mediation.Close("Geen passende plek gevonden.", staff, intake.AddDays(40));
                }

                continue;
            }

            var proposal = mediation.Propose(vacancy.Id, staff, proposedAt);
            mediation.AcceptProposal(proposal, staff, proposedAt.AddDays(2));
            var application = Respond(vacancy, volunteer, proposedAt.AddDays(2))!;
            application.StartContact(staff, proposedAt.AddDays(2));
            mediation.Place(proposal, followUpAfter, staff, placedAt);
            application.Place(staff, placedAt);
            lastActivity[vacancy] = placedAt > lastActivity[vacancy] ? placedAt : lastActivity[vacancy];
            FollowUp(application, placedAt);
            if (placedAt + followUpAfter < now)
            {
                var consented = random.Next(3) == 0;
                mediation.RecordFollowUp(random.Next(3, 6), consented ? Stories[storyIndex++ % Stories.Length] : null, consented, true, staff, placedAt + followUpAfter);
            }
        }

        // Older vacancies were filled; they close after the last thing that happened on them.
        foreach (var (vacancy, publishedAt) in vacancies.Where(v => v.PublishedAt < now.AddDays(-300)))
        {
            var closeAt = (lastActivity.TryGetValue(vacancy, out var last) ? last : publishedAt).AddDays(1);
            if (closeAt < now)
            {
                vacancy.Close(ClosedReason.Filled, staff, closeAt);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo account could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private const string PendingOrganisation = "Repair Café Zuilen";

    private static readonly OrganisationProfile[] Organisations =
    [
        new()
        {
            Name = "Natuurgroep Kromme Rijn", Kind = OrganisationKind.Association, Postcode = "3581", Place = "Utrecht",
            Street = "Biltstraat 200", Website = "https://natuurgroep-krommerijn.example",
            Description = "Vrijwilligers die het groen langs de Kromme Rijn onderhouden: knotwilgen, poelen, bloemrijke bermen en rondleidingen.",
            ContactName = "Peter Bakker", ContactEmail = "info@natuurgroep-krommerijn.example", ContactPhone = "030 123 45 67",
        },
        new()
        {
            Name = "Stichting Welzijn Oost", Kind = OrganisationKind.Foundation, CompanyNumber = "41234567", Postcode = "3584", Place = "Utrecht",
            Street = "Kapelweg 12", Website = "https://welzijn-oost.example",
            Description = "Welzijnswerk voor ouderen en mantelzorgers in Utrecht-Oost: bezoek, boodschappen, ontmoeting en een maaltijd samen.",
            ContactName = "Ingrid Jansen", ContactEmail = "vrijwilligers@welzijn-oost.example", ContactPhone = "030 234 56 78",
        },
        new()
        {
            Name = "Taalhuis De Brug", Kind = OrganisationKind.Foundation, Postcode = "3561", Place = "Utrecht",
            Street = "Zambesidreef 5",
            Description = "Taalcafés, taalmaatjes en hulp bij formulieren voor nieuwkomers en iedereen die beter Nederlands wil leren.",
            ContactName = "Mohamed Ouali", ContactEmail = "taalhuis@debrug.example",
        },
        new()
        {
            Name = "Voetbalvereniging SV Vleuten", Kind = OrganisationKind.Association, CompanyNumber = "40478123", Postcode = "3451", Place = "Vleuten",
            Street = "Sportpark Vleuten 1", Website = "https://svvleuten.example",
            Description = "Een gezellige club met 600 leden en 40 jeugdteams die draait op vrijwilligers.",
            ContactName = "Kees Verhoef", ContactEmail = "secretaris@svvleuten.example",
        },
        new()
        {
            Name = "Dierenopvang Het Baken", Kind = OrganisationKind.Foundation, Postcode = "3431", Place = "Nieuwegein",
            Description = "Opvang voor zwerfdieren en afstandsdieren: honden, katten en konijnen die op een nieuw thuis wachten.",
            ContactName = "Els Mulder", ContactEmail = "vrijwilligers@hetbaken.example", ContactPhone = "030 345 67 89",
        },
        new()
        {
            Name = "Stichting Cultuurpodium Zeist", Kind = OrganisationKind.Foundation, Postcode = "3701", Place = "Zeist",
            Description = "Theater, film en muziek in het oude postkantoor van Zeist, gedragen door 80 vrijwilligers.",
            ContactName = "Anouk de Groot", ContactEmail = "vrijwilligers@cultuurpodiumzeist.example",
        },
        new()
        {
            Name = PendingOrganisation, Kind = OrganisationKind.Association, Postcode = "3551", Place = "Utrecht",
            Description = "Samen repareren in plaats van weggooien, elke eerste zaterdag van de maand.",
            ContactName = "Rob Smit", ContactEmail = "repaircafe@zuilen.example",
        },
    ];

    private sealed record VacancySpec(
        int Organisation,
        string Title,
        string Category,
        string? Postcode,
        Commitment Commitment,
        int Schedule,
        int? Hours,
        string Description,
        string[] Skills,
        string[] Tags,
        int DaysAgo,
        int? Places = null,
        int? MinimumAge = null,
        bool Vog = false,
        int? EndsInDays = null,
        VacancyStatus Status = VacancyStatus.Published);

    private static int Slots(params (DayOfWeek Day, DayPart Part)[] slots) => WeekSchedule.Of(slots).Bits;

    private static readonly VacancySpec[] Vacancies =
    [
        new(0, "Knotploeg: wilgen knotten langs de Kromme Rijn", "natuur-milieu", "3581", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Morning)), 3,
            "Van november tot maart knotten we elke zaterdagochtend wilgen langs de Kromme Rijn.\n\nWat ga je doen?\n- Takken zagen en snoeien onder begeleiding\n- Snoeihout opruimen en takkenrillen maken\n- Koffie drinken met de ploeg\n\nJe hoeft niets te kunnen: wij leren je alles en zorgen voor gereedschap, handschoenen en soep.",
            ["tuinieren"], ["55plus", "jongeren", "arbeidsmarkt"], 2),
        new(0, "Gids voor natuurwandelingen met scholen", "natuur-milieu", "3581", Commitment.Ongoing,
            Slots((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Thursday, DayPart.Morning)), 4,
            "Basisschoolklassen komen bij ons op excursie. Jij neemt een groep van 8 kinderen mee het veld in en laat ze waterdiertjes vangen, vogels horen en bomen herkennen.\n\nJe krijgt een korte training en loopt eerst mee met een ervaren gids. Omdat je met kinderen werkt, vragen we een VOG (de kosten betalen wij).",
            ["lesgeven"], ["55plus"], 5, Places: 3, MinimumAge: 18, Vog: true),
        new(0, "Poelen schoonmaken tijdens NLdoet", "natuur-milieu", "3584", Commitment.OneOff,
            Slots((DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon)), null,
            "Eén dag de handen uit de mouwen: we halen riet en blad uit drie amfibieënpoelen zodat kikkers en salamanders er weer kunnen leven. Laarzen en lunch zijn geregeld.",
            [], ["jongeren", "55plus", "anderstaligen"], 1, Places: 20),
        new(0, "Bloemen tellen voor het bermenproject", "natuur-milieu", "3731", Commitment.ShortTerm,
            Slots((DayOfWeek.Wednesday, DayPart.Afternoon), (DayOfWeek.Sunday, DayPart.Afternoon)), 2,
            "Help ons bijhouden welke wilde bloemen er in de bermen van De Bilt groeien. Met een app op je telefoon noteer je wat je ziet. Je kiest zelf wanneer je loopt.",
            ["fotografie"], ["55plus", "beperking"], 9, EndsInDays: 80),
        new(1, "Maatje voor een oudere buurtbewoner", "ouderen", "3584", Commitment.Ongoing,
            Slots((DayOfWeek.Monday, DayPart.Afternoon), (DayOfWeek.Wednesday, DayPart.Afternoon), (DayOfWeek.Friday, DayPart.Afternoon)), 2,
            "Veel ouderen in Utrecht-Oost zien weinig mensen. Als maatje ga je eens per week op bezoek: een kop koffie, een wandeling, samen naar de markt.\n\nWe koppelen je aan iemand die bij je past en je krijgt begeleiding van onze coördinator.",
            ["luisteren"], ["55plus", "jongeren", "anderstaligen"], 3, MinimumAge: 18, Vog: true),
        new(1, "Chauffeur voor de boodschappenbus", "vervoer", "3584", Commitment.Ongoing,
            Slots((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Thursday, DayPart.Morning)), 3,
            "Onze boodschappenbus brengt ouderen die slecht ter been zijn naar de supermarkt en weer terug. Jij rijdt (de bus is een gewone personenauto met 8 plaatsen) en helpt met in- en uitstappen.",
            ["rijbewijs-b"], ["55plus"], 6, Places: 2, MinimumAge: 21),
        new(1, "Kok voor de buurtmaaltijd op vrijdag", "zorg-welzijn", "3581", Commitment.Ongoing,
            Slots((DayOfWeek.Friday, DayPart.Afternoon), (DayOfWeek.Friday, DayPart.Evening)), 4,
            "Elke vrijdag eten 30 buurtbewoners samen in het wijkcentrum. Met twee andere vrijwilligers kook je een eenvoudige, gezonde maaltijd. Ervaring in een grootkeuken is niet nodig, plezier in koken wel.",
            ["koken"], ["arbeidsmarkt", "anderstaligen", "rolstoel"], 4),
        new(1, "Hulp bij digitale zaken voor senioren", "ouderen", "3523", Commitment.Ongoing,
            Slots((DayOfWeek.Wednesday, DayPart.Morning)), 2,
            "Inloggen met DigiD, een videobelletje met de kleinkinderen, een afspraak bij de huisarts via de app: voor veel ouderen is het lastig. In ons digicafé help je ze op weg, met geduld en in gewone taal.",
            ["it", "luisteren"], ["jongeren", "55plus"], 12),
        new(1, "Mantelzorgers ontlasten: een middag oppas", "zorg-welzijn", "3525", Commitment.Ongoing,
            Slots((DayOfWeek.Monday, DayPart.Afternoon), (DayOfWeek.Thursday, DayPart.Afternoon)), 3,
            "Mantelzorgers zorgen dag in dag uit voor hun partner of ouder. Jij neemt een middag de zorg over, zodat zij even iets voor zichzelf kunnen doen. Je krijgt een training van onze mantelzorgconsulent.",
            ["luisteren"], ["55plus"], 15, MinimumAge: 18, Vog: true),
        new(1, "Penningmeester voor het wijkcentrum", "bestuur", "3584", Commitment.Ongoing,
            Slots((DayOfWeek.Tuesday, DayPart.Evening)), 2,
            "Het wijkcentrum zoekt een penningmeester voor het bestuur. Je houdt de begroting bij, maakt de jaarrekening met de accountant en vergadert zes keer per jaar.",
            ["financien", "administratie"], ["55plus", "arbeidsmarkt"], 20, Places: 1),
        new(1, "Collectant in de collecteweek", "ouderen", "3584", Commitment.OneOff,
            Slots((DayOfWeek.Monday, DayPart.Afternoon), (DayOfWeek.Tuesday, DayPart.Afternoon), (DayOfWeek.Wednesday, DayPart.Afternoon), (DayOfWeek.Thursday, DayPart.Afternoon), (DayOfWeek.Saturday, DayPart.Morning)), null,
            "In de collecteweek gaan we met de collectebus langs de deuren in Utrecht-Oost, voor activiteiten tegen eenzaamheid onder ouderen. Kies een of meer middagen of de zaterdagochtend; je loopt een vaste route in je eigen buurt.",
            [], ["jongeren", "55plus", "arbeidsmarkt"], 2),
        new(2, "Taalmaatje voor een nieuwkomer", "nieuwkomers-taal", "3561", Commitment.Ongoing,
            Slots((DayOfWeek.Monday, DayPart.Evening), (DayOfWeek.Tuesday, DayPart.Evening), (DayOfWeek.Wednesday, DayPart.Evening), (DayOfWeek.Thursday, DayPart.Evening)), 2,
            "Een uur per week samen Nederlands praten, een brief lezen of de weg vinden in de stad. Je hoeft geen docent te zijn: een geduldige gesprekspartner is precies wat nodig is.\n\nWe koppelen je aan een nieuwkomer en je krijgt een startbijeenkomst.",
            ["luisteren", "lesgeven"], ["jongeren", "55plus"], 1),
        new(2, "Gastvrouw of gastheer van het taalcafé", "nieuwkomers-taal", "3561", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Afternoon)), 3,
            "In ons taalcafé oefenen nieuwkomers Nederlands in een ontspannen sfeer. Jij verwelkomt bezoekers, schenkt koffie en thee en zorgt dat iedereen aan een tafel terechtkomt.",
            [], ["anderstaligen", "arbeidsmarkt", "rolstoel"], 7),
        new(2, "Formulierenhulp op het spreekuur", "nieuwkomers-taal", "3561", Commitment.Ongoing,
            Slots((DayOfWeek.Thursday, DayPart.Morning)), 3,
            "Toeslagen, huurcontract, een brief van de gemeente: op ons spreekuur help je bewoners hun post te begrijpen en formulieren in te vullen. Je werkt onder begeleiding van een sociaal raadsman.",
            ["administratie", "talen"], ["55plus"], 10, Vog: true),
        new(2, "Huiswerkbegeleiding voor kinderen in Overvecht", "onderwijs", "3561", Commitment.Ongoing,
            Slots((DayOfWeek.Tuesday, DayPart.Afternoon), (DayOfWeek.Thursday, DayPart.Afternoon)), 2,
            "Kinderen van 8 tot 14 jaar maken na school hun huiswerk bij ons. Jij helpt met rekenen, lezen en plannen, en bent vooral iemand die in ze gelooft.",
            ["lesgeven"], ["jongeren", "55plus"], 8, MinimumAge: 16, Vog: true),
        new(2, "Vertaler Arabisch–Nederlands (vanuit huis)", "nieuwkomers-taal", null, Commitment.Ongoing,
            Slots((DayOfWeek.Monday, DayPart.Evening), (DayOfWeek.Sunday, DayPart.Afternoon)), 2,
            "We vertalen folders en uitnodigingen naar het Arabisch, zodat ook nieuwe Utrechters weten wat er in de wijk gebeurt. Je werkt thuis, wanneer het jou uitkomt.",
            ["talen"], ["anderstaligen", "beperking"], 14),
        new(3, "Jeugdtrainer voor de JO9", "sport", "3451", Commitment.Ongoing,
            Slots((DayOfWeek.Wednesday, DayPart.Afternoon), (DayOfWeek.Saturday, DayPart.Morning)), 4,
            "Ons team onder 9 zoekt een trainer. Je geeft op woensdag training en begeleidt op zaterdag de wedstrijd. We bieden een cursus pupillentrainer aan.",
            ["lesgeven"], ["jongeren"], 2, MinimumAge: 16, Vog: true),
        new(3, "Kantinemedewerker op zaterdag", "sport", "3451", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon)), 3,
            "Koffie, thee en tosti's voor spelers en ouders. Eén keer per maand draai je een dienst van drie uur met een vaste collega. Gezellig en echt onmisbaar.",
            ["koken"], ["jongeren", "55plus", "arbeidsmarkt", "rolstoel"], 11),
        new(3, "Scheidsrechter voor jeugdwedstrijden", "sport", "3451", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Morning)), 2,
            "Fluit jij de jeugdwedstrijden op zaterdagochtend? Je krijgt een korte cursus en kunt daarna zelf kiezen hoe vaak je fluit.",
            [], ["jongeren", "55plus"], 25, MinimumAge: 14),
        new(3, "Vrijwilliger sociale media", "communicatie", null, Commitment.ShortTerm,
            Slots((DayOfWeek.Sunday, DayPart.Evening)), 2,
            "Maak foto's en korte filmpjes bij de wedstrijden en deel ze op onze kanalen. Het meeste werk doe je thuis.",
            ["sociale-media", "fotografie"], ["jongeren", "beperking"], 18, EndsInDays: 60),
        new(3, "Toernooiwerkers voor het pinkstertoernooi", "evenementen", "3451", Commitment.OneOff,
            Slots((DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon), (DayOfWeek.Sunday, DayPart.Morning), (DayOfWeek.Sunday, DayPart.Afternoon)), null,
            "Tijdens ons jeugdtoernooi met 60 teams zoeken we hulp bij op- en afbouw, de wedstrijdtafel en de kantine. Kies een dagdeel dat jou past.",
            [], ["jongeren", "55plus", "anderstaligen"], 4, Places: 30, EndsInDays: 45),
        new(4, "Hondenuitlater", "dieren", "3431", Commitment.Ongoing,
            Slots((DayOfWeek.Monday, DayPart.Morning), (DayOfWeek.Wednesday, DayPart.Morning), (DayOfWeek.Friday, DayPart.Morning), (DayOfWeek.Sunday, DayPart.Morning)), 2,
            "Onze honden snakken naar een flinke wandeling. Je loopt met een of twee honden een rondje door het park. Je krijgt eerst een instructie over de omgang met opvanghonden.",
            [], ["jongeren", "55plus", "arbeidsmarkt"], 1, MinimumAge: 16),
        new(4, "Kattenverzorger in het weekend", "dieren", "3431", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Sunday, DayPart.Morning)), 3,
            "Voeren, hokken schoonmaken en vooral: aandacht geven. Verlegen katten worden sneller geplaatst als ze gewend zijn aan mensen.",
            [], ["55plus", "arbeidsmarkt", "beperking"], 6),
        new(4, "Klusser voor de nieuwe konijnenverblijven", "klussen-techniek", "3437", Commitment.ShortTerm,
            Slots((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Tuesday, DayPart.Afternoon)), 6,
            "We bouwen nieuwe buitenverblijven voor de konijnen. Met een kleine ploeg timmer je de hokken en leg je gaas. Gereedschap is er.",
            ["technisch"], ["55plus", "arbeidsmarkt"], 13, Places: 4, EndsInDays: 70),
        new(4, "Fotograaf voor dieren die een thuis zoeken", "dieren", "3431", Commitment.Ongoing,
            Slots((DayOfWeek.Thursday, DayPart.Afternoon)), 2,
            "Een goede foto is vaak het begin van een nieuw thuis. Jij fotografeert nieuwe dieren en zet ze met een korte tekst op de website.",
            ["fotografie", "sociale-media"], ["jongeren", "beperking"], 22),
        new(5, "Zaalwacht bij voorstellingen", "cultuur", "3701", Commitment.Ongoing,
            Slots((DayOfWeek.Friday, DayPart.Evening), (DayOfWeek.Saturday, DayPart.Evening)), 3,
            "Je scheurt kaartjes, wijst bezoekers de weg en zorgt dat iedereen veilig de zaal in en uit gaat. Eén of twee avonden per maand, en je ziet de voorstelling gratis.",
            [], ["55plus", "jongeren", "rolstoel"], 3),
        new(5, "Technicus licht en geluid", "cultuur", "3701", Commitment.Ongoing,
            Slots((DayOfWeek.Thursday, DayPart.Evening), (DayOfWeek.Friday, DayPart.Evening), (DayOfWeek.Saturday, DayPart.Evening)), 4,
            "Leer het vak van onze vaste technici: licht hangen, geluid mengen en de voorstelling draaien. Ervaring is mooi maar niet nodig.",
            ["technisch", "it"], ["jongeren", "arbeidsmarkt"], 16),
        new(5, "Barmedewerker filmhuis", "cultuur", "3701", Commitment.Ongoing,
            Slots((DayOfWeek.Wednesday, DayPart.Evening), (DayOfWeek.Sunday, DayPart.Afternoon)), 3,
            "Achter de bar van ons filmhuis schenk je drankjes voor en na de film. Je krijgt een korte cursus sociale hygiëne.",
            [], ["jongeren", "55plus", "arbeidsmarkt"], 9, MinimumAge: 18),
        new(5, "Programmeur voor de ticketwebsite (vanuit huis)", "communicatie", null, Commitment.ShortTerm,
            Slots((DayOfWeek.Monday, DayPart.Evening), (DayOfWeek.Tuesday, DayPart.Evening)), 4,
            "Onze ticketwebsite is verouderd. Help je ons een nieuwe op te zetten? Je werkt thuis en overlegt elke twee weken met het bestuur.",
            ["it"], ["beperking"], 30, Places: 1, EndsInDays: 90),
        new(5, "Vrijwilliger Open Monumentendag", "evenementen", "3701", Commitment.OneOff,
            Slots((DayOfWeek.Saturday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon)), null,
            "Op Open Monumentendag staat het oude postkantoor open voor iedereen. Jij vertelt bezoekers over de geschiedenis van het gebouw.",
            [], ["55plus", "anderstaligen"], 5, Places: 10),
        new(0, "Coördinator vrijwilligersgroep (concept)", "bestuur", "3581", Commitment.Ongoing,
            Slots((DayOfWeek.Monday, DayPart.Evening)), 3,
            "Nog niet gepubliceerd: we schrijven deze vacature nog.", ["administratie"], [], 0, Status: VacancyStatus.Draft),
        new(1, "Kerstdiner voor alleenstaanden", "evenementen", "3584", Commitment.OneOff,
            Slots((DayOfWeek.Thursday, DayPart.Evening)), null,
            "Deze vacature is vervuld: dank aan alle aanmelders!", ["koken"], ["55plus"], 40, Places: 8, Status: VacancyStatus.Closed),
        new(6, "Reparateur van kleine apparaten", "klussen-techniek", "3551", Commitment.Ongoing,
            Slots((DayOfWeek.Saturday, DayPart.Afternoon)), 3,
            "Broodroosters, lampen en stofzuigers: samen met de eigenaar zoek je uit wat er kapot is en repareer je het.", ["technisch"], ["55plus"], 2),
    ];
}
