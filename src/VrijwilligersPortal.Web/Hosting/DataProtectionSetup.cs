using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>Configuration section <c>DataProtection</c>: how the key ring is protected at rest.</summary>
public sealed class KeyRingProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PFX file (certificate with private key) that encrypts every new key before it is stored.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Earlier PFX files, still needed to read keys encrypted before a certificate was replaced.</summary>
    public string[] PreviousCertificatePaths { get; set; } = [];

    /// <summary>Outside Production keys may be stored unencrypted; Production refuses to start without a certificate unless this is set.</summary>
    public bool AllowUnprotectedKeys { get; set; }
}

internal static class DataProtectionSetup
{
    /// <summary>
    /// One key ring in the portal's database (Microsoft.AspNetCore.DataProtection.EntityFrameworkCore),
    /// shared by every instance; in Production each key is encrypted with a configured certificate, so
    /// a copy of the database alone cannot forge login cookies or signed links (docs/adr/0070).
    /// </summary>
    public static void AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var options = configuration.GetSection(KeyRingProtectionOptions.Section).Get<KeyRingProtectionOptions>() ?? new KeyRingProtectionOptions();
        var builder = services.AddDataProtection()
            .SetApplicationName("VrijwilligersPortal")
            .PersistKeysToDbContext<PortalDbContext>();

        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            if (environment.IsProduction() && !options.AllowUnprotectedKeys)
            {
                throw new InvalidOperationException(
                    "DataProtection:CertificatePath (a PFX file) and DataProtection:CertificatePassword are required in Production: " +
                    "they encrypt the keys that sign login cookies and links. See docs/operations.md, 'Data Protection keys'.");
            }

            return;
        }

        var certificate = Load(options.CertificatePath, options.CertificatePassword, environment);
        var readable = options.PreviousCertificatePaths
            .Select(path => Load(path, options.CertificatePassword, environment))
            .Prepend(certificate)
            .ToArray();
        builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(readable);
    }

    private static X509Certificate2 Load(string path, string? password, IWebHostEnvironment environment)
    {
        var full = Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"DataProtection: certificate file '{full}' does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(full, password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"DataProtection: certificate file '{full}' holds no private key.");
    }
}
