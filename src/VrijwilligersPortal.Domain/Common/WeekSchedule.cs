namespace VrijwilligersPortal.Domain.Common;

public enum DayPart
{
    Morning = 0,
    Afternoon = 1,
    Evening = 2,
}

/// <summary>
/// A set of the 21 weekly time slots (7 days × ochtend/middag/avond), stored as a bit mask so that
/// availability and vacancy schedules can be compared in one instruction and filtered in SQL.
/// Monday is the first day, as in a Dutch week.
/// </summary>
public readonly record struct WeekSchedule(int Bits)
{
    public const int SlotCount = 21;
    private const int AllBits = (1 << SlotCount) - 1;

    public static WeekSchedule Empty => new(0);

    public static WeekSchedule Anytime => new(AllBits);

    public bool IsEmpty => Bits == 0;

    public int SlotCountSet => System.Numerics.BitOperations.PopCount((uint)Bits);

    public static IReadOnlyList<DayOfWeek> DutchWeek { get; } =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static WeekSchedule FromBits(int bits) =>
        (bits & ~AllBits) == 0 ? new WeekSchedule(bits) : throw new DomainException("Dit is geen geldig weekrooster.");

    public static WeekSchedule Of(params (DayOfWeek Day, DayPart Part)[] slots) =>
        slots.Aggregate(Empty, (schedule, slot) => schedule.With(slot.Day, slot.Part));

    public bool Has(DayOfWeek day, DayPart part) => (Bits & Mask(day, part)) != 0;

    public WeekSchedule With(DayOfWeek day, DayPart part) => new(Bits | Mask(day, part));

    public WeekSchedule Intersect(WeekSchedule other) => new(Bits & other.Bits);

    public bool Overlaps(WeekSchedule other) => (Bits & other.Bits) != 0;

    public IEnumerable<(DayOfWeek Day, DayPart Part)> Slots()
    {
        foreach (var day in DutchWeek)
        {
            foreach (var part in Enum.GetValues<DayPart>())
            {
                if (Has(day, part))
                {
                    yield return (day, part);
                }
            }
        }
    }

    private static int Mask(DayOfWeek day, DayPart part)
    {
        var dayIndex = ((int)day + 6) % 7;
        return 1 << ((dayIndex * 3) + (int)part);
    }
}
