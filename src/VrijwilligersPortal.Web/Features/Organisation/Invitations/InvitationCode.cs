using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace VrijwilligersPortal.Web.Features.Organisation.Invitations;

/// <summary>
/// The secret in an invitation link: 256 random bits, URL-safe. Only its SHA-256 hash is stored, so
/// reading the database does not give anyone a working link.
/// </summary>
public static class InvitationCode
{
    public static (string Code, string Hash) New()
    {
        var code = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (code, Hash(code));
    }

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
