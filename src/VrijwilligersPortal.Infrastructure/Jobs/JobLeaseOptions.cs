namespace VrijwilligersPortal.Infrastructure.Jobs;

/// <summary>Configuration section <c>Jobs</c>: background jobs and their leases (docs/adr/0075).</summary>
public sealed class JobLeaseOptions
{
    public const string Section = "Jobs";

    /// <summary>How long a claim lasts without renewal: a job whose instance died is free again this long after its last heartbeat.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a running job renews its lease; well below <see cref="Lease"/>.</summary>
    public TimeSpan RenewEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How soon an instance that found a job held by another tries again.</summary>
    public TimeSpan RetryEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Run the retention job (every six hours, one instance at a time).</summary>
    public bool Retention { get; set; } = true;
}
