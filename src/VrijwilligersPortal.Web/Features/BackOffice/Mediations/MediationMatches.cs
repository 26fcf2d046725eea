using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Infrastructure.Matching;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

public sealed record SuggestedVacancy(int VacancyId, string Title, string Organisation, string? Place, double Score, IReadOnlyList<VrijwilligersPortal.Domain.Matching.ReasonSentence> Reasons);

/// <summary>
/// Ranked public vacancies for the person of a case, with the matcher's reasons: the volunteer's
/// profile with the intake's suitable-for tags instead of the groups derived from it, over every
/// category in range (staff look wider than the volunteer's own interests). Vacancies the person
/// already responded to, or that this case already proposed, are left out.
/// </summary>
public static class MediationMatches
{
    public static async Task<IReadOnlyList<SuggestedVacancy>> ForAsync(
        MatchingQueries matching,
        int volunteerId,
        IReadOnlyCollection<int> suitableForIds,
        IReadOnlyCollection<int> alreadyProposed,
        int count,
        CancellationToken cancellationToken)
    {
        if (await matching.VolunteerAsync(volunteerId, cancellationToken) is not { } volunteer)
        {
            return [];
        }

        var person = volunteer with
        {
            SuitableForIds = IdSet.Of(suitableForIds),
            AppliedVacancyIds = IdSet.Of(volunteer.AppliedVacancyIds.Concat(alreadyProposed)),
        };
        var ranked = await matching.RankVacanciesAsync(person, count, cancellationToken, new RankingOptions { BeyondInterests = true, Voice = ReasonVoice.ToStaff });
        return [.. ranked.Select(r => new SuggestedVacancy(r.VacancyId, r.Title, r.OrganisationName, r.Place, r.Match.Score, [.. r.Match.Reasons.Select(reason => reason.Sentence)]))];
    }
}
