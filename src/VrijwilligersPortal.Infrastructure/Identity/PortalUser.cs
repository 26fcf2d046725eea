using Microsoft.AspNetCore.Identity;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Infrastructure.Identity;

/// <summary>A login. What the person is (volunteer, organisation member, staff) lives in the domain and in roles.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The language the person reads the portal and its e-mails in (<see cref="PortalLanguages"/>: "nl" or "en"):
    /// set at sign-up from the page's language and changed by the language switch.
    /// </summary>
    public string PreferredLanguage { get; set; } = PortalLanguages.Dutch;

    public DateTimeOffset? LastLoginAt { get; set; }

    /// <summary>When the retention job warned this inactive account that it will be erased; cleared by logging in.</summary>
    public DateTimeOffset? InactivityWarnedAt { get; set; }
}
