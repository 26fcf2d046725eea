using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>Configuration section <c>Portal</c>: where the public reaches this portal (docs/adr/0061).</summary>
public sealed class PublicUrlOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The portal's public address, such as https://vacatures.example.nl (a path prefix is allowed).
    /// Every absolute link in a mail, feed or page metadata is built from it, never from the
    /// request's Host header, which a sender can forge.
    /// </summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>The old key of the alert mails (<c>Alerts:SiteUrl</c>), read when the new one is empty.</summary>
    internal const string LegacyKey = "Alerts:SiteUrl";

    public static bool IsValid(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment);
}

/// <summary>Builds absolute links from <see cref="PublicUrlOptions.PublicBaseUrl"/>.</summary>
public sealed class PublicUrls(IOptions<PublicUrlOptions> options)
{
    // Read on first use, not when a hosted job is constructed: start-up validation then reports
    // every missing setting at once instead of this one alone.
    private readonly Lazy<string> _baseUrl = new(() => options.Value.PublicBaseUrl.TrimEnd('/'));

    /// <summary>The configured base address without a trailing slash (validated at start-up).</summary>
    public string BaseUrl => _baseUrl.Value;

    /// <summary>The absolute address of <paramref name="pathAndQuery"/>, a path within the portal starting with '/'.</summary>
    public string Absolute(string pathAndQuery)
    {
        if (BaseUrl.Length == 0)
        {
            throw new InvalidOperationException($"{PublicUrlOptions.Section}:{nameof(PublicUrlOptions.PublicBaseUrl)} is not set to an absolute http(s) address; links in e-mail cannot be made.");
        }

        if (!pathAndQuery.StartsWith('/') || pathAndQuery.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException("A path within the portal starts with a single '/'.", nameof(pathAndQuery));
        }

        return BaseUrl + pathAndQuery;
    }
}

internal static class PublicUrlRegistration
{
    /// <summary>
    /// Registers <see cref="PublicUrls"/> and refuses to start without a usable public base URL;
    /// in Production also without a real <c>AllowedHosts</c> (not missing, not "*").
    /// </summary>
    public static void AddPublicUrls(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddOptions<PublicUrlOptions>()
            .Bind(configuration.GetSection(PublicUrlOptions.Section))
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.PublicBaseUrl) && configuration[PublicUrlOptions.LegacyKey] is { Length: > 0 } legacy)
                {
                    options.PublicBaseUrl = legacy;
                }
            })
            .Validate(
                options => PublicUrlOptions.IsValid(options.PublicBaseUrl),
                "Portal:PublicBaseUrl must be the portal's public address, an absolute http(s) URL such as https://vacatures.example.nl "
                + "(environment variable Portal__PublicBaseUrl). Links in e-mail are built from it, never from the request. See docs/operations.md.")
            .ValidateOnStart();
        services.AddSingleton<PublicUrls>();

        if (environment.IsProduction())
        {
            services.AddOptions<HostFilteringOptions>()
                .Validate(
                    options => options.AllowedHosts is { Count: > 0 } hosts && !hosts.Any(h => h is "*" or ""),
                    "AllowedHosts must list the portal's host names (e.g. \"vacatures.example.nl;localhost\"), not be missing or \"*\", "
                    + "in Production (environment variable AllowedHosts). See docs/operations.md.")
                .ValidateOnStart();
        }
    }
}
