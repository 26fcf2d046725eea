using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>
/// Plays the network: TestServer has no socket, so a request names the address it comes from in
/// the <see cref="Header"/> header, and this sets it as the connection's remote address before the
/// portal's own pipeline runs.
/// </summary>
public sealed class PeerAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public static void Simulate(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerAddress>());

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var peer))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
