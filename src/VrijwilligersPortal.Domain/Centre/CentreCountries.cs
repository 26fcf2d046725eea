namespace VrijwilligersPortal.Domain.Centre;

/// <summary>The countries a centre can be in, as stored codes: the Dutch or the Flemish variant of the portal.</summary>
public static class CentreCountries
{
    public const string Netherlands = "NL";

    public const string Belgium = "BE";

    public static bool IsKnown(string? code) => code is Netherlands or Belgium;
}
