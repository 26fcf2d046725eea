using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Email;

/// <summary>
/// Puts e-mail in the outbox (docs/adr/0060). <see cref="Add"/> only adds the row to
/// <paramref name="db"/>: the caller's own <c>SaveChangesAsync</c> stores it together with the change
/// that causes it, so a saved change never loses its mail and a failed save sends nothing. After
/// that save the senders are nudged (<see cref="PortalDbContext"/> does it), so mail still goes out
/// within a moment.
/// </summary>
public static class Outbox
{
    private static event Action? Added;

    public static OutboxMessage Add(PortalDbContext db, EmailMessage message, DateTimeOffset now)
    {
        var row = new OutboxMessage(message, now);
        db.OutboxMessages.Add(row);
        return row;
    }

    /// <summary>Wakes the senders in this process; called after a save that added mail.</summary>
    public static void Nudge() => Added?.Invoke();

    /// <summary>For the outbox job (Web/Jobs/OutboxJob): called with every nudge in this process.</summary>
    public static void Subscribe(Action wake) => Added += wake;

    public static void Unsubscribe(Action wake) => Added -= wake;
}
