using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Support.VolunteerScenarios;
using VrijwilligersPortal.Web.Tests.Features;
using VrijwilligersPortal.Web.Tests.Features.AccountSettings;
using VrijwilligersPortal.Web.Tests.Features.Applying;
using VrijwilligersPortal.Web.Tests.Features.Favourites;
using VrijwilligersPortal.Web.Tests.Features.MyApplications;
using VrijwilligersPortal.Web.Tests.Features.MyData;

namespace VrijwilligersPortal.Web.Tests.Features.Profile;

public class ProfileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_profile_page_explains_why_each_field_is_asked_and_starts_with_consent_off()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var page = await sanne.Client.GetPageAsync("/mijn/profiel");

        Assert.Equal("Mijn profiel", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(sanne.Email, page.QuerySelector("main strong")!.TextContent);
        foreach (var field in new[] { "Name", "Phone", "BirthYear", "Postcode", "MaxDistanceKm", "HoursPerWeek", "DutchLevel", "Languages", "WillingToGetVog", "ConsentToBeProposed", "WantsHelp" })
        {
            var input = page.QuerySelector($"#{field}");
            Assert.True(input is not null, $"No field {field}");
            var hint = page.QuerySelector($"#{input.GetAttribute("aria-describedby")}");
            Assert.True(hint is { TextContent.Length: > 20 }, $"No hint for {field}");
            Assert.NotNull(page.QuerySelector($"label[for='{field}']"));
        }

        foreach (var group in new[] { "CategoryIds", "SkillIds", "Slots" })
        {
            var fieldset = page.QuerySelector($"fieldset#{group}")!;
            Assert.NotNull(fieldset.QuerySelector("legend"));
            Assert.NotNull(page.QuerySelector($"#{fieldset.GetAttribute("aria-describedby")}.form-hint"));
        }

        var consent = (IHtmlInputElement)page.QuerySelector("#ConsentToBeProposed")!;
        Assert.False(consent.IsChecked);
        Assert.Contains("altijd weer uitzetten", page.QuerySelector("#ConsentToBeProposed-hint")!.TextContent);
    }

    [Fact]
    public async Task The_availability_grid_is_a_table_of_21_labelled_checkboxes()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var page = await sanne.Client.GetPageAsync("/mijn/profiel");

        var grid = page.QuerySelector("fieldset#Slots table")!;
        Assert.Equal(["ochtend", "middag", "avond"], grid.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal(
            ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
            grid.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent));
        var boxes = grid.QuerySelectorAll("input[type=checkbox][name=Slots]").Cast<IHtmlInputElement>().ToList();
        Assert.Equal(Enumerable.Range(0, 21).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), boxes.Select(b => b.Value));
        Assert.All(boxes, box => Assert.Equal(box.Id, box.Closest("label")!.GetAttribute("for")));
        Assert.Equal("dinsdagochtend", boxes[3].Closest("label")!.TextContent.Trim());
    }

    [Fact]
    public async Task Saving_the_profile_stores_every_field_through_the_domain()
    {
        using var sanne = await factory.SignedInVolunteerAsync();
        var (nature, animals, cooking) = await factory.WithDbAsync(async (db, _) => (
            await db.Categories.SingleAsync(c => c.Slug == "natuur-milieu"),
            await db.Categories.SingleAsync(c => c.Slug == "dieren"),
            await db.Skills.SingleAsync(s => s.Slug == "koken")));
        factory.Clock.Advance(TimeSpan.FromMinutes(3));

        var response = await sanne.Client.SubmitFormAsync("/mijn/profiel",
        [
            Field("Name", "Sanne Bakker"),
            Field("Phone", "06 12345678"),
            Field("Postcode", "3581 AB"),
            Field("MaxDistanceKm", "15"),
            Field("BirthYear", "1990"),
            Field("CategoryIds", nature.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Field("CategoryIds", animals.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Field("SkillIds", cooking.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Field("Slots", "3"),
            Field("Slots", "16"),
            Field("Slots", "17"),
            Field("HoursPerWeek", "6"),
            Field("Languages", "Engels, Arabisch"),
            Field("DutchLevel", "Reasonable"),
            Field("WillingToGetVog", "true"),
            Field("ConsentToBeProposed", "true"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/mijn/profiel", response.Headers.Location!.OriginalString);
        var saved = await factory.WithDbAsync((db, _) => db.Volunteers.Include(v => v.Interests).Include(v => v.Skills).SingleAsync(v => v.Id == sanne.VolunteerId));
        Assert.Equal("Sanne Bakker", saved.Name);
        Assert.Equal("06 12345678", saved.Phone);
        Assert.Equal("3581", saved.Postcode);
        Assert.Equal(new GeoPoint(52.0905, 5.1341), saved.Location);
        Assert.Equal(15, saved.MaxDistanceKm);
        Assert.Equal(1990, saved.BirthYear);
        Assert.Equal(["dieren", "natuur-milieu"], saved.Interests.Select(c => c.Slug).Order());
        Assert.Equal(["koken"], saved.Skills.Select(s => s.Slug));
        Assert.Equal(
            WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Saturday, DayPart.Afternoon), (DayOfWeek.Saturday, DayPart.Evening)),
            saved.Availability);
        Assert.Equal(6, saved.HoursPerWeek);
        Assert.Equal(["Engels", "Arabisch"], saved.Languages);
        Assert.Equal(DutchLevel.Reasonable, saved.DutchLevel);
        Assert.True(saved.WillingToGetVog);
        Assert.True(saved.ConsentToBeProposed);
        Assert.Equal(factory.Clock.GetUtcNow(), saved.ConsentChangedAt);

        var page = await sanne.Client.GetPageAsync("/mijn/profiel");
        Assert.Equal("Je profiel is opgeslagen.", page.QuerySelector("main [role=status]")!.TextContent);
        Assert.Equal(["3", "16", "17"], page.QuerySelectorAll("input[name=Slots]:checked").Cast<IHtmlInputElement>().Select(b => b.Value));
        Assert.Equal("Engels, Arabisch", ((IHtmlInputElement)page.QuerySelector("#Languages")!).Value);
        Assert.Equal("Reasonable", ((IHtmlSelectElement)page.QuerySelector("#DutchLevel")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#ConsentToBeProposed")!).IsChecked);
    }

    [Fact]
    public async Task A_postcode_without_known_coordinates_is_kept_without_a_location()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        await sanne.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string> { ["Postcode"] = "9999", ["MaxDistanceKm"] = "10" });

        var saved = await factory.WithDbAsync((db, _) => db.Volunteers.SingleAsync(v => v.Id == sanne.VolunteerId));
        Assert.Equal("9999", saved.Postcode);
        Assert.Null(saved.Location);
        Assert.Equal(10, saved.MaxDistanceKm);
    }

    [Fact]
    public async Task Bad_input_gets_dutch_messages_next_to_the_fields_keeps_the_typing_and_saves_nothing()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.SubmitFormAsync("/mijn/profiel",
        [
            Field("Name", ""),
            Field("Phone", "bel me maar"),
            Field("Postcode", "Utrecht"),
            Field("BirthYear", "negentien"),
            Field("HoursPerWeek", "100"),
            Field("Slots", "2"),
            Field("Slots", "25"),
            Field("Languages", "Engels"),
            Field("ConsentToBeProposed", "true"),
        ]);

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("Vul je naam in", page.QuerySelector("#Name-fout")!.TextContent);
        Assert.Contains("minstens 8 cijfers", page.QuerySelector("#Phone-fout")!.TextContent);
        Assert.Contains("3581 AB", page.QuerySelector("#Postcode-fout")!.TextContent);
        Assert.Contains("niet geldig voor Geboortejaar", page.QuerySelector("#BirthYear-fout")!.TextContent);
        Assert.Contains("tussen 1 en 60", page.QuerySelector("#HoursPerWeek-fout")!.TextContent);
        Assert.Contains("rooster", page.QuerySelector("#Slots-fout")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#Phone")!.GetAttribute("aria-invalid"));
        Assert.Equal("bel me maar", ((IHtmlInputElement)page.QuerySelector("#Phone")!).Value);
        Assert.Equal("negentien", ((IHtmlInputElement)page.QuerySelector("#BirthYear")!).Value);
        Assert.Equal("Engels", ((IHtmlInputElement)page.QuerySelector("#Languages")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#slot-2")!).IsChecked);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#ConsentToBeProposed")!).IsChecked);
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Phone']"));

        var saved = await factory.WithDbAsync((db, _) => db.Volunteers.SingleAsync(v => v.Id == sanne.VolunteerId));
        Assert.Equal("Sanne de Vries", saved.Name);
        Assert.Empty(saved.Languages);
        Assert.False(saved.ConsentToBeProposed);
        Assert.True(saved.Availability.IsEmpty);
    }

    [Fact]
    public async Task A_distance_without_a_postcode_is_refused_because_there_is_nothing_to_measure_from()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string> { ["Postcode"] = "", ["MaxDistanceKm"] = "10" });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("postcode", page.QuerySelector("#MaxDistanceKm-fout")!.TextContent);
    }

    [Fact]
    public async Task Fields_that_are_not_on_the_form_cannot_be_posted_into_the_profile()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string>
        {
            ["Email"] = "iemand-anders@example.nl",
            ["UserId"] = Guid.NewGuid().ToString(),
            ["ErasedAt"] = "2026-01-01",
            ["Id"] = "999",
            ["ConsentChangedAt"] = "2020-01-01",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync((db, _) => db.Volunteers.SingleAsync(v => v.Id == sanne.VolunteerId));
        Assert.Equal(sanne.Email, saved.Email);
        Assert.Equal(sanne.User.Id, saved.UserId);
        Assert.Null(saved.ErasedAt);
        Assert.Null(saved.ConsentChangedAt);
    }

    [Fact]
    public async Task Asking_for_personal_help_opens_one_mediation_request_for_staff()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string>
        {
            ["WantsHelp"] = "true",
            ["HelpQuestion"] = "Ik spreek nog niet zo goed Nederlands en zoek iets met koken.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mediation = await factory.WithDbAsync((db, _) => db.Mediations.Include(m => m.History).SingleAsync(m => m.VolunteerId == sanne.VolunteerId));
        Assert.Equal(MediationStatus.Requested, mediation.Status);
        Assert.Equal("Ik spreek nog niet zo goed Nederlands en zoek iets met koken.", mediation.Question);
        var requested = Assert.Single(mediation.History);
        Assert.Equal((sanne.User.Id, factory.Clock.GetUtcNow()), (requested.By!.Value, requested.At));

        var page = await sanne.Client.GetPageAsync("/mijn/profiel");
        Assert.Contains("hulpvraag ontvangen", page.QuerySelector("main [role=status]")!.TextContent);
        Assert.Contains("Status: aangevraagd", page.QuerySelector("section[aria-labelledby=hulp]")!.TextContent);
        Assert.Null(page.QuerySelector("#WantsHelp"));

        // Saving the profile again (with the old form still open elsewhere) does not open a second case.
        await sanne.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string> { ["WantsHelp"] = "true" });
        Assert.Equal(1, await factory.WithDbAsync((db, _) => db.Mediations.CountAsync(m => m.VolunteerId == sanne.VolunteerId)));
    }

    [Fact]
    public async Task A_help_request_sent_twice_at_once_opens_one_case_and_still_saves_the_profile()
    {
        using var sanne = await factory.SignedInVolunteerAsync();
        var page = await sanne.Client.GetPageAsync("/mijn/profiel");
        var fields = new Dictionary<string, string> { ["WantsHelp"] = "true", ["Phone"] = "06 12345678" };

        var responses = await Task.WhenAll(
            sanne.Client.SubmitFormAsync(page, "/mijn/profiel", fields),
            sanne.Client.SubmitFormAsync(page, "/mijn/profiel", fields));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await factory.WithDbAsync((db, _) => db.Mediations.CountAsync(m => m.VolunteerId == sanne.VolunteerId)));
        Assert.Equal("06 12345678", await factory.WithDbAsync((db, _) => db.Volunteers.Where(v => v.Id == sanne.VolunteerId).Select(v => v.Phone).SingleAsync()));
    }

    [Fact]
    public async Task The_volunteer_withdraws_a_help_request_after_one_confirmation()
    {
        using var sanne = await factory.SignedInVolunteerAsync();
        await sanne.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string> { ["WantsHelp"] = "true" });

        var confirm = await sanne.Client.GetPageAsync("/mijn/hulpvraag/intrekken");
        Assert.Contains("Weet je zeker", confirm.QuerySelector("main")!.TextContent);
        Assert.Equal(MediationStatus.Requested, await factory.WithDbAsync((db, _) => db.Mediations.Where(m => m.VolunteerId == sanne.VolunteerId).Select(m => m.Status).SingleAsync()));

        var response = await sanne.Client.SubmitFormAsync(confirm, "/mijn/hulpvraag/intrekken", new Dictionary<string, string>());

        Assert.Equal("/mijn/profiel", response.Headers.Location!.OriginalString);
        var mediation = await factory.WithDbAsync((db, _) => db.Mediations.Include(m => m.History).SingleAsync(m => m.VolunteerId == sanne.VolunteerId));
        Assert.Equal(MediationStatus.Closed, mediation.Status);
        Assert.Equal(2, mediation.History.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await sanne.Client.GetAsync("/mijn/hulpvraag/intrekken")).StatusCode);
        var page = await sanne.Client.GetPageAsync("/mijn/profiel");
        Assert.NotNull(page.QuerySelector("#WantsHelp"));
    }
}
