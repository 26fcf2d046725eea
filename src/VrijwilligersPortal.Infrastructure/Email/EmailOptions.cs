namespace VrijwilligersPortal.Infrastructure.Email;

/// <summary>Configuration section <c>Email</c>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "noreply@vrijwilligersportal.local";

    public string FromName { get; set; } = "Vrijwilligerscentrale";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// When set, messages are written as .eml files to this folder instead of being sent: the
    /// Development default, so a developer can open the confirmation link locally.
    /// </summary>
    public string? PickupDirectory { get; set; }
}
