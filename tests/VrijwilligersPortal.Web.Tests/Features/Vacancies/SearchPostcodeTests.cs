using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Vacancies;

/// <summary>The postcode table: the GeoNames import and the lookups built on it.</summary>
public class SearchPostcodeTests : IClassFixture<PortalFactory>
{
    // GeoNames layout: with a header (as in ../shared/data/geo) or without (the official download),
    // a 12th accuracy column, a Belgian code that is also a Dutch one, and lines to skip.
    private const string File =
        "country_code\tpostal_code\tplace_name\tadmin_name1\tadmin_code1\tadmin_name2\tadmin_code2\tadmin_name3\tadmin_code3\tlatitude\tlongitude\n"
        + "NL\t2511\t's-Gravenhage\tSouth Holland\t11\tGemeente Den Haag\t0518\t\t\t52.0799\t4.3113\t6\n"
        + "NL\t3011\tRotterdam\tSouth Holland\t11\tRotterdam Municipality\t0599\t\t\t51.9225\t4.4792\n"
        + "NL\t3012\tRotterdam\tSouth Holland\t11\tRotterdam Municipality\t0599\t\t\t51.9199\t4.4722\n"
        + "BE\t3011\tHeverlee\tVlaanderen\tVLG\tBrabant Flamand\tVBR\tLeuven\t24\t50.8650\t4.6990\n"
        + "BE\t4000\tLiège\tWallonie\tWAL\tLiège\tWLG\tLiège\t62\t50.6333\t5.5667\n"
        + "NL\tABCD\tNergens\tx\t1\tx\t1\t\t\t52.0\t5.0\n"
        + "NL\t3013\tKapot\tx\t1\tx\t1\t\t\tnoord\t5.0\n"
        + "DE\t1000\tBerlin\tx\t1\tx\t1\t\t\t52.5\t13.4\n"
        + "te kort\n";

    private readonly PortalFactory _factory;

    public SearchPostcodeTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.WithDbAsync(async (db, _) =>
        {
            if (!await db.PostcodeAreas.AnyAsync(p => p.Code == "2511"))
            {
                await PostcodeImport.ImportAsync(db, new StringReader(File));
            }
        }).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_import_keeps_dutch_and_belgian_four_digit_codes_and_skips_the_rest()
    {
        var rows = await _factory.WithDbAsync((db, _) => db.PostcodeAreas.AsNoTracking().ToListAsync());

        var imported = rows.Where(r => r.Code is "2511" or "3011" or "3012" or "4000").Select(r => (r.CountryCode, r.Code, r.Place, r.Municipality)).Order().ToList();
        Assert.Equal(
            [("BE", "3011", "Heverlee", null), ("BE", "4000", "Liège", null), ("NL", "2511", "'s-Gravenhage", "Den Haag"), ("NL", "3011", "Rotterdam", "Rotterdam"), ("NL", "3012", "Rotterdam", "Rotterdam")],
            imported);
        Assert.DoesNotContain(rows, r => r.Place is "Nergens" or "Kapot" or "Berlin");
    }

    [Fact]
    public async Task A_second_import_of_a_country_replaces_its_rows_and_leaves_other_countries_alone()
    {
        await using var scratch = new PortalFactory();
        await scratch.WithDbAsync(async (db, _) =>
        {
            await PostcodeImport.ImportAsync(db, new StringReader(File));
            var result = await PostcodeImport.ImportAsync(db, new StringReader("NL\t9999\tNieuwdorp\tx\t1\tGemeente Nieuw\t1\t\t\t53.0\t6.0\n"));

            Assert.Equal((1, 0), (result.Imported, result.Skipped));
            var codes = await db.PostcodeAreas.Select(p => p.CountryCode + p.Code).OrderBy(c => c).ToListAsync();
            Assert.Equal(["BE3011", "BE4000", "NL9999"], codes);
        });
    }

    [Fact]
    public async Task A_code_shared_by_both_countries_is_the_dutch_one_and_a_belgian_only_code_is_found_too()
    {
        await _factory.WithDbAsync(async (db, _) =>
        {
            var lookup = new PostcodeLookup(db);
            Assert.Equal(("NL", "Rotterdam"), ((await lookup.FindAreaAsync("3011"))!.CountryCode, (await lookup.FindAreaAsync("3011"))!.Place));
            Assert.Equal(("BE", "Liège"), ((await lookup.FindAreaAsync("4000"))!.CountryCode, (await lookup.FindAreaAsync("4000"))!.Place));
            Assert.Null(await lookup.FindAreaAsync("1234"));
        });
    }

    [Theory]
    [InlineData("rotterdam", "3011", 51.9212)]
    [InlineData("LIEGE", "4000", 50.6333)]
    [InlineData("3012 AB", "3012", 51.9199)]
    [InlineData("  's-gravenhage ", "2511", 52.0799)]
    public async Task A_place_is_found_by_name_ignoring_case_and_accents_at_the_centre_of_its_areas(string text, string code, double latitude)
    {
        var found = await _factory.WithDbAsync((db, _) => new PostcodeLookup(db).FindPostcodeOrPlaceAsync(text));

        Assert.NotNull(found);
        Assert.Equal(code, found.Code);
        Assert.Equal(latitude, found.Location.Latitude, 3);
    }

    [Fact]
    public async Task The_locator_used_by_vacancy_forms_reads_the_table()
    {
        var located = await _factory.WithDbAsync((db, services) => services.GetRequiredService<PostcodeLocator>().FindAsync("2511 CV", CancellationToken.None));

        Assert.Equal(("2511", "'s-Gravenhage"), (located!.Postcode, located.Place));
        Assert.Null(await _factory.WithDbAsync((db, services) => services.GetRequiredService<PostcodeLocator>().FindAsync("9876", CancellationToken.None)));
    }
}
