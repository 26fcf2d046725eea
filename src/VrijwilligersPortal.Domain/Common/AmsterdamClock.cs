namespace VrijwilligersPortal.Domain.Common;

/// <summary>
/// The clock of the Netherlands (Europe/Amsterdam): a date and a wall-clock time as people plan
/// them, turned into a moment. Summer time included: a time that does not exist on the night the
/// clock goes forward is refused; on the night it goes back, an ambiguous time is read as the first
/// (summer-time) one.
/// </summary>
public static class AmsterdamClock
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTimeOffset ToMoment(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            throw new DomainException("{0:HH\\:mm} bestaat niet op {1:dd-MM-yyyy}: dan gaat de klok een uur vooruit.", time, date);
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);
}
