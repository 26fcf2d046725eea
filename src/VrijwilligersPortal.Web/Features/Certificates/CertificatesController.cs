using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Certificates;

/// <summary>
/// The certificate of volunteering ("bewijs van inzet"): the volunteer chooses a period and gets a
/// printable A4 page with a verification code and QR code; anyone can check the code at
/// /bewijs/{code}, which shows only initials, hours, period and issue date (docs/adr/0132).
/// </summary>
public sealed class CertificatesController(PortalDbContext db, PublicUrls urls, IOptionsSnapshot<CentreOptions> centre, TimeProvider clock) : PortalController
{
    private const string Views = "~/Features/Certificates/";

    [HttpGet("mijn/bewijs")]
    [Authorize(Roles = PortalRoles.Volunteer)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me)
        {
            return Challenge();
        }

        var today = AmsterdamClock.Today(clock.GetUtcNow());
        return View(Views + "Index.cshtml", await IndexPageAsync(me, new CertificateForm { From = new DateOnly(today.Year, 1, 1), To = today }, cancellationToken));
    }

    [HttpPost("mijn/bewijs")]
    [Authorize(Roles = PortalRoles.Volunteer)]
    public async Task<IActionResult> Issue(CertificateForm form, CancellationToken cancellationToken)
    {
        if (await db.VolunteerIdOfAsync(User, cancellationToken) is not { } me)
        {
            return Challenge();
        }

        if (await ValidateAsync(form))
        {
            var now = clock.GetUtcNow();
            var lines = await CertificateQueries.LinesAsync(db, me, form.From!.Value, form.To!.Value, now, cancellationToken);
            var name = await db.Volunteers.Where(v => v.Id == me).Select(v => v.Name).SingleAsync(cancellationToken);
            try
            {
                var certificate = Certificate.Issue(Certificate.NewCode(), me, name, form.From.Value, form.To.Value, lines.Sum(l => l.Minutes), now);
                db.Certificates.Add(certificate);
                await db.SaveChangesAsync(cancellationToken);
                return RedirectToAction(nameof(Show), new { code = certificate.Code });
            }
            catch (DomainException refusal)
            {
                AddDomainError(refusal, nameof(CertificateForm.To));
            }
        }

        return View(Views + "Index.cshtml", await IndexPageAsync(me, form, cancellationToken));
    }

    /// <summary>The volunteer's own printable certificate; another person's code is a 404.</summary>
    [HttpGet("mijn/bewijs/{code}")]
    [Authorize(Roles = PortalRoles.Volunteer)]
    public async Task<IActionResult> Show([FromRoute] string code, CancellationToken cancellationToken)
    {
        var me = await db.VolunteerIdOfAsync(User, cancellationToken);
        var normalised = CertificateQueries.Normalise(code);
        var certificate = normalised is null ? null : await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Code == normalised && c.VolunteerId == me, cancellationToken);
        if (certificate is null)
        {
            return NotFound();
        }

        var name = await db.Volunteers.Where(v => v.Id == certificate.VolunteerId).Select(v => v.Name).SingleAsync(cancellationToken);
        var lines = await CertificateQueries.LinesAsync(db, certificate.VolunteerId, certificate.PeriodStart, certificate.PeriodEnd, certificate.IssuedAt, cancellationToken);
        var verify = urls.Absolute(Url.Action(nameof(Verify), new { code = certificate.Code })!);
        return View(Views + "Show.cshtml", new CertificatePage(certificate, name, lines, verify, CertificateQueries.QrCode(verify), centre.Value.Name, centre.Value.LogoPath));
    }

    /// <summary>Public check of a certificate: its figures only, or "niet gevonden" for a code that was never issued.</summary>
    [HttpGet("bewijs/{code}")]
    [AllowAnonymous]
    public async Task<IActionResult> Verify([FromRoute] string code, CancellationToken cancellationToken)
    {
        var normalised = CertificateQueries.Normalise(code);
        var certificate = normalised is null ? null : await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Code == normalised, cancellationToken);
        if (certificate is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        ViewData["CentreName"] = centre.Value.Name;
        return View(Views + "Verify.cshtml", certificate);
    }

    private async Task<CertificateIndexPage> IndexPageAsync(int me, CertificateForm form, CancellationToken cancellationToken)
    {
        var issued = await db.Certificates.AsNoTracking().Where(c => c.VolunteerId == me).OrderByDescending(c => c.IssuedAt).ToListAsync(cancellationToken);
        return new CertificateIndexPage(form, issued);
    }
}

public sealed record CertificateIndexPage(CertificateForm Form, IReadOnlyList<Certificate> Issued);
