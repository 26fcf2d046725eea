using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice.Emails;

/// <summary>
/// Mail that did not go out (/beheer/e-mails), for staff: recipient, subject, attempts and the last
/// error of every message in the outbox that failed at least once and was not sent since — never
/// the body, which may hold a personal link. Staff can have a message tried again (docs/adr/0060).
/// </summary>
[Route("beheer/e-mails")]
public sealed class EmailsController(PortalDbContext db, TimeProvider clock) : BackOfficePortalController
{
    public const int Shown = 200;


    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var problems = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.Attempts > 0 && m.LastError != null)
            .OrderByDescending(m => m.CreatedAt)
            .ThenByDescending(m => m.Id)
            .Take(Shown)
            .Select(m => new FailedEmailRow(m.Id, m.CreatedAt, m.To, m.Subject, m.Attempts, m.LastError, m.FailedAt, m.NextAttemptAt, m.Body != null && (m.ClaimedUntil == null || m.ClaimedUntil <= now)))
            .ToListAsync(cancellationToken);
        var waiting = await db.OutboxMessages.CountAsync(m => m.SentAt == null && m.FailedAt == null, cancellationToken);
        return View(new FailedEmailsPage(problems, waiting));
    }

    [HttpPost("{id:long}/opnieuw")]
    public async Task<IActionResult> Resend([FromRoute] long id, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        if (!message.CanResend(now))
        {
            Flash("Deze e-mail is al verstuurd of wordt op dit moment verstuurd.");
            return RedirectToAction(nameof(Index));
        }

        message.Resend(now);
        AuditLog.Record(db, UserId, AuditActions.Email.Resend, nameof(OutboxMessage), id, now);
        await db.SaveChangesAsync(cancellationToken);
        Flash("De e-mail wordt opnieuw verstuurd.");
        return RedirectToAction(nameof(Index));
    }
}

public sealed record FailedEmailRow(long Id, DateTimeOffset CreatedAt, string To, string Subject, int Attempts, string? LastError, DateTimeOffset? FailedAt, DateTimeOffset NextAttemptAt, bool CanResend);

public sealed record FailedEmailsPage(IReadOnlyList<FailedEmailRow> Rows, int Waiting);
