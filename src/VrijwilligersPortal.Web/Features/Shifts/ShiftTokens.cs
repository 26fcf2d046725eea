using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace VrijwilligersPortal.Web.Features.Shifts;

/// <summary>
/// The token in the "afmelden" link of a shift mail: which sign-up of which volunteer, signed and
/// encrypted like the course links (docs/adr/0033, 0111). It cancels that one sign-up only.
/// </summary>
public sealed class ShiftTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("VrijwilligersPortal.Shifts.Cancel.v1");

    public string For(int signUpId, int volunteerId) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{signUpId}:{volunteerId}"));

    public (int SignUpId, int VolunteerId)? Read(string? token)
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
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var volunteer)
                ? (id, volunteer)
                : null;
    }
}
