namespace VrijwilligersPortal.Infrastructure.Audit;

/// <summary>Audit action codes written by account security (stored codes, so constants).</summary>
public static class AuditActions
{
    /// <summary>An administrator reset a staff member's second factor (lost phone).</summary>
    public const string StaffSecondFactorReset = "staff.mfa.reset";
}
