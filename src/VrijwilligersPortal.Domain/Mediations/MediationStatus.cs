namespace VrijwilligersPortal.Domain.Mediations;

/// <summary>The lifecycle of a mediation case (bemiddeling), as PRODUCT.md gives it.</summary>
public enum MediationStatus
{
    Requested,
    IntakeDone,
    Proposing,
    Placed,
    Closed,
}
