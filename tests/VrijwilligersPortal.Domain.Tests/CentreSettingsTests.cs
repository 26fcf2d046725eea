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

    public static TheoryData<CentreSettingValues> Refused() =>
    [
        Valid() with { Name = " " },
        Valid() with { PrimaryColor = "red;}body{display:none" },
        Valid() with { AccentColor = "#12345" },
        Valid() with { LogoPath = "https://elders.example/logo.svg" },
        Valid() with { LogoPath = "/img/logo.svg\" onerror=\"x" },
        Valid() with { ContactEmail = "geen-adres" },
        Valid() with { UnansweredAfterDays = 0 },
        Valid() with { FollowUpAfterWeeks = 53 },
        Valid() with { InactiveAfterMonths = 3 },
        Valid() with { EraseAfterWarningDays = 1 },
    ];

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_values_that_would_break_the_site_or_the_rules(CentreSettingValues values)
    {
        var settings = CentreSettings.Create(Valid(), Build.Staff, Build.Now);

        Assert.Throws<DomainException>(() => settings.Change(values, Build.Member, Build.Now.AddDays(1)));
        Assert.Equal(Build.Staff, settings.UpdatedBy);
        Assert.Equal("Vrijwilligerscentrale Houten", settings.Name);
        Assert.Equal("#0b5c8a", settings.PrimaryColor);
        Assert.Equal(10, settings.UnansweredAfterDays);
    }
}
