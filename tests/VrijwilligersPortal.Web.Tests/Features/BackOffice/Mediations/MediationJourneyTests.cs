using VrijwilligersPortal.Infrastructure.Audit;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Web.Features.BackOffice.Mediations;
using VrijwilligersPortal.Web.Tests.Features.ForYou;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Mediations;

/// <summary>Staff run mediation cases through the real pages, from help request to closed.</summary>
public sealed class MediationJourneyTests(MediationFixture factory) : IClassFixture<MediationFixture>
{
    private static string CaseUrl(int id) => $"/beheer/bemiddelingen/{id}";

    private static string Status(IHtmlDocument page) => page.QuerySelector("#case-status")!.TextContent;

    private Task<Mediation> CaseAsync(int id) =>
        factory.WithDbAsync((db, _) => db.Mediations.AsNoTracking().Include(m => m.History).SingleAsync(m => m.Id == id));

    private static int ProposalIdIn(IHtmlDocument page, string action) =>
        int.Parse(page.QuerySelector($"form[action$='/{action}']")!.GetAttribute("action")!.Split('/')[^2], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_help_request_goes_through_intake_proposal_placement_and_follow_up_to_closed()
    {
        using var volunteer = await factory.SignedInVolunteerAsync("Yara Haddad");
        var contact = TestData.UniqueEmail("buurthuis");
        var vacancy = await factory.OpenVacancyAsync("Koken in het buurthuis", places: 2, contactEmail: contact);
        await volunteer.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string>
        {
            ["WantsHelp"] = "true",
            ["HelpQuestion"] = "Ik zoek iets met koken.",
        });
        var id = await factory.WithDbAsync((db, _) => db.Mediations.Where(m => m.VolunteerId == volunteer.VolunteerId).Select(m => m.Id).SingleAsync());
        await factory.ProfileAsync(volunteer.VolunteerId, [], MatchingScenarios.Utrecht, maxDistanceKm: 25);
        using var staff = await factory.SignedInAsync(factory.Staff);

        // The new request is on the list of requested cases.
        var list = await staff.GetPageAsync("/beheer/bemiddelingen?status=Requested");
        Assert.NotNull(list.QuerySelector($"a[href='{CaseUrl(id)}']"));

        // Intake.
        var intake = await staff.SubmitFormAsync($"{CaseUrl(id)}/intake", new Dictionary<string, string>
        {
            ["ReferralSource"] = "Self",
            ["Wishes"] = "Koken voor anderen",
            ["Abilities"] = "Koken voor grote groepen",
            ["SupportNeeds"] = "Wil graag een vast aanspreekpunt",
            ["Languages"] = "Arabisch, Engels",
        });
        Assert.Equal(HttpStatusCode.Redirect, intake.StatusCode);
        var page = await staff.GetPageAsync(CaseUrl(id));
        Assert.Equal("intakegesprek gehad", Status(page));
        Assert.Contains("Wil graag een vast aanspreekpunt", page.QuerySelector("#support-needs")!.TextContent);

        // The ranked vacancies include the open one, with the matcher's reasons; propose it.
        var suggestion = page.QuerySelector($"#passend ~ ol form input[name=VacancyId][value='{vacancy.Id}']");
        Assert.NotNull(suggestion);
        var reasons = page.QuerySelectorAll("ol.suggestions li li").Select(li => li.TextContent).ToList();
        Assert.Contains(reasons, r => r.Contains("km van de vacature", StringComparison.Ordinal));
        Assert.DoesNotContain(reasons, r => System.Text.RegularExpressions.Regex.IsMatch(r, @"\b(je|jij|jouw)\b")); // staff read about the person, not to them
        var proposed = await staff.SubmitFormAsync(page, CaseUrl(id), new Dictionary<string, string>(), $"form:has(input[name=VacancyId][value='{vacancy.Id}'])");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Contains("Koken in het buurthuis", factory.Mail.Single(volunteer.Email, "Een vacature voor jou").Body);
        Assert.Contains("Yara Haddad", factory.Mail.Single(contact, "een vrijwilliger voor").Body);
        page = await staff.GetPageAsync(CaseUrl(id));
        Assert.Equal("op zoek naar een plek", Status(page));

        // Accepted: the organisation sees the volunteer among the responses, in contact.
        var proposalId = ProposalIdIn(page, "accepteren");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(page, CaseUrl(id), new Dictionary<string, string>(), "form[action$='/accepteren']")).StatusCode);
        var application = await factory.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.VacancyId == vacancy.Id && a.VolunteerId == volunteer.VolunteerId));
        Assert.Equal(ApplicationStatus.InContact, application.Status);

        // Placed: the application is placed too, and the follow-up falls due after six weeks.
        page = await staff.GetPageAsync(CaseUrl(id));
        Assert.Equal(proposalId, ProposalIdIn(page, "plaatsen"));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitFormAsync(page, CaseUrl(id), new Dictionary<string, string>(), "form[action$='/plaatsen']")).StatusCode);
        var placedAt = factory.Clock.GetUtcNow();
        var placed = await CaseAsync(id);
        Assert.Equal(MediationStatus.Placed, placed.Status);
        Assert.Equal(placedAt.AddDays(42), placed.FollowUpDueAt);
        Assert.Equal(ApplicationStatus.Placed, (await factory.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Id == application.Id))).Status);

        // A mediated placement also gets the "Hoe gaat het?" e-mails; the case page shows where they stand.
        var followUps = await factory.WithDbAsync((db, _) => db.PlacementFollowUps.AsNoTracking().Where(f => f.ApplicationId == application.Id).ToListAsync());
        Assert.Equal(2, followUps.Count);
        Assert.All(followUps, f => Assert.Equal(placedAt.AddDays(42), f.DueAt));
        page = await staff.GetPageAsync(CaseUrl(id));
        var rows = page.QuerySelectorAll($"section[aria-labelledby=nazorg] tr[data-application='{application.Id}']");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row => Assert.Contains("Gepland op", row.TextContent));

        var due = await staff.GetPageAsync("/beheer/bemiddelingen?nazorg=true");
        Assert.Null(due.QuerySelector($"a[href='{CaseUrl(id)}']"));
        Assert.Equal(0, (await factory.WithDbAsync((db, _) => MediationDashboard.CountsAsync(db, factory.Clock.GetUtcNow()))).FollowUpsDue);
        factory.Clock.Advance(TimeSpan.FromDays(42));
        try
        {
            // Six weeks later the sign-in has long expired: a new day, a new login.
            await staff.LogInAsync(factory.Staff.Email!);
            due = await staff.GetPageAsync("/beheer/bemiddelingen?nazorg=true");
            Assert.NotNull(due.QuerySelector($"a[href='{CaseUrl(id)}']"));
            Assert.Equal(1, (await factory.WithDbAsync((db, _) => MediationDashboard.CountsAsync(db, factory.Clock.GetUtcNow()))).FollowUpsDue);

            // Follow-up that closes the case.
            var followUp = await staff.SubmitFormAsync($"{CaseUrl(id)}/nazorg", new Dictionary<string, string>
            {
                ["Rating"] = "5",
                ["Story"] = "Ze kookt elke dinsdag voor twintig buurtgenoten.",
                ["StoryMayBeUsed"] = "true",
                ["Close"] = "true",
            });
            Assert.Equal(HttpStatusCode.Redirect, followUp.StatusCode);
        }
        finally
        {
            factory.Clock.Set(PortalFactory.Start);
        }

        var closed = await CaseAsync(id);
        Assert.Equal(MediationStatus.Closed, closed.Status);
        Assert.Equal((5, true), (closed.FollowUpRating, closed.StoryMayBeUsed));
        Assert.Equal(
            [MediationStatus.Requested, MediationStatus.IntakeDone, MediationStatus.Proposing, MediationStatus.Placed, MediationStatus.Closed],
            closed.History.OrderBy(h => h.At).Select(h => h.To));
        Assert.Equal(volunteer.User.Id, closed.History.OrderBy(h => h.At).First().By);
        Assert.All(closed.History.OrderBy(h => h.At).Skip(1), h => Assert.Equal(factory.Staff.Id, h.By));
        Assert.Equal("afgesloten", Status(await staff.GetPageAsync(CaseUrl(id))));

        // Support needs were viewed and changed, and each view of the case page was audited.
        var entries = factory.Audit.Entries.Where(e => e.MediationId == id).ToList();
        Assert.Contains((factory.Staff.Id, AuditActions.Mediation.SupportNeedsChanged, id), entries);
        Assert.True(entries.Count(e => e.Action == AuditActions.Mediation.NotesViewed) >= 4);
        Assert.All(entries, e => Assert.Equal(factory.Staff.Id, e.StaffUserId));

        // Every staff step is in the audit log too, in the order it happened.
        string[] steps = ["mediation.propose", "mediation.accept", "mediation.place", "mediation.followup"];
        Assert.Equal(steps, entries.Select(e => e.Action).Where(steps.Contains));
    }

    [Fact]
    public async Task Staff_open_a_case_for_a_walk_in_without_e_mail_and_only_the_organisation_is_mailed()
    {
        var contact = TestData.UniqueEmail("tuin");
        var vacancy = await factory.OpenVacancyAsync("Tuinieren bij de zorgboerderij", contactEmail: contact);
        using var staff = await factory.SignedInAsync(factory.Staff);

        var response = await staff.SubmitFormAsync("/beheer/bemiddelingen/nieuw", new Dictionary<string, string>
        {
            ["Name"] = "Karim Bouzid",
            ["Phone"] = "06 98765432",
            ["Question"] = "Doorverwezen door het wijkteam.",
            ["Consent"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var record = await factory.WithDbAsync((db, _) => db.Volunteers.AsNoTracking().SingleAsync(v => db.Mediations.Any(m => m.Id == id && m.VolunteerId == v.Id)));
        Assert.Equal(("Karim Bouzid", null, null), (record.Name, record.Email, record.UserId));
        Assert.Equal(factory.Staff.Id, record.RecordConsentRecordedBy);
        Assert.Equal(factory.Clock.GetUtcNow(), record.RecordConsentAt);
        var opened = await CaseAsync(id);
        Assert.Equal((MediationStatus.Requested, factory.Staff.Id), (opened.Status, opened.AssignedStaffId!.Value));

        await staff.SubmitFormAsync($"{CaseUrl(id)}/intake", new Dictionary<string, string>
        {
            ["ReferralSource"] = "NeighbourhoodTeam",
            ["Wishes"] = "Buiten werken",
        });
        var page = await staff.GetPageAsync(CaseUrl(id));
        var mailsBefore = factory.Mail.All().Count;
        await staff.SubmitFormAsync(page, CaseUrl(id), new Dictionary<string, string>(), $"form:has(input[name=VacancyId][value='{vacancy.Id}'])");

        var sent = factory.Mail.All().Skip(mailsBefore).ToList();
        var mail = Assert.Single(sent);
        Assert.Equal(contact, mail.To.Trim());
        Assert.Contains("Karim Bouzid", mail.Body);

        // Accepting creates the application the organisation sees, asking to be phoned.
        page = await staff.GetPageAsync(CaseUrl(id));
        await staff.SubmitFormAsync(page, CaseUrl(id), new Dictionary<string, string>(), "form[action$='/accepteren']");
        var application = await factory.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.VacancyId == vacancy.Id));
        Assert.Equal((ApplicationStatus.InContact, ContactPreference.Phone, record.Id), (application.Status, application.ContactPreference, application.VolunteerId));
    }

    [Fact]
    public async Task A_walk_in_needs_a_name_and_consent_and_keeps_what_was_typed()
    {
        using var staff = await factory.SignedInAsync(factory.Staff);
        var before = await factory.WithDbAsync((db, _) => db.Volunteers.CountAsync());

        var response = await staff.SubmitFormAsync("/beheer/bemiddelingen/nieuw", new Dictionary<string, string>
        {
            ["Name"] = "",
            ["Email"] = "geen-adres",
            ["Question"] = "Zoekt iets met dieren.",
        });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("Vul de naam van de persoon in.", page.QuerySelector("[data-valmsg-for=Name], #Name-error")?.TextContent ?? page.Body!.TextContent);
        Assert.Contains("Vraag de persoon om toestemming", page.Body!.TextContent);
        Assert.Contains("Vul een geldig e-mailadres in", page.Body!.TextContent);
        Assert.Equal("Zoekt iets met dieren.", page.QuerySelector("#Question")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync((db, _) => db.Volunteers.CountAsync()));
    }

    [Fact]
    public async Task Notes_are_saved_with_an_audit_entry_and_an_empty_note_gets_a_message()
    {
        using var staff = await factory.SignedInAsync(factory.Staff);
        var id = await WalkInAsync(staff, "Noor Visser");

        var empty = await staff.SubmitFormAsync(CaseUrl(id), new Dictionary<string, string> { ["NoteText"] = " " }, "form[action$='/notities']");
        var page = await PortalClient.ReadPageAsync(empty);
        Assert.Contains("Schrijf eerst een notitie.", page.QuerySelector(".error-summary")!.TextContent);

        var saved = await staff.SubmitFormAsync(CaseUrl(id), new Dictionary<string, string> { ["NoteText"] = "Belt liever dan mailen." }, "form[action$='/notities']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        page = await staff.GetPageAsync(CaseUrl(id));
        Assert.Contains("Belt liever dan mailen.", page.QuerySelector(".case-notes")!.TextContent);
        Assert.Contains("Mieke Jansen", page.QuerySelector(".case-notes")!.TextContent);
        var entries = factory.Audit.Entries.Where(e => e.MediationId == id).Select(e => e.Action).ToList();
        Assert.Single(entries, AuditActions.Mediation.NoteAdded);
        Assert.Contains(AuditActions.Mediation.NotesViewed, entries);
        Assert.Contains(AuditActions.Mediation.SupportNeedsViewed, entries);
    }

    [Fact]
    public async Task A_case_is_reassigned_to_a_colleague_and_shows_up_in_their_own_list()
    {
        using var staff = await factory.SignedInAsync(factory.Staff);
        using var colleague = await factory.SignedInAsync(factory.Colleague);
        var id = await WalkInAsync(staff, "Lotte de Boer");
        Assert.Null((await colleague.GetPageAsync("/beheer/bemiddelingen?mijn=true")).QuerySelector($"a[href='{CaseUrl(id)}']"));

        var response = await staff.SubmitFormAsync(CaseUrl(id), new Dictionary<string, string> { ["AssigneeId"] = factory.Colleague.Id.ToString() }, "form[action$='/toewijzen']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull((await colleague.GetPageAsync("/beheer/bemiddelingen?mijn=true")).QuerySelector($"a[href='{CaseUrl(id)}']"));
        Assert.Null((await staff.GetPageAsync("/beheer/bemiddelingen?mijn=true")).QuerySelector($"a[href='{CaseUrl(id)}']"));
        var assigned = await CaseAsync(id);
        Assert.Equal((factory.Colleague.Id, factory.Staff.Id), (assigned.AssignedStaffId!.Value, assigned.AssignedBy!.Value));

        // Somebody who is not staff cannot be assigned.
        var volunteer = await factory.UserAsync(Infrastructure.Identity.PortalRoles.Volunteer);
        var refused = await staff.SubmitFormAsync(CaseUrl(id), new Dictionary<string, string> { ["AssigneeId"] = volunteer.Id.ToString() }, "form[action$='/toewijzen']");
        Assert.Contains("Kies een collega uit de lijst.", (await PortalClient.ReadPageAsync(refused)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(factory.Colleague.Id, (await CaseAsync(id)).AssignedStaffId);
    }

    [Fact]
    public async Task A_refused_step_shows_the_reason_and_changes_nothing()
    {
        using var staff = await factory.SignedInAsync(factory.Staff);
        var id = await WalkInAsync(staff, "Bram Smit");
        var vacancy = await factory.OpenVacancyAsync("Voorlezen");
        var token = (await staff.GetPageAsync(CaseUrl(id))).QuerySelector("form[action$='/notities'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        // Proposing before the intake is refused by the domain.
        var response = await staff.Http.PostAsync($"{CaseUrl(id)}/voorstellen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["VacancyId"] = vacancy.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Status"] = "Proposing",
        }));

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("Doe eerst het intakegesprek", page.QuerySelector(".error-summary")!.TextContent);
        var unchanged = await CaseAsync(id);
        Assert.Equal(MediationStatus.Requested, unchanged.Status);
        Assert.Empty(unchanged.Proposals);
    }

    [Fact]
    public async Task Unknown_cases_and_proposals_of_other_cases_are_not_found()
    {
        using var staff = await factory.SignedInAsync(factory.Staff);
        var id = await WalkInAsync(staff, "Eva Peters");
        var other = await WalkInAsync(staff, "Daan Kok");
        var vacancy = await factory.OpenVacancyAsync("Fietsenmaker");
        foreach (var caseId in new[] { id, other })
        {
            await staff.SubmitFormAsync($"{CaseUrl(caseId)}/intake", new Dictionary<string, string> { ["ReferralSource"] = "Other", ["Wishes"] = "Sleutelen" });
            var casePage = await staff.GetPageAsync(CaseUrl(caseId));
            await staff.SubmitFormAsync(casePage, CaseUrl(caseId), new Dictionary<string, string>(), $"form:has(input[name=VacancyId][value='{vacancy.Id}'])");
        }

        var otherProposal = ProposalIdIn(await staff.GetPageAsync(CaseUrl(other)), "accepteren");
        var token = (await staff.GetPageAsync(CaseUrl(id))).QuerySelector("form[action$='/notities'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var url in new[] { CaseUrl(99999), $"{CaseUrl(99999)}/intake", $"{CaseUrl(99999)}/nazorg" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(url)).StatusCode);
        }

        foreach (var url in MediationRoutes.Posts(99999, 1).Append($"{CaseUrl(id)}/voorstellen/{otherProposal}/accepteren").Append($"{CaseUrl(id)}/voorstellen/{otherProposal}/afwijzen").Append($"{CaseUrl(id)}/voorstellen/{otherProposal}/plaatsen"))
        {
            var response = await staff.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }

        Assert.Equal(ProposalStatus.Open, Assert.Single((await CaseAsync(other)).Proposals).Status);
    }

    [Fact]
    public async Task A_volunteer_who_erases_their_account_takes_the_notes_and_intake_texts_with_them()
    {
        using var volunteer = await factory.SignedInVolunteerAsync("Iris Vos");
        await volunteer.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string> { ["WantsHelp"] = "true" });
        var id = await factory.WithDbAsync((db, _) => db.Mediations.Where(m => m.VolunteerId == volunteer.VolunteerId).Select(m => m.Id).SingleAsync());
        using var staff = await factory.SignedInAsync(factory.Staff);
        await staff.SubmitFormAsync($"{CaseUrl(id)}/intake", new Dictionary<string, string>
        {
            ["ReferralSource"] = "Care",
            ["Wishes"] = "Iets met dieren",
            ["SupportNeeds"] = "Vertrouwelijke ondersteuning",
        });
        await staff.SubmitFormAsync(CaseUrl(id), new Dictionary<string, string> { ["NoteText"] = "Vertrouwelijke notitie" }, "form[action$='/notities']");
        Assert.Single((await CaseAsync(id)).Notes);

        var erased = await volunteer.Client.SubmitFormAsync("/mijn/gegevens/verwijderen", new Dictionary<string, string> { ["Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var mediation = await CaseAsync(id);
        Assert.Equal(MediationStatus.Closed, mediation.Status);
        Assert.Empty(mediation.Notes);
        Assert.Null(mediation.SupportNeeds);
        Assert.Null(mediation.Wishes);
        Assert.Equal(ReferralSource.Care, mediation.ReferralSource);
        Assert.Equal("verwijderde vrijwilliger", (await staff.GetPageAsync(CaseUrl(id))).QuerySelector("h1")!.TextContent.Split(": ")[1]);
    }

    [Fact]
    public async Task Staff_hand_over_and_erase_the_data_of_a_person_without_an_account_who_asks_and_the_case_stays_anonymous()
    {
        using var staff = await factory.SignedInAsync(factory.Staff);
        var id = await WalkInAsync(staff, "Sem de Wit");
        await staff.SubmitFormAsync(CaseUrl(id), new Dictionary<string, string> { ["NoteText"] = "Belt liever op dinsdag." }, "form[action$='/notities']");
        var volunteerId = await factory.WithDbAsync((db, _) => db.Mediations.Where(m => m.Id == id).Select(m => m.VolunteerId).SingleAsync());
        var page = await staff.GetPageAsync(CaseUrl(id));

        var download = await staff.GetAsync(page.QuerySelector("a[href$='/persoon/gegevens']")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        using (var export = System.Text.Json.JsonDocument.Parse(await download.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Sem de Wit", export.RootElement.GetProperty("profiel").GetProperty("naam").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, export.RootElement.GetProperty("account").ValueKind);
            Assert.NotEqual(System.Text.Json.JsonValueKind.Null, export.RootElement.GetProperty("toestemmingen").GetProperty("gegevensBewarenZonderAccountToegestaanOp").ValueKind);
        }

        var unconfirmed = await staff.SubmitFormAsync(CaseUrl(id), new Dictionary<string, string>(), "form[action$='/persoon/verwijderen']");
        var refused = await PortalClient.ReadPageAsync(unconfirmed);
        Assert.Contains("Vink aan dat de persoon zelf om verwijdering heeft gevraagd.", refused.QuerySelector("[data-valmsg-for='PersonAsked'], .field-validation-error")!.TextContent);
        Assert.Equal("Sem de Wit", await factory.WithDbAsync((db, _) => db.Volunteers.Where(v => v.Id == volunteerId).Select(v => v.Name).SingleAsync()));

        var erased = await staff.SubmitFormAsync(CaseUrl(id), new Dictionary<string, string> { ["PersonAsked"] = "true" }, "form[action$='/persoon/verwijderen']");

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        page = await staff.GetPageAsync(CaseUrl(id));
        var text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Sem de Wit", text);
        Assert.DoesNotContain("Belt liever op dinsdag.", text);
        Assert.Contains("verwijderde vrijwilliger", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("gegevens verwijderd op verzoek", page.QuerySelector(".case-history")!.TextContent);
        Assert.Null(page.QuerySelector("form[action$='/persoon/verwijderen']"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{CaseUrl(id)}/persoon/gegevens")).StatusCode);
        var (status, erasedAt) = await factory.WithDbAsync(async (db, _) => (
            await db.Mediations.Where(m => m.Id == id).Select(m => m.Status).SingleAsync(),
            await db.Volunteers.Where(v => v.Id == volunteerId).Select(v => v.ErasedAt).SingleAsync()));
        Assert.Equal(MediationStatus.Closed, status);
        Assert.NotNull(erasedAt);
        var audited = await factory.WithDbAsync((db, _) => db.AuditEntries
            .Where(e => e.RecordType == "Volunteer" && e.RecordId == volunteerId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => new { e.Action, e.UserId })
            .ToListAsync());
        Assert.Contains(audited, e => e.Action == "volunteer.export" && e.UserId == factory.Staff.Id);
        Assert.Contains(audited, e => e.Action == "volunteer.erase" && e.UserId == factory.Staff.Id);
    }

    [Fact]
    public async Task The_data_of_a_person_with_an_account_are_theirs_to_download_or_erase_not_staffs()
    {
        using var volunteer = await factory.SignedInVolunteerAsync("Fleur Mulder");
        await volunteer.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string>
        {
            ["WantsHelp"] = "true",
            ["HelpQuestion"] = "Ik wil graag iets met dieren.",
        });
        var id = await factory.WithDbAsync((db, _) => db.Mediations.Where(m => m.VolunteerId == volunteer.VolunteerId).Select(m => m.Id).SingleAsync());
        using var staff = await factory.SignedInAsync(factory.Staff);

        var page = await staff.GetPageAsync(CaseUrl(id));

        Assert.Null(page.QuerySelector("form[action$='/persoon/verwijderen']"));
        Assert.Null(page.QuerySelector("a[href$='/persoon/gegevens']"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{CaseUrl(id)}/persoon/gegevens")).StatusCode);
        var token = await staff.AntiforgeryTokenAsync(CaseUrl(id));
        var post = await staff.Http.PostAsync(
            $"{CaseUrl(id)}/persoon/verwijderen",
            new FormUrlEncodedContent([new("PersonAsked", "true"), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null(await factory.WithDbAsync((db, _) => db.Volunteers.Where(v => v.Id == volunteer.VolunteerId).Select(v => v.ErasedAt).SingleAsync()));
    }

    [Fact]
    public async Task The_case_list_shows_fifty_cases_a_page_and_a_page_number_out_of_range_shows_the_nearest_page()
    {
        await factory.WithDbAsync(async (db, _) =>
        {
            var now = factory.Clock.GetUtcNow();
            for (var i = 0; i < 55; i++)
            {
                var person = Domain.Volunteers.Volunteer.WithoutAccount($"Inloop {i}", null, null, true, factory.Staff.Id, now);
                db.Volunteers.Add(person);
                await db.SaveChangesAsync();
                // A month ago, so the cases other tests open now stay on the first page.
                db.Mediations.Add(Mediation.Open(person.Id, null, factory.Staff.Id, now.AddDays(-30).AddMinutes(i)));
            }

            await db.SaveChangesAsync();
        });
        var total = await factory.WithDbAsync((db, _) => db.Mediations.CountAsync());
        var lastPage = (total + 49) / 50;
        using var staff = await factory.SignedInAsync(factory.Staff);

        var first = await staff.GetPageAsync("/beheer/bemiddelingen");

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains($"{total} bemiddelingen", first.QuerySelector("caption")!.TextContent);
        var names = first.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("Inloop 54", names);
        Assert.True(names.IndexOf("Inloop 54") < names.IndexOf("Inloop 53"), "newest first");
        var next = first.QuerySelector("a[rel='next']")!.GetAttribute("href")!;
        Assert.Contains("pagina=2", next);
        var second = await staff.GetPageAsync(next);
        Assert.Equal(Math.Min(50, total - 50), second.QuerySelectorAll("tbody tr").Length);
        Assert.DoesNotContain(
            second.QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href")),
            first.QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href")).ToHashSet().Contains);
        var beyond = await staff.GetPageAsync("/beheer/bemiddelingen?pagina=999");
        Assert.Equal(lastPage.ToString(System.Globalization.CultureInfo.InvariantCulture), beyond.QuerySelector(".pagination [aria-current='page']")!.TextContent.Trim());
        var below = await staff.GetPageAsync("/beheer/bemiddelingen?pagina=-3");
        Assert.Equal("1", below.QuerySelector(".pagination [aria-current='page']")!.TextContent.Trim());
    }

    private async Task<int> WalkInAsync(PortalClient staff, string name)
    {
        var response = await staff.SubmitFormAsync("/beheer/bemiddelingen/nieuw", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Consent"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
