using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using VrijwilligersPortal.Domain.Reminders;

namespace VrijwilligersPortal.Web.Features.Reminders;

/// <summary>
/// The "switch these reminders off" link: the address and the kind of reminder, signed and
/// encrypted with the portal's Data Protection keys like the other mail links (docs/adr/0033).
/// </summary>
public sealed class ReminderTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("VrijwilligersPortal.Reminders.OptOut.v1");

    public string For(string email, string kind) => _protector.Protect($"{kind}\n{ReminderOptOut.Normalise(email)}");

    public (string Email, string Kind)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token).Split('\n');
            return parts.Length == 2 && ReminderKinds.Switchable.Contains(parts[0]) ? (parts[1], parts[0]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
