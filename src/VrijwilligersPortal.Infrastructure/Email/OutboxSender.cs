using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Email;

/// <summary>What one pass over the outbox did.</summary>
public sealed record OutboxRun(int Sent, int Failed);

/// <summary>
/// Sends what is due in the outbox (docs/adr/0060). Each message is claimed with one conditional
/// UPDATE (a fresh claim token, claimed-until, attempts + 1) that only matches a message nobody
/// holds, so of several instances exactly one sends it; the result is written back only under that
/// token. A sender that dies mid-send leaves its claim to expire, after which the message is sent
/// again: at most that one message twice. Failures wait exponentially longer; after
/// <see cref="EmailOptions.MaxAttempts"/> the message is marked failed for staff to resend.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    MailTransport transport,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger)
{
    private const int BatchSize = 20;

    private readonly EmailOptions _options = options.Value;

    public async Task<OutboxRun> SendDueAsync(CancellationToken cancellationToken = default)
    {
        int sent = 0, failed = 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var due = await Due(db, now)
                .OrderBy(m => m.NextAttemptAt)
                .ThenBy(m => m.Id)
                .Select(m => m.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            var tookAny = false;
            foreach (var id in due)
            {
                switch (await SendOneAsync(db, id, cancellationToken))
                {
                    case true:
                        sent++;
                        tookAny = true;
                        break;
                    case false:
                        failed++;
                        tookAny = true;
                        break;
                }
            }

            if (!tookAny)
            {
                break;
            }
        }

        await ForgetOldAsync(db, cancellationToken);
        if (sent + failed > 0)
        {
            LogRun(logger, sent, failed);
        }

        return new OutboxRun(sent, failed);
    }

    /// <summary>True: sent. False: failed (retried later or given up). Null: another sender holds it.</summary>
    private async Task<bool?> SendOneAsync(PortalDbContext db, long id, CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var now = clock.GetUtcNow();
        var until = now + _options.ClaimFor;
        var claimed = await Due(db, now)
            .Where(m => m.Id == id)
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, until).SetProperty(m => m.Attempts, m => m.Attempts + 1),
                cancellationToken);
        if (claimed != 1)
        {
            return null;
        }

        var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await transport.SendAsync(message.ToEmail(), cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failedAt = clock.GetUtcNow();
            var giveUp = IsPermanent(failure) || message.Attempts >= _options.MaxAttempts;
            var next = failedAt + RetryDelay(message.Attempts);
            DateTimeOffset? gaveUpAt = giveUp ? failedAt : null;
            var error = Describe(failure);
            await db.OutboxMessages
                .Where(m => m.Id == id && m.ClaimToken == token)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(m => m.LastError, error)
                        .SetProperty(m => m.NextAttemptAt, next)
                        .SetProperty(m => m.FailedAt, gaveUpAt)
                        .SetProperty(m => m.ClaimToken, (Guid?)null)
                        .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
                    CancellationToken.None);
            LogFailed(logger, id, message.Attempts, giveUp, failure.GetType().Name);
            return false;
        }

        // The body may hold a reset or confirmation token: only the metadata stays.
        var sentAt = clock.GetUtcNow();
        await db.OutboxMessages
            .Where(m => m.Id == id && m.ClaimToken == token)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.SentAt, sentAt)
                    .SetProperty(m => m.Body, (string?)null)
                    .SetProperty(m => m.UnsubscribeUrl, (string?)null)
                    .SetProperty(m => m.Calendar, (string?)null)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null),
                CancellationToken.None);
        return true;
    }

    /// <summary>The wait after attempt <paramref name="attempts"/> failed: first delay, doubled each time, capped.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(_options.FirstRetryDelay.Ticks * factor, _options.MaxRetryDelay.Ticks));
        return delay;
    }

    private static IQueryable<OutboxMessage> Due(PortalDbContext db, DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil <= now));

    private async Task ForgetOldAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - _options.KeepFor;
        await db.OutboxMessages
            .Where(m => (m.SentAt != null && m.SentAt < before) || (m.FailedAt != null && m.FailedAt < before))
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>A refused recipient will be refused again; anything else (server down, busy, timeout) may pass later.</summary>
    private static bool IsPermanent(Exception failure) =>
        failure is InvalidRecipientException
        || (failure is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } refused && (int)refused.StatusCode >= 500);

    private static string Describe(Exception failure)
    {
        var text = failure switch
        {
            SmtpCommandException command => $"SMTP {(int)command.StatusCode}: {command.Message}",
            InvalidRecipientException => "Ongeldig e-mailadres.",
            _ => $"{failure.GetType().Name}: {failure.Message}",
        };
        return text.Length > OutboxMessage.ErrorMaxLength ? text[..OutboxMessage.ErrorMaxLength] : text;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Sent} e-mails sent, {Failed} failed")]
    private static partial void LogRun(ILogger logger, int sent, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} not sent (attempt {Attempts}, given up: {GaveUp}): {ErrorType}")]
    private static partial void LogFailed(ILogger logger, long id, int attempts, bool gaveUp, string errorType);
}
