using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary>The portal behind a reverse proxy that ends TLS and talks plain http to it.</summary>
public class ForwardedHeadersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Proxy = "10.0.0.2";

    [Fact]
    public async Task Behind_a_trusted_proxy_the_forwarded_https_scheme_is_the_request_scheme()
    {
        using var client = BehindProxy(enabled: true);

        var response = await client.SendAsync(Get("/beheer", from: Proxy, proto: "https"));

        // The login redirect is built from the request scheme: https, as the visitor's browser used.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/inloggen", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        using var client = BehindProxy(enabled: true);

        var response = await client.SendAsync(Get("/beheer", from: "203.0.113.9", proto: "https"));

        Assert.StartsWith("http://localhost/account/inloggen", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Forwarded_headers_are_ignored_unless_enabled()
    {
        using var client = BehindProxy(enabled: false);

        var response = await client.SendAsync(Get("/beheer", from: Proxy, proto: "https"));

        Assert.StartsWith("http://localhost/account/inloggen", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_account_rate_limit_counts_per_visitor_not_per_proxy()
    {
        using var client = BehindProxy(enabled: true, accountPostsPerMinute: 1);

        // Without a token the post is refused (400), but it still counts against the limit.
        var first = await client.SendAsync(Post("/account/inloggen", from: Proxy, forwardedFor: "198.51.100.1"));
        var again = await client.SendAsync(Post("/account/inloggen", from: Proxy, forwardedFor: "198.51.100.1"));
        var someoneElse = await client.SendAsync(Post("/account/inloggen", from: Proxy, forwardedFor: "198.51.100.2"));

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, someoneElse.StatusCode);
    }

    private HttpClient BehindProxy(bool enabled, int accountPostsPerMinute = 10000) =>
        factory.WithWebHostBuilder(builder =>
            {
                builder.UseSetting("ForwardedHeaders:Enabled", enabled ? "true" : "false");
                builder.UseSetting("ForwardedHeaders:KnownNetworks", "10.0.0.0/24, 192.168.10.0/24");
                builder.UseSetting("RateLimits:AccountPostsPerMinute", accountPostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
                PeerAddress.Simulate(builder);
            })
            .CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

    private static HttpRequestMessage Get(string path, string from, string proto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(PeerAddress.Header, from);
        request.Headers.Add("X-Forwarded-Proto", proto);
        return request;
    }

    private static HttpRequestMessage Post(string path, string from, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add(PeerAddress.Header, from);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }
}
