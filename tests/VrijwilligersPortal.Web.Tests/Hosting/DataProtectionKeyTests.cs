using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.Alerts;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary>
/// The key ring after the move to Microsoft.AspNetCore.DataProtection.EntityFrameworkCore, and its
/// protection at rest (docs/adr/0070).
/// </summary>
public class DataProtectionKeyTests
{
    private static readonly Uri Site = new("https://localhost");

    [Fact]
    public async Task A_login_cookie_and_an_unsubscribe_link_made_with_the_previous_key_store_still_work()
    {
        using var factory = new PortalFactory();

        // The previous release: its own repository wrote the first key into the same table.
        using var previous = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddOptions<KeyManagementOptions>().PostConfigure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new PreviousReleaseKeyRepository(scopes))));
        _ = previous.Services;
        var staff = await factory.UserAsync(PortalRoles.Staff);
        var browser = new CookieContainer();
        using var onPrevious = Browse(previous, browser);
        await onPrevious.LogInAsync(staff.Email!);
        var oldToken = previous.Services.GetRequiredService<AlertTokens>().For(41, 7);
        var oldKeys = await factory.WithDbAsync((db, _) => db.DataProtectionKeys.Select(k => k.Id).ToListAsync());

        // This release, on the upgraded database.
        using var current = Browse(factory, browser);
        var backOffice = await current.GetAsync("/beheer");

        Assert.Single(oldKeys);
        Assert.Equal(HttpStatusCode.OK, backOffice.StatusCode);
        Assert.Equal((41, 7), factory.Services.GetRequiredService<AlertTokens>().Read(oldToken));
        Assert.Equal(oldKeys, await factory.WithDbAsync((db, _) => db.DataProtectionKeys.Select(k => k.Id).ToListAsync()));
    }

    [Fact]
    public async Task With_a_certificate_configured_new_keys_are_stored_encrypted_and_still_sign_cookies()
    {
        var folder = Directory.CreateTempSubdirectory("vp-dp-");
        var pfx = Path.Combine(folder.FullName, "dataprotection.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=VrijwilligersPortal Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-wachtwoord"));
        }

        using var factory = new CertificateFactory(pfx, "test-wachtwoord");
        var staff = await factory.UserAsync(PortalRoles.Staff);
        using var client = Browse(factory, new CookieContainer());
        await client.LogInAsync(staff.Email!);

        var stored = await factory.WithDbAsync((db, _) => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());

        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beheer")).StatusCode);
        folder.Delete(recursive: true);
    }

    [Fact]
    public void Production_refuses_to_start_without_a_key_certificate()
    {
        using var factory = new PortalFactory();
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("DataProtection:AllowUnprotectedKeys", "false"));

        var refused = Assert.ThrowsAny<Exception>(() => production.Services);

        Assert.Contains("DataProtection:CertificatePath", Flatten(refused), StringComparison.Ordinal);

        static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);
    }

    private static PortalClient Browse(WebApplicationFactory<Program> instance, CookieContainer browser) =>
        new(instance.CreateDefaultClient(Site, new CookieContainerHandler(browser)));

    private sealed class CertificateFactory(string pfx, string password) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", pfx);
            builder.UseSetting("DataProtection:CertificatePassword", password);
        }
    }

    /// <summary>The key repository of the release before the package, as it read and wrote the table.</summary>
    private sealed class PreviousReleaseKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            return db.Database.SqlQueryRaw<string>("""SELECT "Xml" AS "Value" FROM "DataProtectionKeys" ORDER BY "Id" """)
                .AsEnumerable()
                .Select(XElement.Parse)
                .ToList();
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var xml = element.ToString(SaveOptions.DisableFormatting);
            db.Database.ExecuteSql($"""INSERT INTO "DataProtectionKeys" ("FriendlyName", "Xml") VALUES ({friendlyName}, {xml})""");
        }
    }
}
