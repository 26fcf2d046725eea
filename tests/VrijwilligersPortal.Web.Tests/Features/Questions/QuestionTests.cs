using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Questions;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Features.Questions;

/// <summary>Questions from organisations to the centre (issue 16): asking, answering, notes, access by id, audit.</summary>
public class QuestionTests : IClassFixture<PortalFactory>
{
    private const string Answer = "Ja, jullie vrijwilligers zijn verzekerd via de gemeentelijke polis.";
    private const string Note = "Polis nagekeken bij de gemeente, artikel 4.";

    private readonly PortalFactory _factory;

    public QuestionTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task An_organisation_asks_staff_answer_and_the_members_read_the_answer_in_the_portal_but_never_the_note()
    {
        var (member, memberUser, _) = await _factory.SignedInMemberAsync(name: "Buurtkeuken West");
        using var memberClient = member;
        var topic = await TopicIdAsync("verzekering");

        var asked = await member.SubmitFormAsync("/organisatie/vragen/nieuw", new Dictionary<string, string>
        {
            ["TopicId"] = topic.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Subject"] = "Verzekering bij het kookuitje",
            ["Text"] = "Zijn onze vrijwilligers verzekerd als we samen gaan koken in een andere wijk?",
        });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var url = asked.Headers.Location!.OriginalString;
        var id = int.Parse(url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        using var staff = await StaffClientAsync();
        var list = await staff.GetPageAsync("/beheer/vragen?status=open");
        Assert.Contains(list.QuerySelectorAll("main table a"), a => a.TextContent == "Verzekering bij het kookuitje");
        await staff.SubmitFormAsync($"/beheer/vragen/{id}", new Dictionary<string, string> { ["Note.Text"] = Note }, $"form[action='/beheer/vragen/{id}/notities']");
        var answered = await staff.SubmitFormAsync($"/beheer/vragen/{id}", new Dictionary<string, string> { ["Answer.Text"] = Answer }, $"form[action='/beheer/vragen/{id}/antwoorden']");
        AssertRedirect(answered, $"/beheer/vragen/{id}");

        var mail = _factory.Mail.Single(memberUser.Email!, "beantwoord");
        Assert.DoesNotContain(Answer, mail.Body);
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/organisatie/vragen/{id}", Mailbox.AbsoluteLinkIn(mail, "/organisatie/vragen/"));
        var thread = await member.GetPageAsync(Mailbox.LinkIn(mail, "/organisatie/vragen/"));
        var text = thread.QuerySelector("main")!.TextContent;
        Assert.Contains(Answer, text);
        Assert.DoesNotContain(Note, text);
        Assert.Contains("Beantwoord", text);

        var staffView = await staff.GetPageAsync($"/beheer/vragen/{id}");
        Assert.Contains(Note, staffView.QuerySelector("main")!.TextContent);
        var stored = await _factory.WithDbAsync((db, _) => db.Questions.AsNoTracking().SingleAsync(q => q.Id == id));
        Assert.Equal(QuestionStatus.Answered, stored.Status);
        Assert.Equal(PortalFactory.Start, stored.FirstAnsweredAt);
        var actions = await AuditActionsAsync(id);
        Assert.Contains(AuditActions.Questions.View, actions);
        Assert.Contains(AuditActions.Questions.Note, actions);
        Assert.Contains(AuditActions.Questions.Answer, actions);
    }

    [Fact]
    public async Task Members_see_and_react_to_only_their_own_organisations_questions_whatever_id_they_try()
    {
        var (first, firstUser, firstOrganisation) = await _factory.SignedInMemberAsync(name: "Speeltuin Noord");
        using var firstClient = first;
        var (second, secondUser, secondOrganisation) = await _factory.SignedInMemberAsync(name: "Koor Zuid");
        using var secondClient = second;
        var firstQuestion = await QuestionAsync(firstOrganisation.Id, firstUser.Id, "Vraag van de speeltuin");
        var secondQuestion = await QuestionAsync(secondOrganisation.Id, secondUser.Id, "Vraag van het koor");

        foreach (var (client, own, other) in new[] { (first, firstQuestion, secondQuestion), (second, secondQuestion, firstQuestion) })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/organisatie/vragen/{own}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisatie/vragen/{other}")).StatusCode);
            var reacted = await client.PostAsync($"/organisatie/vragen/{other}", [new("Text", "Ik lees mee")]);
            Assert.Equal(HttpStatusCode.NotFound, reacted.StatusCode);
        }

        var firstList = (await first.GetPageAsync("/organisatie/vragen")).QuerySelector("main")!.TextContent;
        Assert.Contains("Vraag van de speeltuin", firstList);
        Assert.DoesNotContain("Vraag van het koor", firstList);
        var untouched = await _factory.WithDbAsync((db, _) => db.Questions.AsNoTracking().SingleAsync(q => q.Id == secondQuestion));
        Assert.Single(untouched.Messages);
    }

    [Fact]
    public async Task A_message_of_100000_characters_or_a_missing_topic_gets_dutch_messages_next_to_the_fields_and_nothing_is_saved()
    {
        var (member, _, organisation) = await _factory.SignedInMemberAsync(name: "Tuinclub Oost");
        using var client = member;

        var response = await client.SubmitFormAsync("/organisatie/vragen/nieuw", new Dictionary<string, string>
        {
            ["TopicId"] = string.Empty,
            ["Subject"] = "Mijn lange vraag",
            ["Text"] = new string('x', 100_000),
        });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Equal("Kies een onderwerp.", page.QuerySelector("#TopicId-fout")!.TextContent.Trim());
        Assert.Equal("Gebruik hoogstens 4000 tekens.", page.QuerySelector("#Text-fout")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector("#Text")!.GetAttribute("aria-invalid"));
        Assert.Equal("Mijn lange vraag", page.FieldValue("#Subject"));
        Assert.False(await _factory.WithDbAsync((db, _) => db.Questions.AnyAsync(q => q.OrganisationId == organisation.Id)));
    }

