using Microsoft.AspNetCore.Hosting;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>The portal of a Flemish centre: <c>Centre:Country=BE</c>, as an operator sets it (docs/operations.md).</summary>
public sealed class BelgianPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Centre:Country", "BE");
    }
}
