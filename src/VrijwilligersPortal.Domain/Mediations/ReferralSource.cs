namespace VrijwilligersPortal.Domain.Mediations;

/// <summary>Who sent the person to the centre (verwijzer), asked at the intake.</summary>
public enum ReferralSource
{
    Self,
    NeighbourhoodTeam,
    JobCentre,
    Municipality,
    Care,
    School,
    Other,
}
