using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Questions;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Questions;

/// <summary>Answered questions in the reports (issue 16), on a database of their own so the counts are exact.</summary>
public class QuestionReportTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public QuestionReportTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task Answered_questions_count_in_the_reports_per_topic_with_the_median_days_to_the_first_answer()
    {
        var member = await _factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await _factory.OrganisationAsync(member.Id, name: "Rapportclub");
        var vog = await _factory.WithDbAsync((db, _) => db.QuestionTopics.Where(t => t.Slug == "vog").Select(t => t.Id).SingleAsync());
        var asked = new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);
        await _factory.WithDbAsync(async (db, _) =>
        {
            foreach (var days in new[] { 1, 2, 4, 6, 8 })
            {
                var question = Question.Ask(organisation.Id, vog, $"VOG-vraag {days}", "Wanneer is een VOG nodig?", member.Id, asked);
                question.Answer("Bij werk met kinderen.", Guid.NewGuid(), asked.AddDays(days));
                db.Questions.Add(question);
            }

            // Asked in November, answered in December: counts in December, once.
            var late = Question.Ask(organisation.Id, vog, "Late vraag", "Nog een vraag.", member.Id, asked);
            late.Answer("Antwoord.", Guid.NewGuid(), new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
            late.Reopen(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
            late.Answer("Nog een antwoord.", Guid.NewGuid(), new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
            db.Questions.Add(late);
            await db.SaveChangesAsync();
        });
        _factory.Clock.Set(new DateTimeOffset(2026, 12, 10, 9, 0, 0, TimeSpan.Zero));
        var staffUser = await _factory.UserAsync(PortalRoles.Staff);
        using var staff = _factory.CreatePortalClient();
        await staff.LogInAsync(staffUser.Email!);

        var november = await staff.GetPageAsync("/beheer/rapportages?periode=maand&jaar=2026&maand=11");

        var totals = november.QuerySelector("table[data-table=vragen]")!;
        var answered = totals.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")!.TextContent.Contains("Beantwoord", StringComparison.Ordinal));
        Assert.Equal("5", answered.QuerySelectorAll("td")[0].TextContent.Trim());
        var median = totals.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")!.TextContent.Contains("Mediaan", StringComparison.Ordinal));
        Assert.Equal("4,0", median.QuerySelectorAll("td")[0].TextContent.Trim());
        var perTopic = november.QuerySelector("table[data-table=vragen-onderwerp]")!.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")!.TextContent.Trim() == "VOG");
        Assert.Equal("5", perTopic.QuerySelectorAll("td")[0].TextContent.Trim());
        var december = await staff.GetPageAsync("/beheer/rapportages?periode=maand&jaar=2026&maand=12");
        var decemberAnswered = december.QuerySelector("table[data-table=vragen]")!.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th")!.TextContent.Contains("Beantwoord", StringComparison.Ordinal));
        Assert.Equal("1", decemberAnswered.QuerySelectorAll("td")[0].TextContent.Trim());
    }
}
