namespace VrijwilligersPortal.Infrastructure.Jobs;

/// <summary>
/// Which instance may run the background job <see cref="Name"/>, until when. A row with no
/// <see cref="ExpiresAt"/> is a job that was never claimed yet.
/// </summary>
public sealed class JobLease(string name, string holder, DateTimeOffset? expiresAt)
{
    public string Name { get; private set; } = name;

    public string Holder { get; private set; } = holder;

    public DateTimeOffset? ExpiresAt { get; private set; } = expiresAt;
}
