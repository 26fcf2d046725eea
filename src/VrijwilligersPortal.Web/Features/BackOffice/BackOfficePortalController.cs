using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.BackOffice;

/// <summary>
/// Base of the back-office pages (/beheer): the MVC area <c>BackOffice</c>, views in
/// <c>Features/BackOffice/&lt;Controller&gt;/</c>, for staff and administrators. Pages only for
/// administrators add <c>[Authorize(Roles = PortalRoles.Admin)]</c>.
/// </summary>
[Area("BackOffice")]
[Authorize(Roles = PortalRoles.StaffOrAdmin)]
public abstract class BackOfficePortalController : PortalController
{
    /// <summary>The signed-in staff member, for history records and the audit log.</summary>
    protected Guid UserId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
