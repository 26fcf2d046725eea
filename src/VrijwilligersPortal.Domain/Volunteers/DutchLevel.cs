namespace VrijwilligersPortal.Domain.Volunteers;

/// <summary>How well a volunteer speaks Dutch (taalniveau), in words a volunteer can choose from.</summary>
public enum DutchLevel
{
    /// <summary>Moedertaal.</summary>
    Native,

    /// <summary>Goed: can follow and join any conversation.</summary>
    Good,

    /// <summary>Redelijk: everyday conversations.</summary>
    Reasonable,

    /// <summary>Een beetje: still learning.</summary>
    Beginner,
}
