using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice.Organisations;

/// <summary>
/// How quickly an organisation answers volunteers: the median number of days from an application
/// to the organisation's first answer (in contact, placed or declined). A withdrawal is the
/// volunteer's own step, so it is no answer and such applications don't count.
/// </summary>
public sealed record ResponseTimes(int Answered, int Waiting, double? MedianDays)
{
    public static async Task<ResponseTimes> ForOrganisationAsync(PortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        var applications = db.Applications.AsNoTracking().Where(a => a.Vacancy!.OrganisationId == organisationId);
        var answered = await applications
            .Where(a => a.History.Any(h => h.From == ApplicationStatus.Submitted && h.To != ApplicationStatus.Withdrawn))
            .Select(a => new
            {
                a.SubmittedAt,
                Answers = a.History.Where(h => h.From == ApplicationStatus.Submitted && h.To != ApplicationStatus.Withdrawn).Select(h => h.At).ToList(),
            })
            .ToListAsync(cancellationToken);
        var answers = answered.Select(a => new { a.SubmittedAt, At = a.Answers.Min() }).ToList();
        var waiting = await applications.CountAsync(a => a.Status == ApplicationStatus.Submitted, cancellationToken);
        return new ResponseTimes(answers.Count, waiting, Median(answers.Select(a => (a.At - a.SubmittedAt).TotalDays).ToList()));
    }

    public static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
