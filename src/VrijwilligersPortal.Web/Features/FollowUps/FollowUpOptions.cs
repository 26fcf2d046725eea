namespace VrijwilligersPortal.Web.Features.FollowUps;

/// <summary>
/// Configuration section <c>FollowUps</c>: the "Hoe gaat het?" e-mail after a placement. When it
/// falls due is the centre setting <c>FollowUpAfterWeeks</c>; the links use <c>Alerts:SiteUrl</c>,
/// like the alert e-mails (docs/adr/0090).
/// </summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUps";

    /// <summary>How often the background service looks for due follow-ups; zero or less switches it off.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one run may hold the job lease; longer than a run takes.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the link in the e-mail works after it was sent.</summary>
    public TimeSpan LinkValidFor { get; set; } = TimeSpan.FromDays(60);
}
