using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.FollowUps;

/// <summary>When a placement's follow-ups fall due: the centre setting, in weeks.</summary>
internal static class FollowUpSchedule
{
    public static TimeSpan After(CentreOptions centre) => TimeSpan.FromDays(7 * Math.Max(1, centre.FollowUpAfterWeeks));
}