    [Fact]
    public async Task Staff_assign_mark_answered_and_reopen_and_a_reaction_of_the_organisation_opens_it_again_for_the_assignee()
    {
        var (member, memberUser, organisation) = await _factory.SignedInMemberAsync(name: "Voedselbank Centrum");
        using var memberClient = member;
        var id = await QuestionAsync(organisation.Id, memberUser.Id, "VOG voor chauffeurs");
        var colleague = await _factory.UserAsync(PortalRoles.Staff, name: "Karin Jansen");
        using var staff = await StaffClientAsync();

        AssertRedirect(await staff.SubmitFormAsync($"/beheer/vragen/{id}", new Dictionary<string, string> { ["StaffId"] = colleague.Id.ToString() }, $"form[action='/beheer/vragen/{id}/toewijzen']"), $"/beheer/vragen/{id}");
        AssertRedirect(await staff.SubmitFormAsync($"/beheer/vragen/{id}", new Dictionary<string, string>(), $"form[action='/beheer/vragen/{id}/beantwoord']"), $"/beheer/vragen/{id}");
        Assert.Equal(QuestionStatus.Answered, (await StoredAsync(id)).Status);
        AssertRedirect(await staff.SubmitFormAsync($"/beheer/vragen/{id}", new Dictionary<string, string>(), $"form[action='/beheer/vragen/{id}/heropenen']"), $"/beheer/vragen/{id}");
        Assert.Equal(QuestionStatus.Open, (await StoredAsync(id)).Status);
        await staff.SubmitFormAsync($"/beheer/vragen/{id}", new Dictionary<string, string>(), $"form[action='/beheer/vragen/{id}/beantwoord']");

        var reacted = await member.SubmitFormAsync($"/organisatie/vragen/{id}", new Dictionary<string, string> { ["Text"] = "Nog één ding: geldt dit ook voor de bijrijders?" });

        AssertRedirect(reacted, $"/organisatie/vragen/{id}");
        var stored = await StoredAsync(id);
        Assert.Equal(QuestionStatus.Open, stored.Status);
        Assert.Equal(colleague.Id, stored.AssignedStaffId);
        Assert.Contains("/beheer/vragen/", _factory.Mail.Single(colleague.Email!, "Nieuwe reactie").Body);
        var mine = await staff.GetPageAsync("/beheer/vragen?mijn=true");
        Assert.DoesNotContain("VOG voor chauffeurs", mine.QuerySelector("main")!.TextContent);
        var actions = await AuditActionsAsync(id);
        Assert.Contains(AuditActions.Questions.Assign, actions);
        Assert.Contains(AuditActions.Questions.MarkAnswered, actions);
        Assert.Contains(AuditActions.Questions.Reopen, actions);
    }

    [Fact]
    public async Task The_administrator_adds_a_topic_to_the_list_and_organisations_can_choose_it()
    {
        var admin = await _factory.UserAsync(PortalRoles.Admin);
        using var adminClient = _factory.CreatePortalClient();
        await adminClient.LogInAsync(admin.Email!);

        var added = await adminClient.SubmitFormAsync("/beheer/instellingen/lijsten/vraagonderwerpen", new Dictionary<string, string> { ["Name"] = "Subsidies", ["SortOrder"] = "50" }, "form[action='/beheer/instellingen/lijsten/vraagonderwerpen/toevoegen']");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (member, _, _) = await _factory.SignedInMemberAsync(name: "Muziekschool");
        using var memberClient = member;
        var form = await member.GetPageAsync("/organisatie/vragen/nieuw");
        var options = form.QuerySelectorAll("#TopicId option").Select(o => o.TextContent).ToList();
        Assert.Contains("Subsidies", options);
        Assert.Contains("Wet- en regelgeving", options);
    }

    private async Task<PortalClient> StaffClientAsync()
    {
        var user = await _factory.UserAsync(PortalRoles.Staff, name: "Eva de Wit");
        var client = _factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);
        return client;
    }

    private Task<int> TopicIdAsync(string slug) =>
        _factory.WithDbAsync((db, _) => db.QuestionTopics.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());

    private Task<int> QuestionAsync(int organisationId, Guid by, string subject) =>
        _factory.WithDbAsync(async (db, _) =>
        {
            var topic = await db.QuestionTopics.OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync();
            var question = Question.Ask(organisationId, topic, subject, "Hoe zit dat precies?", by, _factory.Clock.GetUtcNow());
            db.Questions.Add(question);
            await db.SaveChangesAsync();
            return question.Id;
        });

    private Task<Question> StoredAsync(int id) =>
        _factory.WithDbAsync((db, _) => db.Questions.AsNoTracking().SingleAsync(q => q.Id == id));

    private Task<List<string>> AuditActionsAsync(int id) =>
        _factory.WithDbAsync((db, _) => db.AuditEntries.AsNoTracking().Where(e => e.RecordType == "Question" && e.RecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(e => e.Action).ToListAsync());
}
