using VrijwilligersPortal.Domain.Centre;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Tests;

public class CentreSettingsTests
{
    private static CentreSettingValues Valid() => new()
    {
        Name = "Vrijwilligerscentrale Houten",
        LogoPath = "/img/logo.svg",
        PrimaryColor = "#0B5C8A",
        AccentColor = "#e8590c",
        ContactEmail = "info@houten.example",
        ReviewVacancies = true,
        UnansweredAfterDays = 10,
        FollowUpAfterWeeks = 6,
        InactiveAfterMonths = 24,
        EraseAfterWarningDays = 30,
    };

    [Fact]
    public void Records_who_changed_the_settings_and_when()
    {
        var settings = CentreSettings.Create(Valid(), Build.Staff, Build.Now);

        Assert.Equal("Vrijwilligerscentrale Houten", settings.Name);
        Assert.Equal("#0b5c8a", settings.PrimaryColor);
        Assert.Equal(Build.Staff, settings.UpdatedBy);
        Assert.Equal(Build.Now, settings.UpdatedAt);
    }

    public static TheoryData<CentreSettingValues, string> Refused() => new()
    {
        { Valid() with { Name = " " }, "Geef de naam van de centrale (hoogstens 100 tekens)." },
        { Valid() with { PrimaryColor = "red;}body{display:none" }, "Geef de hoofdkleur als #rrggbb, zoals #0b5c8a." },
        { Valid() with { AccentColor = "#12345" }, "Geef de accentkleur als #rrggbb, zoals #e8590c." },
        { Valid() with { LogoPath = "https://elders.example/logo.svg" }, "Het logo is een pad op deze site dat met / begint, zoals /img/logo.svg." },
        { Valid() with { LogoPath = "/img/logo.svg\" onerror=\"x" }, "Het logo is een pad op deze site dat met / begint, zoals /img/logo.svg." },
        { Valid() with { ContactEmail = "geen-adres" }, "Geef een geldig e-mailadres." },
        { Valid() with { UnansweredAfterDays = 0 }, "Een reactie telt als onbeantwoord na 1 tot 60 dagen." },
        { Valid() with { FollowUpAfterWeeks = 53 }, "De nazorg volgt na 1 tot 52 weken." },
        { Valid() with { InactiveAfterMonths = 3 }, "Een account telt als inactief na 6 tot 120 maanden." },
        { Valid() with { EraseAfterWarningDays = 1 }, "Na de waarschuwing wacht de centrale 7 tot 365 dagen." },
        { Valid() with { Country = "FR" }, "Kies het land van de centrale: Nederland of België." },
        { Valid() with { Country = "be" }, "Kies het land van de centrale: Nederland of België." },
    };

    [Theory]
    [InlineData("NL")]
    [InlineData("BE")]
    [InlineData(null)]
    public void Keeps_the_country_a_Dutch_or_Belgian_centre_chose_or_none_to_follow_configuration(string? country)
    {
        var settings = CentreSettings.Create(Valid() with { Country = country }, Build.Staff, Build.Now);

        Assert.Equal(country, settings.Country);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_values_that_would_break_the_site_or_the_rules(CentreSettingValues values, string message)
    {
        var settings = CentreSettings.Create(Valid(), Build.Staff, Build.Now);

        Assert.Equal(message, Assert.Throws<DomainException>(() => settings.Change(values, Build.Member, Build.Now.AddDays(1))).Message);
        Assert.Equal(Build.Staff, settings.UpdatedBy);
        Assert.Equal("Vrijwilligerscentrale Houten", settings.Name);
        Assert.Equal("#0b5c8a", settings.PrimaryColor);
        Assert.Equal(10, settings.UnansweredAfterDays);
    }
}
