using Microsoft.EntityFrameworkCore;
using QRCoder;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.Certificates;

/// <summary>One line of a certificate: an organisation and what the volunteer did there, with hours.</summary>
public sealed record CertificateLine(string Organisation, string Activity, int Minutes);

/// <summary>The printable certificate: the volunteer's own copy, with their name and the lines behind the total.</summary>
public sealed record CertificatePage(Certificate Certificate, string Name, IReadOnlyList<CertificateLine> Lines, string VerifyUrl, string QrCode, string CentreName, string LogoPath);

/// <summary>Reads and helpers for certificates of volunteering (docs/adr/0132).</summary>
public static class CertificateQueries
{
    /// <summary>A code as someone typed it: trimmed and in capitals; null when it cannot be one.</summary>
    public static string? Normalise(string? code)
    {
        var normalised = code?.Trim().ToUpperInvariant();
        return normalised is { Length: Certificate.CodeLength } ? normalised : null;
    }

    /// <summary>Confirmed hours of the volunteer that started in the period, as they were at <paramref name="at"/>.</summary>
    public static async Task<IReadOnlyList<CertificateLine>> LinesAsync(PortalDbContext db, int volunteerId, DateOnly from, DateOnly to, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var lines = await db.HourEntries.AsNoTracking()
            .Where(h => h.VolunteerId == volunteerId && h.Status == HourStatus.Confirmed && h.ConfirmedAt <= at && h.PeriodStart >= from && h.PeriodStart <= to)
            .Join(db.Vacancies, h => h.VacancyId, v => v.Id, (h, v) => new { Organisation = v.Organisation!.Name, Activity = v.Title, h.Minutes })
            .ToListAsync(cancellationToken);
        return [.. lines.GroupBy(l => (l.Organisation, l.Activity))
            .OrderBy(g => g.Key.Organisation, StringComparer.CurrentCulture).ThenBy(g => g.Key.Activity, StringComparer.CurrentCulture)
            .Select(g => new CertificateLine(g.Key.Organisation, g.Key.Activity, g.Sum(l => l.Minutes)))];
    }

    /// <summary>The QR code of the verification link, as a data: URL (the CSP allows data: images).</summary>
    public static string QrCode(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }
}
