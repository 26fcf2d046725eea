namespace VrijwilligersPortal.Infrastructure.Identity;

public static class PortalRoles
{
    public const string Volunteer = "Volunteer";
    public const string OrganisationMember = "OrganisationMember";
    public const string Staff = "Staff";
    public const string Admin = "Admin";

    /// <summary>For <c>[Authorize(Roles = ...)]</c> on the back office.</summary>
    public const string StaffOrAdmin = Staff + "," + Admin;

    public static IReadOnlyList<string> All { get; } = [Volunteer, OrganisationMember, Staff, Admin];
}
