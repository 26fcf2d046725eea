using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace VrijwilligersPortal.Web.Features.FollowUps;

/// <summary>
/// The token in the follow-up e-mail's link: which follow-up it answers and until when, signed
/// and encrypted with the portal's Data Protection keys like the unsubscribe link (docs/adr/0033).
/// The expiry is inside the token and checked against the portal's <see cref="TimeProvider"/>, so
/// a link cannot be made to live longer, and tests can move the clock (docs/adr/0090).
/// </summary>
public sealed class FollowUpTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("VrijwilligersPortal.PlacementFollowUps.Answer.v1");

    public string For(int followUpId, DateTimeOffset validUntil) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{followUpId}:{validUntil.ToUnixTimeSeconds()}"));

    /// <summary>The follow-up and expiry of a genuine token; null for anything else (tampered, truncated, from another site).</summary>
    public (int FollowUpId, DateTimeOffset ValidUntil)? Read(string? token)
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
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var until)
                ? (id, DateTimeOffset.FromUnixTimeSeconds(until))
                : null;
    }
}
