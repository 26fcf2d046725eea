using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.ForYou.MatchingScenarios;

namespace VrijwilligersPortal.Web.Tests.Features.Exchange;

/// <summary>An imported vacancy in "Voor jou" (docs/adr/0150).</summary>
public sealed class ImportedVacancyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Voor_jou_ranks_an_imported_vacancy_with_the_name_of_its_centre()
    {
        var natuur = await factory.CategoryIdAsync("natuur-milieu");
        var source = await factory.SourceAsync("Vrijwilligerscentrale Bunnik", "https://bunnik.example.nl/api/vacatures");
        var imported = await factory.ImportedVacancyAsync(source.Id, (4, "IVN Bunnik"), (21, "https://bunnik.example.nl/vacatures/21/knotwilgen"), new VacancyContent
        {
            Title = "Knotwilgen bij Bunnik",
            Description = "Samen knotten op zaterdag.",
            CategoryId = natuur,
            Postcode = "3981",
            Place = "Bunnik",
            Location = Bunnik,
            Commitment = Commitment.Ongoing,
            Schedule = WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning)),
            ContactName = string.Empty,
            ContactEmail = string.Empty,
        });
        using var sanne = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(sanne.VolunteerId, ["natuur-milieu"], Utrecht, maxDistanceKm: 15, availability: WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning)), hours: 4, birthYear: 1990);

        var page = await sanne.Client.GetPageAsync("/mijn/voor-jou");

        var item = Assert.Single(page.QuerySelectorAll(".match-item"), i => i.QuerySelector("h3")!.TextContent.Trim() == "Knotwilgen bij Bunnik");
        Assert.Contains("Via Vrijwilligerscentrale Bunnik", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("IVN Bunnik", item.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/vacatures/{imported.Id}/knotwilgen-bij-bunnik", item.QuerySelector("h3 a")!.GetAttribute("href"));
    }
}
