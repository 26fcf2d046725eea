namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// Names and Secure policy of the portal's cookies. Everywhere but Development they are
/// <c>__Host-</c> prefixed and always Secure. Development runs on plain http://localhost, where
/// antiforgery refuses an always-Secure cookie and browsers refuse a <c>__Host-</c> cookie
/// without Secure, so there they follow the request's scheme and drop the prefix.
/// </summary>
public sealed class PortalCookies(IWebHostEnvironment environment)
{
    private readonly bool _development = environment.IsDevelopment();

    public CookieSecurePolicy SecurePolicy => _development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public string Name(string baseName) => _development ? baseName : "__Host-" + baseName;
}
