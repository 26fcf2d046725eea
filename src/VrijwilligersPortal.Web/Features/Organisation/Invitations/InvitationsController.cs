using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Account;
using VrijwilligersPortal.Web.Hosting;
using OrganisationEntity = VrijwilligersPortal.Domain.Organisations.Organisation;
using VrijwilligersPortal.Web.Features.Organisation.Dashboard;

namespace VrijwilligersPortal.Web.Features.Organisation.Invitations;

/// <summary>
/// Where the invitation link leads. A signed-in person joins with one click; someone without an
/// account makes one here. The link was sent to the invited address, so opening it proves that
/// address: the new account needs no separate confirmation e-mail.
/// </summary>
[Area("Organisation")]
[Route("organisatie/uitnodiging")]
[EnableRateLimiting(ServiceRegistration.AccountRateLimit)]
public sealed class InvitationsController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    TimeProvider clock) : PortalController
{
    [AllowAnonymous]
    [HttpGet("")]
    public async Task<IActionResult> Show([FromQuery] string? code, CancellationToken cancellationToken) =>
        View(await PageAsync(code, new JoinWithAccountForm { Code = code }, cancellationToken));

    [HttpPost("")]
    [Authorize]
    public async Task<IActionResult> Accept([FromForm] string? code, CancellationToken cancellationToken)
    {
        var organisation = await FindAsync(code, cancellationToken);
        var user = await users.GetUserAsync(User);
        if (organisation is null || user is null)
        {
            return View(nameof(Show), await PageAsync(code, new JoinWithAccountForm { Code = code }, cancellationToken));
        }

        // The link was mailed to one address; a forwarded or leaked link does not make someone
        // else a member (issue 20, finding 11).
        var invitation = organisation.Invitations.Single(i => i.TokenHash == InvitationCode.Hash(code!));
        if (!string.Equals(invitation.Email, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(string.Empty, Text["Deze uitnodiging is naar een ander e-mailadres gestuurd dan waarmee je bent ingelogd. Log in met het adres waarop je de uitnodiging kreeg, of vraag je collega om je uit te nodigen op het adres van dit account."]);
            return View(nameof(Show), await PageAsync(code, new JoinWithAccountForm { Code = code }, cancellationToken));
        }

        try
        {
            organisation.AcceptInvitation(InvitationCode.Hash(code!), user.Id, clock.GetUtcNow());
        }
        catch (DomainException refusal)
        {
            AddDomainError(refusal);
            return View(nameof(Show), await PageAsync(code, new JoinWithAccountForm { Code = code }, cancellationToken));
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            if (!await users.IsInRoleAsync(user, PortalRoles.OrganisationMember))
            {
                await users.AddToRoleAsync(user, PortalRoles.OrganisationMember);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await signIn.RefreshSignInAsync(user);
        return Joined(organisation);
    }

    [AllowAnonymous]
    [HttpPost("account")]
    public async Task<IActionResult> CreateAccount(JoinWithAccountForm form, CancellationToken cancellationToken)
    {
        var organisation = await FindAsync(form.Code, cancellationToken);
        var invitation = organisation?.Invitations.Single(i => i.TokenHash == InvitationCode.Hash(form.Code!));
        var now = clock.GetUtcNow();
        if (organisation is null || invitation is null || !invitation.IsOpenAt(now) || User.Identity?.IsAuthenticated == true)
        {
            return View(nameof(Show), await PageAsync(form.Code, form, cancellationToken));
        }

        if (!await ValidateAsync(form))
        {
            form.Password = null;
            return View(nameof(Show), await PageAsync(form.Code, form, cancellationToken));
        }

        if (await users.FindByEmailAsync(invitation.Email) is not null)
        {
            // Only the holder of this link, sent to this address, learns that it has an account.
            ModelState.AddModelError(string.Empty, Text["Er is al een account met dit e-mailadres. Log in om lid te worden."]);
            form.Password = null;
            return View(nameof(Show), await PageAsync(form.Code, form, cancellationToken));
        }

        var user = new PortalUser
        {
            Id = Guid.NewGuid(),
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = form.Name!.Trim(),
            CreatedAt = now,

            // The language of the page they accepted on is the language of their mails (docs/adr/0171).
            PreferredLanguage = PortalCultures.LanguageOf(CultureInfo.CurrentUICulture),
        };

        // Account, role and membership are saved together or not at all.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await users.CreateAsync(user, form.Password!);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(form.Password) : string.Empty, Text[error.Description]);
                }

                form.Password = null;
                return View(nameof(Show), await PageAsync(form.Code, form, cancellationToken));
            }

            await users.AddToRoleAsync(user, PortalRoles.OrganisationMember);
            organisation.AcceptInvitation(invitation.TokenHash, user.Id, now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return Joined(organisation);
    }

    private IActionResult Joined(OrganisationEntity organisation)
    {
        OrganisationPortalController.Remember(HttpContext, organisation.Id);
        Flash("Welkom! Je bent nu lid van de organisatie.");
        return RedirectToAction(nameof(DashboardController.Index), ControllerNames.Of<DashboardController>());
    }

    private Task<OrganisationEntity?> FindAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 100)
        {
            return Task.FromResult<OrganisationEntity?>(null);
        }

        var hash = InvitationCode.Hash(code);
        return db.Organisations.Include(o => o.Invitations).FirstOrDefaultAsync(o => o.Invitations.Any(i => i.TokenHash == hash), cancellationToken);
    }

