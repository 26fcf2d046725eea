using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// Behind a reverse proxy that ends TLS, the portal sees plain http from the proxy's address. With
/// <c>ForwardedHeaders:Enabled</c> it takes the client's scheme and address from the proxy's
/// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c>, but only from the proxies and networks
/// listed in <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c> (loopback is always
/// trusted), so nobody else can pretend to be https or another client. That keeps Secure cookies,
/// https links and the per-client rate limit right (docs/operations.md).
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static void AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in List(section.GetSection("KnownProxies")))
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in List(section.GetSection("KnownNetworks")))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a network such as 10.0.0.0/8."));
            }
        });
    }

    /// <summary>First in the pipeline, so everything after it sees the client's scheme and address.</summary>
    public static void UsePortalForwardedHeaders(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>($"{Section}:Enabled"))
        {
            app.UseForwardedHeaders();
        }
    }

    /// <summary>A list from configuration: array entries (<c>KnownNetworks__0</c>) or one comma-separated value.</summary>
    private static IEnumerable<string> List(IConfigurationSection section) =>
        section.Value is { } value
            ? value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : section.GetChildren().Select(c => c.Value).OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0);
}
