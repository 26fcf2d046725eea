using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Email;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>
/// Runs <see cref="OutboxSender"/> every <see cref="EmailOptions.PollEvery"/>, and at once when a
/// save in this process added mail (<see cref="Outbox.Nudge"/>). Every instance runs it: the
/// per-message claims, not a job lease, keep instances from sending the same message
/// (docs/adr/0060). Whatever was claimed when the process stops is retried by any instance after
/// its claim expires.
/// </summary>
public sealed class OutboxJob : IPortalJob, IDisposable
{
    private readonly OutboxSender _sender;
    private readonly IOptions<EmailOptions> _options;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public OutboxJob(OutboxSender sender, IOptions<EmailOptions> options)
    {
        _sender = sender;
        _options = options;
        Outbox.Subscribe(Wake);
    }

    public string Name => "outbox";

    public JobSchedule Schedule => new(TimeSpan.Zero, _options.Value.PollEvery);

    public async Task<bool> RunScheduledAsync(CancellationToken cancellationToken)
    {
        // A new signal before sending: a nudge that arrives while sending makes the next pause end at once.
        Volatile.Write(ref _wake, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _sender.SendDueAsync(cancellationToken);
        return true;
    }

    public async Task PauseAsync(TimeSpan wait, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var pause = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(Volatile.Read(ref _wake).Task, Task.Delay(wait, clock, pause.Token));
        await pause.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => Outbox.Unsubscribe(Wake);

    private void Wake() => Volatile.Read(ref _wake).TrySetResult();
}