    private async Task<InvitationPage> PageAsync(string? code, JoinWithAccountForm form, CancellationToken cancellationToken)
    {
        var hash = string.IsNullOrEmpty(code) || code.Length > 100 ? null : InvitationCode.Hash(code);
        var now = clock.GetUtcNow();
        var found = hash is null
            ? null
            : await db.Organisations.AsNoTracking()
                .SelectMany(o => o.Invitations, (o, i) => new { Organisation = o.Name, i.TokenHash, i.Email, i.InvitedBy, i.AcceptedAt, i.RevokedAt, i.ExpiresAt })
                .FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (found is null || found.AcceptedAt is not null || found.RevokedAt is not null || found.ExpiresAt <= now)
        {
            return new InvitationPage(null, null, null, form);
        }

        var inviter = await db.Users.Where(u => u.Id == found.InvitedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return new InvitationPage(found.Organisation, inviter, found.Email, form);
    }
}

/// <summary>An open invitation (or none: all fields null) and the form to join with a new account.</summary>
public sealed record InvitationPage(string? OrganisationName, string? InvitedBy, string? Email, JoinWithAccountForm Form)
{
    public bool IsOpen => OrganisationName is not null;
}

public sealed class JoinWithAccountForm
{
    public string? Code { get; set; }

    [Display(Name = "Je naam")]
    public string? Name { get; set; }

    [Display(Name = "Kies een wachtwoord")]
    public string? Password { get; set; }
}

public sealed class JoinWithAccountFormValidator : AbstractValidator<JoinWithAccountForm>
{
    public JoinWithAccountFormValidator(IStringLocalizer<SharedResource> text)
    {
        RuleFor(f => f.Name).SingleLine(text);
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Vul je naam in."])
            .MaximumLength(100).WithMessage(_ => text["Je naam mag hoogstens 100 tekens hebben."]);
        RuleFor(f => f.Password).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => text["Kies een wachtwoord."])
            .MinimumLength(PasswordRules.MinLength).WithMessage(_ => text["Een wachtwoord heeft minstens {0} tekens. Een zin van een paar woorden werkt goed.", PasswordRules.MinLength])
            .MaximumLength(PasswordRules.MaxLength).WithMessage(_ => text["Een wachtwoord heeft hoogstens {0} tekens.", PasswordRules.MaxLength]);
    }
}
