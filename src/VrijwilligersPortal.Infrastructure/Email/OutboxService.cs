using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VrijwilligersPortal.Infrastructure.Email;

/// <summary>
/// Runs <see cref="OutboxSender"/> every <see cref="EmailOptions.PollEvery"/>, and at once when a
/// save in this process added mail (<see cref="Outbox.Nudge"/>). Every instance runs it: the
/// per-message claims, not a job lease, keep instances from sending the same message.
/// </summary>
public sealed partial class OutboxService(OutboxSender sender, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxService> logger) : BackgroundService
{
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.PollEvery;
        Outbox.Subscribe(Wake);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // A new signal before sending: a nudge that arrives while sending makes the next wait end at once.
                var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Volatile.Write(ref _wake, signal);
                try
                {
                    await sender.SendDueAsync(stoppingToken);
                }
                catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database may be away for a moment; the mail waits in the outbox.
                    LogFailed(logger, failure);
                }

                using var pause = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(signal.Task, Task.Delay(every, clock, pause.Token));
                await pause.CancelAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: whatever was claimed is retried by any instance after its claim expires.
        }
        finally
        {
            Outbox.Unsubscribe(Wake);
        }
    }

    private void Wake() => Volatile.Read(ref _wake).TrySetResult();

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox sender failed; it tries again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
