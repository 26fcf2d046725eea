namespace VrijwilligersPortal.Infrastructure.Email;

/// <summary>Configuration section <c>Email</c>: how mail leaves the outbox (docs/operations.md).</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "noreply@vrijwilligersportal.local";

    public string FromName { get; set; } = "Vrijwilligerscentrale";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>True: TLS (STARTTLS on 587, implicit TLS on 465). False: plain SMTP, for a relay on localhost only.</summary>
    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// When set, messages are written as .eml files to this folder instead of being sent: the
    /// Development default, so a developer can open the confirmation link locally.
    /// </summary>
    public string? PickupDirectory { get; set; }

    /// <summary>How often the outbox sender looks for due mail when nobody nudges it.</summary>
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>After this many failed attempts a message is marked failed and waits for staff to resend it.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles after each next one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a sender owns a message it took up; longer than one SMTP conversation may take.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the metadata of sent (and given-up) messages stays visible before it is deleted.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Timeout of one SMTP conversation.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
