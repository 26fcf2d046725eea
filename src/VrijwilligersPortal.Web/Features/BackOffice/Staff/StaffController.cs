using System.ComponentModel.DataAnnotations;
using System.Text;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Account.Sessions;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.BackOffice.Staff;

/// <summary>
/// Staff accounts (/beheer/medewerkers), for administrators: who works in the back office and in
/// which role, invite a colleague or a policy officer of the municipality (role gemeente: reads the
/// reports only, docs/adr/0085), change a role or end someone's access. The centre always keeps at
/// least one administrator.
/// </summary>
[Route("beheer/medewerkers")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class StaffController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    PublicUrls urls,
    PortalSessions sessions,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : BackOfficePortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new InviteStaffForm(), cancellationToken));

    [HttpPost("uitnodigen")]
    public async Task<IActionResult> Invite(InviteStaffForm form, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form))
        {
            return View(nameof(Index), await PageAsync(form, cancellationToken));
        }

        var address = form.Email!.Trim();
        if (await users.FindByEmailAsync(address) is not null)
        {
            ModelState.AddModelError(nameof(InviteStaffForm.Email), Text["Er is al een account met dit e-mailadres. Gebruik voor medewerkers een eigen werkadres."]);
            return View(nameof(Index), await PageAsync(form, cancellationToken));
        }

        var now = clock.GetUtcNow();
        var user = new PortalUser
        {
            UserName = address,
            Email = address,

            // The link in the invitation reaches this address, which confirms it.
            EmailConfirmed = true,
            DisplayName = form.Name!.Trim(),
            CreatedAt = now,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    ModelState.AddModelError(nameof(InviteStaffForm.Email), error.Description);
                }

                return View(nameof(Index), await PageAsync(form, cancellationToken));
            }

            Check(await users.AddToRoleAsync(user, form.Role!));
            AuditLog.Record(db, UserId, AuditActions.Staff.Invite, "User", user.Id, now);
            AuditLog.Record(db, UserId, AuditActions.Staff.RoleGiven(form.Role!), "User", user.Id, now);
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = urls.Absolute($"/account/wachtwoord-herstellen?gebruiker={user.Id}&code={token}");
            Outbox.Add(db, StaffEmails.Invitation(mail.In(user.PreferredLanguage), address, user.DisplayName, centre.Value.Name, link, form.Role!), now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        Flash("De uitnodiging is verstuurd. De link werkt 24 uur.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:guid}/rol")]
    public async Task<IActionResult> ChangeRole([FromRoute] Guid id, ChangeRoleForm form, CancellationToken cancellationToken)
    {
        if (await StaffMemberAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (!await ValidateAsync(form))
        {
            return View(nameof(Index), await PageAsync(new InviteStaffForm(), cancellationToken));
        }

        var isAdmin = await users.IsInRoleAsync(user, PortalRoles.Admin);
        if (await users.IsInRoleAsync(user, form.Role!))
        {
            return RedirectToAction(nameof(Index));
        }

        if (isAdmin && !await AnotherAdminExistsAsync(user.Id, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, Text["Dit is de laatste beheerder. Maak eerst iemand anders beheerder."]);
            return View(nameof(Index), await PageAsync(new InviteStaffForm(), cancellationToken));
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            Check(await users.RemoveFromRolesAsync(user, (await users.GetRolesAsync(user)).Intersect(PortalRoles.Invitable)));
            Check(await users.AddToRoleAsync(user, form.Role!));
            AuditLog.Record(db, UserId, AuditActions.Staff.RoleGiven(form.Role!), "User", user.Id, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // A new role takes effect at the person's next request (security stamp, within a minute).
        await users.UpdateSecurityStampAsync(user);
        Flash("De rol is gewijzigd.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Ends someone's back-office access; the login itself stays (it may also be a volunteer's).</summary>
    [HttpPost("{id:guid}/intrekken")]
    public async Task<IActionResult> Revoke([FromRoute] Guid id, CancellationToken cancellationToken)
    {
        if (await StaffMemberAsync(id) is not { } user)
        {
            return NotFound();
        }

        if (await users.IsInRoleAsync(user, PortalRoles.Admin) && !await AnotherAdminExistsAsync(user.Id, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, Text["Dit is de laatste beheerder. Maak eerst iemand anders beheerder."]);
            return View(nameof(Index), await PageAsync(new InviteStaffForm(), cancellationToken));
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            Check(await users.RemoveFromRolesAsync(user, (await users.GetRolesAsync(user)).Intersect(PortalRoles.Invitable)));
            AuditLog.Record(db, UserId, AuditActions.Staff.Revoke, "User", user.Id, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await users.UpdateSecurityStampAsync(user);
        Flash("De toegang tot het beheer is ingetrokken.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// A staff member lost their phone: switch their second factor off, throw away its key and
    /// recovery codes and end their sessions; at their next login they set up a new one (ADR 0067).
    /// </summary>
    [HttpPost("{id:guid}/tweede-stap-resetten")]
    public async Task<IActionResult> ResetSecondFactor([FromRoute] Guid id, CancellationToken cancellationToken)
    {
        if (await StaffMemberAsync(id) is not { } user)
        {
            return NotFound();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            Check(await users.SetTwoFactorEnabledAsync(user, false));
            Check(await users.ResetAuthenticatorKeyAsync(user));
            Check(await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes"));
            AuditLog.Record(db, UserId, AuditActions.Staff.SecondFactorReset, "User", user.Id, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await sessions.EndAllAsync(user.Id);
        Flash("De tweede stap is gereset. Bij de volgende keer inloggen stelt de medewerker een nieuwe in.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<PortalUser?> StaffMemberAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return null;
        }

        foreach (var role in PortalRoles.Invitable)
        {
            if (await users.IsInRoleAsync(user, role))
            {
                return user;
            }
        }

        return null;
    }

    private async Task<bool> AnotherAdminExistsAsync(Guid userId, CancellationToken cancellationToken) =>
        (await users.GetUsersInRoleAsync(PortalRoles.Admin)).Any(u => u.Id != userId);

    private async Task<StaffPage> PageAsync(InviteStaffForm form, CancellationToken cancellationToken)
    {
        var admins = (await users.GetUsersInRoleAsync(PortalRoles.Admin)).Select(u => u.Id).ToHashSet();
        var staff = (await users.GetUsersInRoleAsync(PortalRoles.Staff)).Select(u => u.Id).ToHashSet();
        var municipality = (await users.GetUsersInRoleAsync(PortalRoles.Municipality)).Select(u => u.Id).ToHashSet();
        var ids = admins.Union(staff).Union(municipality).ToList();
        var rows = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.LastLoginAt })
            .ToListAsync(cancellationToken);
        return new StaffPage(
            rows.Select(r => new StaffRow(r.Id, r.DisplayName, r.Email ?? string.Empty, admins.Contains(r.Id) ? PortalRoles.Admin : staff.Contains(r.Id) ? PortalRoles.Staff : PortalRoles.Municipality, r.LastLoginAt, r.Id == UserId)).ToList(),
            form);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Changing the staff roles failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}

public sealed record StaffRow(Guid Id, string Name, string Email, string Role, DateTimeOffset? LastLoginAt, bool IsYou);

public sealed record StaffPage(IReadOnlyList<StaffRow> Staff, InviteStaffForm Invite);

public sealed class InviteStaffForm
{
    [Display(Name = "Naam")]
    public string? Name { get; set; }

    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [Display(Name = "Rol")]
    public string? Role { get; set; } = PortalRoles.Staff;
}

public sealed class InviteStaffFormValidator : AbstractValidator<InviteStaffForm>
{
    public InviteStaffFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Name).SingleLine(text);
        RuleFor(f => f.Name).Must(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length <= 100).WithMessage(_ => text["Geef de naam van je collega (hoogstens 100 tekens)."]);
        RuleFor(f => f.Email).SingleLine(text);
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop).Must(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length <= 254).WithMessage(_ => text["Geef een geldig e-mailadres."])
            .EmailAddress().WithMessage(_ => text["Geef een geldig e-mailadres."]);
        RuleFor(f => f.Role).Must(r => r is not null && PortalRoles.Invitable.Contains(r)).WithMessage(_ => text["Kies medewerker, beheerder of gemeente."]);
    }
}

public sealed class ChangeRoleForm
{
    [Display(Name = "Rol")]
    public string? Role { get; set; }
}

public sealed class ChangeRoleFormValidator : AbstractValidator<ChangeRoleForm>
{
    public ChangeRoleFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.Role).Must(r => r is not null && PortalRoles.Invitable.Contains(r)).WithMessage(_ => text["Kies medewerker, beheerder of gemeente."]);
}
