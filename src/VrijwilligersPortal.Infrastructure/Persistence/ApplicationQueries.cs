using System.Linq.Expressions;
using VrijwilligersPortal.Domain.Applications;

namespace VrijwilligersPortal.Infrastructure.Persistence;

public static class ApplicationQueries
{
    /// <summary>
    /// <see cref="Application.HoldsPlace"/> as a query the database runs: the applications that count
    /// against a vacancy's number of places. One definition for every count of places taken.
    /// </summary>
    public static readonly Expression<Func<Application, bool>> HoldsPlace =
        a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.InContact || a.Status == ApplicationStatus.Placed;
}
