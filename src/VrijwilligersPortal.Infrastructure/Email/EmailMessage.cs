namespace VrijwilligersPortal.Infrastructure.Email;

/// <summary>A plain-text e-mail to one person, as features build it and the outbox stores it.</summary>
public sealed record EmailMessage(string To, string Subject, string Body)
{
    /// <summary>
    /// For e-mail a person subscribed to: the address that unsubscribes them with one POST
    /// (RFC 8058). Mail clients show it as an "afmelden" button next to the sender.
    /// </summary>
    public string? OneClickUnsubscribeUrl { get; init; }

    /// <summary>An iCalendar file (RFC 5545) sent along as <c>uitnodiging.ics</c>, so the reader can put a course in their calendar.</summary>
    public string? Calendar { get; init; }
}
