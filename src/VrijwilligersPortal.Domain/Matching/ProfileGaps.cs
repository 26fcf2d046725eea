namespace VrijwilligersPortal.Domain.Matching;

/// <summary>A profile field that is empty and would make suggestions better.</summary>
public enum ProfileField
{
    Interests,
    Availability,
    Location,
    Skills,
    HoursPerWeek,
    MaxDistance,
    BirthYear,
}

/// <summary>One missing field with the Dutch sentence that asks for it.</summary>
public sealed record ProfileGap(ProfileField Field, string Text);

/// <summary>
/// Which empty profile fields hold suggestions back, the ones whose signal weighs most first, so
/// the recommendations page can ask for what helps most.
/// </summary>
public static class ProfileGaps
{
    public static IReadOnlyList<ProfileGap> For(VolunteerSnapshot volunteer, MatchWeights? weights = null)
    {
        weights ??= MatchWeights.Default;
        var gaps = new List<(ProfileGap Gap, double Weight)>();

        if (volunteer.InterestIds.IsEmpty)
        {
            gaps.Add((new(ProfileField.Interests, "Kies je interesses, dan zetten we vacatures in die richting bovenaan."), weights.Category));
        }

        if (volunteer.Availability.IsEmpty)
        {
            gaps.Add((new(ProfileField.Availability, "Geef aan op welke dagdelen je kunt, dan zie je werk dat in je week past."), weights.Availability));
        }

        if (volunteer.Location is null)
        {
            gaps.Add((new(ProfileField.Location, "Vul je postcode in, dan zie je werk bij jou in de buurt eerst."), weights.Distance));
        }

        if (volunteer.SkillIds.IsEmpty)
        {
            gaps.Add((new(ProfileField.Skills, "Vul je vaardigheden in, dan zie je waar je ze kunt gebruiken."), weights.Skills));
        }

        if (volunteer.HoursPerWeek is null)
        {
            gaps.Add((new(ProfileField.HoursPerWeek, "Geef aan hoeveel uur per week je beschikbaar bent."), weights.Hours));
        }

        // These two only sharpen filters, so they come after the fields that add to the score.
        if (volunteer.MaxDistanceKm is null)
        {
            gaps.Add((new(ProfileField.MaxDistance, "Geef aan hoe ver je wilt reizen, dan tonen we geen werk dat te ver weg is."), 0));
        }

        if (volunteer.BirthYear is null)
        {
            gaps.Add((new(ProfileField.BirthYear, "Vul je geboortejaar in, dan laten we werk weg waarvoor je nog te jong bent."), 0));
        }

        return [.. gaps.OrderByDescending(g => g.Weight).ThenBy(g => g.Gap.Field).Select(g => g.Gap)];
    }
}
