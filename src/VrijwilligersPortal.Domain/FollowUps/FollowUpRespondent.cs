namespace VrijwilligersPortal.Domain.FollowUps;

/// <summary>Who a <see cref="PlacementFollowUp"/> asks: the placed volunteer or the organisation's contact.</summary>
public enum FollowUpRespondent
{
    Volunteer,
    Organisation,
}
