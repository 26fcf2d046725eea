using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace VrijwilligersPortal.Web.Features.Alerts;

/// <summary>
/// The unsubscribe link's token: the alert it switches off, signed and encrypted with the portal's
/// Data Protection keys (kept in the database, so every instance accepts every link). No login
/// needed, nothing to guess, and a token names one alert: switching alerts on again later makes
/// old links harmless (docs/adr/0033).
/// </summary>
public sealed class AlertTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("VrijwilligersPortal.MatchAlerts.Unsubscribe.v1");

    public string For(int volunteerId, int alertId) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{volunteerId}:{alertId}"));

    /// <summary>The volunteer and alert of a genuine token; null for anything else (tampered, truncated, from another site).</summary>
    public (int VolunteerId, int AlertId)? Read(string? token)
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
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var volunteerId)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var alertId)
                ? (volunteerId, alertId)
                : null;
    }
}
