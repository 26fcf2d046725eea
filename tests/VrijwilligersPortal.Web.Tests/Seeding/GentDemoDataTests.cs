using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Seeding;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Vacancies.SearchTests;

namespace VrijwilligersPortal.Web.Tests.Seeding;

/// <summary>
/// The Flemish demo centre (Centre:Country=BE, issue 19): a centre in Gent with Belgian postcodes,
/// found by a Belgian postcode even where the Netherlands has the same four digits.
/// </summary>
public class GentDemoDataTests(BelgianPortalFactory factory) : IClassFixture<BelgianPortalFactory>
{
    [Fact]
    public async Task The_Belgian_demo_is_a_centre_in_Gent_whose_vacancies_a_Belgian_postcode_finds()
    {
        await factory.WithDbAsync(async (db, services) =>
        {
            // 9031 is Drongen in Belgium and Boksum in Friesland: an import of both countries has both.
            await PostcodeImport.EnsureAsync(db, [new PostcodeArea("NL", "9031", "Boksum", "Leeuwarden", 53.1776, 5.7295)]);
            await DemoData.SeedAsync(db, services.GetRequiredService<UserManager<PortalUser>>(), factory.Clock, "BE");
        });

        var organisations = await factory.WithDbAsync((db, _) => db.Organisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync());
        Assert.Contains(organisations, o => o.Name == "Natuurwerkgroep Scheldemeersen" && o.Place == "Zwijnaarde");
        Assert.Contains(organisations, o => o.CompanyNumber == "0123456749");
        Assert.All(organisations, o => Assert.InRange(int.Parse(o.Postcode, System.Globalization.CultureInfo.InvariantCulture), 9000, 9999));
        Assert.DoesNotContain(organisations, o => o.Place == "Utrecht");

        // In the centre of Gent: the language vacancies, not Drongen's club 5 km to the west.
        var centre = await SearchAsync(factory, "?postcode=9000&afstand=2&sorteer=afstand");
        Assert.Equal("nl-BE", centre.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Taalmaatje voor een nieuwkomer", Titles(centre));
        Assert.Contains("Huiswerkbegeleiding voor kinderen in Gent-Noord", Titles(centre));
        Assert.DoesNotContain("Jeugdtrainer voor de U9", Titles(centre));

        // Drongen, not Boksum: the Belgian area wins in a Belgian centre.
        var drongen = await SearchAsync(factory, "?postcode=9031&afstand=2");
        Assert.Contains("Jeugdtrainer voor de U9", Titles(drongen));
        Assert.Contains("Medewerker in de kantine op zaterdag", Titles(drongen));

        // The activities with shifts are there, with their Flemish titles.
        var shifts = await factory.WithDbAsync((db, _) => db.Shifts.AsNoTracking()
            .Join(db.Vacancies, s => s.VacancyId, v => v.Id, (s, v) => v.Title).Distinct().ToListAsync());
        Assert.Equal(
            new[] { DemoData.ApprovalActivity, DemoData.CollectionWeek, DemoData.GentPastShiftsVacancy, DemoData.DagVanDeNatuurActivity }.Order(StringComparer.Ordinal),
            shifts.Order(StringComparer.Ordinal));

        // The demo volunteer lives in Gent and logs in as in the Dutch demo.
        using var volunteer = factory.CreatePortalClient();
        await volunteer.LogInAsync("vrijwilliger@demo.test", DemoData.Password);
        Assert.Equal("9000", await factory.WithDbAsync((db, _) => db.Volunteers.Where(v => v.Email == "vrijwilliger@demo.test").Select(v => v.Postcode).SingleAsync()));
    }
}
