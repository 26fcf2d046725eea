using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace VrijwilligersPortal.Web.Features.Courses;

/// <summary>
/// The token in the "afmelden" link of a course mail: which registration, signed and encrypted
/// with the portal's Data Protection keys like the other mail links (docs/adr/0033). It names one
/// registration, so it cannot cancel anyone else's, and stops working once that one is cancelled.
/// </summary>
public sealed class CourseTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("VrijwilligersPortal.Courses.Cancel.v1");

    public string For(int registrationId, Guid userId) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{registrationId}:{userId:N}"));

    public (int RegistrationId, Guid UserId)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = payload.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && Guid.TryParseExact(parts[1], "N", out var user)
                ? (id, user)
                : null;
    }
}
