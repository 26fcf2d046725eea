using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// Every number that shapes a match score, in one place so a centre can tune them from
/// configuration. A score is the sum over signals of weight × fit, where each fit lies between 0
/// and 1; with the default weights (summing to 100) a score reads as a percentage.
/// </summary>
public sealed record MatchWeights
{
    public static MatchWeights Default { get; } = new();

    /// <summary>The vacancy's category is one of the volunteer's interests.</summary>
    public double Category { get; init; } = 35;

    /// <summary>Share of the skills the vacancy asks for that the volunteer has.</summary>
    public double Skills { get; init; } = 5;

    /// <summary>Share of the vacancy's dayparts on which the volunteer is available.</summary>
    public double Availability { get; init; } = 20;

    /// <summary>The hours per week the vacancy asks fit in the volunteer's hours.</summary>
    public double Hours { get; init; } = 6;

    /// <summary>Closeness: full at 0 km, falling linearly to nothing at the volunteer's reach.</summary>
    public double Distance { get; init; } = 25;

    /// <summary>The vacancy suits a group the volunteer says they belong to.</summary>
    public double SuitableFor { get; init; } = 6;

    /// <summary>Newly published vacancies first (only when ranking vacancies; constant for one vacancy).</summary>
    public double Freshness { get; init; } = 3;

    /// <summary>Reach for the distance signal when the volunteer did not say how far they travel.</summary>
    public double DefaultReachKm { get; init; } = 20;

    /// <summary>Distance fit of work from home: good for everyone, but not as good as next door.</summary>
    public double RemoteFit { get; init; } = 0.6;

    /// <summary>Availability fit of a vacancy without fixed times ("in overleg").</summary>
    public double FlexibleScheduleFit { get; init; } = 0.5;

    /// <summary>Days during which a vacancy counts as fully fresh.</summary>
    public int FreshDays { get; init; } = 7;

    /// <summary>Age in days at which freshness has faded to nothing.</summary>
    public int StaleDays { get; init; } = 42;

    internal void Validate()
    {
        Guard.That(
            new[] { Category, Skills, Availability, Hours, Distance, SuitableFor, Freshness }.All(w => w >= 0 && double.IsFinite(w)),
            "De gewichten voor het matchen mogen niet negatief zijn.");
        Guard.That(DefaultReachKm > 0, "De standaardafstand voor het matchen moet groter zijn dan 0 km.");
        Guard.That(RemoteFit is >= 0 and <= 1 && FlexibleScheduleFit is >= 0 and <= 1, "Een passendheid ligt tussen 0 en 1.");
        Guard.That(FreshDays >= 0 && StaleDays > FreshDays, "Een vacature is eerst nieuw en pas daarna oud.");
    }
}
