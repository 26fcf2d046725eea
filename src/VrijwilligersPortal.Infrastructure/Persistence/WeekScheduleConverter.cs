using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Infrastructure.Persistence;

/// <summary>Stores a <see cref="WeekSchedule"/> as its 21-bit mask, so SQL can filter with <c>&amp;</c>.</summary>
public sealed class WeekScheduleConverter() : ValueConverter<WeekSchedule, int>(s => s.Bits, bits => new WeekSchedule(bits));
