using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Features.Organisation.Invitations;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.Features.Home;

namespace VrijwilligersPortal.Web.Features.Organisation.Members;

/// <summary>Who may act for the organisation: invite a colleague, withdraw an invitation, remove a member.</summary>
[Route("organisatie/leden")]
public sealed class MembersController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    PublicUrls urls,
    IOptionsSnapshot<CentreOptions> centre,
    MailTexts mail,
    TimeProvider clock) : OrganisationPortalController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new InviteForm(), cancellationToken));

    [HttpPost("uitnodigen")]
    public async Task<IActionResult> Invite(InviteForm form, CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(form))
        {
            return View(nameof(Index), await PageAsync(form, cancellationToken));
        }

        if (!Current.Organisation.MaySeePersonalData)
        {
            ModelState.AddModelError(nameof(form.Email), Text["Je organisatie is geschorst of afgewezen: je kunt nu geen collega's uitnodigen."]);
            return View(nameof(Index), await PageAsync(form, cancellationToken));
        }

        var organisation = await db.Organisations.Include(o => o.Invitations).SingleAsync(o => o.Id == Current.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var (code, hash) = InvitationCode.New();
        Domain.Organisations.Invitation invitation;
        try
        {
            invitation = organisation.Invite(form.Email!.Trim(), hash, UserId, now);
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal, nameof(form.Email));
            return View(nameof(Index), await PageAsync(form, cancellationToken));
        }

        var inviter = (await users.GetUserAsync(User))?.DisplayName ?? organisation.Name;
        var link = urls.Absolute($"/organisatie/uitnodiging?code={code}");
        Outbox.Add(db, OrganisationEmails.Invitation(await mail.ForAsync(invitation.Email, cancellationToken), invitation.Email, inviter, organisation.Name, centre.Value.Name, link, invitation.ExpiresAt), now);
        await db.SaveChangesAsync(cancellationToken);
        Flash("De uitnodiging is verstuurd. De link werkt één keer en is 7 dagen geldig.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("uitnodigingen/{id:int}/intrekken")]
    public async Task<IActionResult> Revoke([FromRoute] int id, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.Include(o => o.Invitations).SingleAsync(o => o.Id == Current.Id, cancellationToken);
        if (!organisation.Invitations.Any(i => i.Id == id))
        {
            return NotFound();
        }

        try
        {
            organisation.RevokeInvitation(id, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            Flash("De uitnodiging is ingetrokken; de link werkt niet meer.");
        }
        catch (DomainException refusal)
        {
            FlashError(Text.Refusal(refusal));
        }

        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{userId:guid}/verwijderen")]
    public async Task<IActionResult> Remove([FromRoute] Guid userId, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == Current.Id, cancellationToken);
        if (!organisation.IsMember(userId))
        {
            return NotFound();
        }

        try
        {
            organisation.RemoveMember(userId);
        }
        catch (DomainException refusal)
        {
            FlashError(Text.Refusal(refusal));
            return RedirectToAction(nameof(Index));
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);

            // Someone who is no member anywhere any more loses the portal in the menu too.
            var stillMember = await db.Organisations.AnyAsync(o => o.Members.Any(m => m.UserId == userId), cancellationToken);
            if (!stillMember && await users.FindByIdAsync(userId.ToString()) is { } removed)
            {
                await users.RemoveFromRoleAsync(removed, PortalRoles.OrganisationMember);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (userId == UserId)
        {
            Flash("Je bent geen lid meer van deze organisatie.");
            return RedirectToAction(nameof(HomeController.Index), ControllerNames.Of<HomeController>(), new { area = string.Empty });
        }

        Flash("Het lid is verwijderd.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<MembersPage> PageAsync(InviteForm form, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var joined = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == Current.Id)
            .SelectMany(o => o.Members.Select(m => new { m.UserId, m.JoinedAt }))
            .ToListAsync(cancellationToken);
        var ids = joined.Select(j => j.UserId).ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => (u.DisplayName, u.Email), cancellationToken);
        var members = joined
            .Select(j => new MemberRow(j.UserId, accounts[j.UserId].DisplayName, accounts[j.UserId].Email ?? string.Empty, j.JoinedAt))
            .OrderBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();
        var invitations = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == Current.Id)
            .SelectMany(o => o.Invitations)
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new InvitationRow(i.Id, i.Email, i.ExpiresAt))
            .ToListAsync(cancellationToken);
        return new MembersPage(members, invitations, UserId, form);
    }
}

public sealed record MemberRow(Guid UserId, string Name, string Email, DateTimeOffset JoinedAt);

public sealed record InvitationRow(int Id, string Email, DateTimeOffset ExpiresAt);

public sealed record MembersPage(IReadOnlyList<MemberRow> Members, IReadOnlyList<InvitationRow> Invitations, Guid Me, InviteForm Form);

public sealed class InviteForm
{
    [Display(Name = "E-mailadres van je collega")]
    public string? Email { get; set; }
}

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator(IStringLocalizer<SharedResource> text) =>
        RuleFor(f => f.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul het e-mailadres van je collega in."])
            .MaximumLength(254).WithMessage(_ => text["Dit e-mailadres is te lang."])
            .SingleLine(text)
            .EmailAddress().WithMessage(_ => text["Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."]);
}
