using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;

/// <summary>The settings page says what is true about when a change reaches the other instances.</summary>
public class SettingsReachTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_settings_page_says_other_instances_follow_within_the_cache_lifetime()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);

        var page = await admin.GetPageAsync("/beheer/instellingen");

        var reach = page.QuerySelector("p.settings-reach")!.TextContent;
        Assert.Contains("meteen op de server die deze pagina toont", reach, StringComparison.Ordinal);
        Assert.Contains($"binnen {(int)CentreSettingsCache.Lifetime.TotalSeconds} seconden", reach, StringComparison.Ordinal);
        Assert.DoesNotContain("gelden meteen", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
