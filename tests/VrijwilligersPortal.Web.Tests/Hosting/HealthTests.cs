using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary><c>/health</c>, <c>/health/ready</c> and <c>/health/live</c> (docs/adr/0076).</summary>
public class HealthTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    [InlineData("/health/live")]
    public async Task Health_answers_whatever_the_host_while_pages_keep_refusing_a_host_that_is_not_allowed(string path)
    {
        using var site = factory.WithWebHostBuilder(builder => builder.UseSetting("AllowedHosts", "vacatures.example.nl;localhost"));
        using var client = site.CreateClient();
        await site.Services.GetRequiredService<WarmUp>().RunAsync(CancellationToken.None);

        // What a proxy's check sends (Caddy: the upstream's address) and what a stranger might send.
        foreach (var host in new[] { "127.0.0.1:8080", "evil.example" })
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, path, host)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(client, "/vacatures", "evil.example")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, "/vacatures", "vacatures.example.nl")).StatusCode);
    }

    [Fact]
    public async Task A_cold_instance_is_alive_but_not_ready_until_it_has_warmed_up()
    {
        using var cold = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            // Keep the instance cold: no automatic warm-up; the test warms it up itself.
            var automatic = services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType?.Name == "WarmUpService");
            services.Remove(automatic);
        }));
        using var client = cold.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        AssertChecks(await ready.Content.ReadAsStringAsync(), "Unhealthy", database: "Healthy", warmUp: "Unhealthy");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);

        await cold.Services.GetRequiredService<WarmUp>().RunAsync(CancellationToken.None);

        var warm = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        AssertChecks(await warm.Content.ReadAsStringAsync(), "Healthy", database: "Healthy", warmUp: "Healthy");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task An_instance_warms_up_by_itself_after_start()
    {
        using var client = factory.CreateClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        HttpStatusCode status;
        do
        {
            status = (await client.GetAsync("/health/ready")).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(50);
            }
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return client.SendAsync(request);
    }

    private static void AssertChecks(string json, string status, string database, string warmUp)
    {
        using var health = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(status, health.RootElement.GetProperty("status").GetString());
        var checks = health.RootElement.GetProperty("checks");
        Assert.Equal(database, checks.GetProperty("database").GetString());
        Assert.Equal(warmUp, checks.GetProperty("warm-up").GetString());
    }
}
