namespace VrijwilligersPortal.Infrastructure.Email;

/// <summary>
/// One e-mail in the outbox (docs/adr/0060): written in the same save as the change that causes it,
/// sent later by <see cref="OutboxSender"/>. While a sender works on it, <see cref="ClaimToken"/> and
/// <see cref="ClaimedUntil"/> say who and until when; after sending, the body (which may hold a
/// reset token) is cleared and only the metadata stays for a while.
/// </summary>
public sealed class OutboxMessage
{
    public const int AddressMaxLength = 254;
    public const int SubjectMaxLength = 300;
    public const int ErrorMaxLength = 500;

    private OutboxMessage()
    {
        To = string.Empty;
        Subject = string.Empty;
    }

    internal OutboxMessage(EmailMessage message, DateTimeOffset now)
    {
        To = message.To;
        Subject = message.Subject.Length > SubjectMaxLength ? message.Subject[..SubjectMaxLength] : message.Subject;
        Body = message.Body;
        UnsubscribeUrl = message.OneClickUnsubscribeUrl;
        Calendar = message.Calendar;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public long Id { get; private set; }

    public string To { get; private set; }

    public string Subject { get; private set; }

    /// <summary>Null once sent.</summary>
    public string? Body { get; private set; }

    /// <summary>RFC 8058 one-click address; null once sent (it holds a signed token).</summary>
    public string? UnsubscribeUrl { get; private set; }

    /// <summary>The .ics attachment, if any; null once sent, like the body.</summary>
    public string? Calendar { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>How many times a sender took it up (a crash mid-send counts too).</summary>
    public int Attempts { get; private set; }

    /// <summary>Not before this moment; pushed back exponentially after each failure.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Set when the sender gave up after the last allowed attempt; staff can resend.</summary>
    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>The last SMTP or connection error, for staff; never logged.</summary>
    public string? LastError { get; private set; }

    /// <summary>Not sent yet and no sender is busy with it: staff may ask for another try.</summary>
    public bool CanResend(DateTimeOffset now) => SentAt is null && Body is not null && (ClaimedUntil is null || ClaimedUntil <= now);

    /// <summary>Staff asked to try again: due now, with a fresh count of attempts.</summary>
    public void Resend(DateTimeOffset now)
    {
        if (!CanResend(now))
        {
            throw new InvalidOperationException("Only an unsent message that no sender holds can be resent.");
        }

        Attempts = 0;
        FailedAt = null;
        NextAttemptAt = now;
    }

    public EmailMessage ToEmail() => new(To, Subject, Body ?? string.Empty) { OneClickUnsubscribeUrl = UnsubscribeUrl, Calendar = Calendar };
}
