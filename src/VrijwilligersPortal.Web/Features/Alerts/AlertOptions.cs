namespace VrijwilligersPortal.Web.Features.Alerts;

/// <summary>Configuration section <c>Alerts</c>: the e-mail with new vacancies that match.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>How often the background service looks for due alerts; zero or less switches it off.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>After a finished run, how long other instances leave the job alone (the lease itself is renewed while a run lasts: Jobs:Lease).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>At most this many vacancies in one e-mail.</summary>
    public int MaxPerEmail { get; set; } = 10;
}
