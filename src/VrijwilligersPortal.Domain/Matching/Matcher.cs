using System.Numerics;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// Ranks vacancies for a volunteer and volunteers for a vacancy: hard filters first, then a score
/// from weighted signals (<see cref="MatchWeights"/>), then Dutch reasons for the few results that
/// are shown. Scoring a candidate allocates nothing, and only the best <c>count</c> are kept (a
/// bounded heap, not a sort), so 100,000 candidates take milliseconds.
/// </summary>
public sealed class Matcher
{
    private readonly MatchWeights _weights;
    private readonly MatchNames _names;
    private readonly double _haversineAtDefaultReach;

    public Matcher(MatchWeights weights, MatchNames names)
    {
        weights.Validate();
        _weights = weights;
        _names = names;
        _haversineAtDefaultReach = GreatCircle.HaversineAt(weights.DefaultReachKm);
    }

    public MatchWeights Weights => _weights;

    /// <summary>The best <paramref name="count"/> vacancies for the volunteer, best first; ties go to the lower id.</summary>
    public IReadOnlyList<Match> RankVacancies(
        VolunteerSnapshot volunteer,
        IReadOnlyList<VacancySnapshot> vacancies,
        DateTimeOffset now,
        int count = 10,
        ReasonVoice voice = ReasonVoice.ToVolunteer)
    {
        Guard.That(count >= 0, "Het aantal resultaten kan niet negatief zijn.");
        var best = new TopK(count);
        for (var i = 0; i < vacancies.Count; i++)
        {
            var vacancy = vacancies[i];
            var assessment = Assess(volunteer, vacancy, now, MatchDirection.VacanciesForVolunteer, forRanking: true);
            if (assessment.Excluded == 0)
            {
                best.Offer(Score(assessment), vacancy.Id, i);
            }
        }

        return best.Ordered().Select(i => Explain(volunteer, vacancies[i], now, MatchDirection.VacanciesForVolunteer, voice)).ToList();
    }

    /// <summary>
    /// The best <paramref name="count"/> candidates for the vacancy among volunteers who consented
    /// to be proposed, best first; ties go to the lower id.
    /// </summary>
    public IReadOnlyList<Match> RankVolunteers(VacancySnapshot vacancy, IReadOnlyList<VolunteerSnapshot> volunteers, DateTimeOffset now, int count = 10)
    {
        Guard.That(count >= 0, "Het aantal resultaten kan niet negatief zijn.");
        var best = new TopK(count);
        for (var i = 0; i < volunteers.Count; i++)
        {
            var volunteer = volunteers[i];
            var assessment = Assess(volunteer, vacancy, now, MatchDirection.VolunteersForVacancy, forRanking: true);
            if (assessment.Excluded == 0)
            {
                best.Offer(Score(assessment), volunteer.Id, i);
            }
        }

        return best.Ordered().Select(i => Explain(volunteers[i], vacancy, now, MatchDirection.VolunteersForVacancy)).ToList();
    }

    /// <summary>
    /// The score alone, without reasons, or null when a hard filter rules the pair out (ranking
    /// vacancies for the volunteer). For a first pass over many candidates: a caller that leaves the
    /// skills and suitable-for tags out knows the full score is at most
    /// <see cref="MatchWeights.Skills"/> + <see cref="MatchWeights.SuitableFor"/> higher.
    /// </summary>
    public double? ScoreOf(VolunteerSnapshot volunteer, VacancySnapshot vacancy, DateTimeOffset now)
    {
        var assessment = Assess(volunteer, vacancy, now, MatchDirection.VacanciesForVolunteer, forRanking: true);
        return assessment.Excluded == 0 ? Score(assessment) : null;
    }

    /// <summary>
    /// One pair in full: its score and reasons, and every filter it fails with the reason why not
    /// (for "Waarom dit bij je past" on a vacancy page). The reasons speak to the volunteer when
    /// ranking vacancies and to staff when ranking volunteers, unless <paramref name="voice"/> says otherwise.
    /// </summary>
    public Match Explain(
        VolunteerSnapshot volunteer,
        VacancySnapshot vacancy,
        DateTimeOffset now,
        MatchDirection direction = MatchDirection.VacanciesForVolunteer,
        ReasonVoice? voice = null)
    {
        var assessment = Assess(volunteer, vacancy, now, direction, forRanking: false);
        var text = new ReasonText(_names, voice ?? (direction == MatchDirection.VacanciesForVolunteer ? ReasonVoice.ToVolunteer : ReasonVoice.ToStaff));
        return new Match(volunteer, vacancy, Score(assessment), Reasons(assessment, volunteer, vacancy, text), Exclusions(assessment, volunteer, vacancy, text));
    }

    private Assessment Assess(VolunteerSnapshot volunteer, VacancySnapshot vacancy, DateTimeOffset now, MatchDirection direction, bool forRanking)
    {
        var a = new Assessment { DistanceKm = double.NaN, Year = now.Year };

        // Filters, cheapest first; ranking stops at the first one that fails.
        if (!vacancy.IsPublished)
        {
            a.Excluded |= Excluded.NotPublished;
        }

        if (vacancy.IsFull)
        {
            a.Excluded |= Excluded.Full;
        }

        if (direction == MatchDirection.VolunteersForVacancy && !volunteer.ConsentToBeProposed)
        {
            a.Excluded |= Excluded.NoConsent;
        }

        if (vacancy.MinimumAge is { } minimumAge && volunteer.BirthYear is { } born && a.Year - born < minimumAge)
        {
            a.Excluded |= Excluded.TooYoung;
        }

        if (vacancy.RequiresVog && !volunteer.WillingToGetVog)
        {
            a.Excluded |= Excluded.VogRequired;
        }

        if (!volunteer.AppliedVacancyIds.IsEmpty && volunteer.AppliedVacancyIds.Contains(vacancy.Id))
        {
            a.Excluded |= Excluded.AlreadyApplied;
        }

        if (a.Excluded != 0 && forRanking)
        {
            return a;
        }

        if (!vacancy.IsRemote && volunteer.Location is { } home && vacancy.Location is { } work)
        {
            // Past the travel limit the pair is out; without a limit, past the reach the distance
            // adds nothing. Either way the exact kilometres change nothing, so ranking skips them
            // when a lower bound already shows the pair is that far apart.
            var limit = volunteer.MaxDistanceKm;
            var beyond = false;
            var haversine = double.NaN;
            if (forRanking)
            {
                beyond = GreatCircle.LatitudeGapExceeds(home, work, limit ?? _weights.DefaultReachKm);
                if (!beyond)
                {
                    haversine = GreatCircle.Haversine(home, volunteer.CosLatitude, work, vacancy.CosLatitude);
                    beyond = haversine > (limit is null ? _haversineAtDefaultReach : volunteer.HaversineAtLimit);
                }
            }

            if (beyond)
            {
                if (limit is not null)
                {
                    a.Excluded |= Excluded.TooFar;
                    return a;
                }
            }
            else
            {
                if (double.IsNaN(haversine))
                {
                    haversine = GreatCircle.Haversine(home, volunteer.CosLatitude, work, vacancy.CosLatitude);
                }

                a.DistanceKm = GreatCircle.Km(haversine);
                if (limit is { } max && a.DistanceKm > max)
                {
                    a.Excluded |= Excluded.TooFar;
                    if (forRanking)
                    {
                        return a;
                    }
                }
            }
        }

        // Signals, each a fit between 0 and 1.
        a.Category = volunteer.InterestIds.Contains(vacancy.CategoryId) ? 1 : 0;

        var asked = vacancy.SkillIds.Count;
        a.Skills = asked == 0 ? 0 : (double)vacancy.SkillIds.CountCommon(volunteer.SkillIds) / asked;

        if (vacancy.Schedule.IsEmpty)
        {
            a.Availability = _weights.FlexibleScheduleFit;
        }
        else
        {
            var overlap = BitOperations.PopCount((uint)(vacancy.Schedule.Bits & volunteer.Availability.Bits));
            a.Availability = (double)overlap / vacancy.Schedule.SlotCountSet;
        }

        a.Hours = vacancy.HoursPerWeek is { } asksHours && volunteer.HoursPerWeek is { } hasHours && asksHours <= hasHours ? 1 : 0;

        if (vacancy.IsRemote)
        {
            a.Distance = _weights.RemoteFit;
        }
        else if (!double.IsNaN(a.DistanceKm))
        {
            var reach = volunteer.MaxDistanceKm ?? _weights.DefaultReachKm;
            a.Distance = reach > 0 ? Math.Max(0, 1 - (a.DistanceKm / reach)) : 0;
        }

        a.SuitableFor = vacancy.SuitableForIds.CountCommon(volunteer.SuitableForIds) > 0 ? 1 : 0;

        if (direction == MatchDirection.VacanciesForVolunteer && vacancy.PublishedAt is { } published)
        {
            a.AgeDays = Math.Max(0, (int)Math.Floor((now - published).TotalDays));
            a.Freshness = a.AgeDays <= _weights.FreshDays
                ? 1
                : Math.Max(0, (double)(_weights.StaleDays - a.AgeDays) / (_weights.StaleDays - _weights.FreshDays));
        }

        return a;
    }

    private double Score(in Assessment a) =>
        (_weights.Category * a.Category)
        + (_weights.Skills * a.Skills)
        + (_weights.Availability * a.Availability)
        + (_weights.Hours * a.Hours)
        + (_weights.Distance * a.Distance)
        + (_weights.SuitableFor * a.SuitableFor)
        + (_weights.Freshness * a.Freshness);

    private List<MatchReason> Reasons(Assessment a, VolunteerSnapshot volunteer, VacancySnapshot vacancy, ReasonText text)
    {
        var reasons = new List<MatchReason>(7);
        Add(MatchSignal.Category, _weights.Category * a.Category, () => text.Category(vacancy.CategoryId));
        Add(MatchSignal.Skills, _weights.Skills * a.Skills, () => text.Skills(vacancy.SkillIds.Common(volunteer.SkillIds), all: a.Skills >= 1));
        Add(MatchSignal.Availability, _weights.Availability * a.Availability, () => vacancy.Schedule.IsEmpty
            ? text.FlexibleSchedule()
            : text.Availability(vacancy.Schedule.Intersect(volunteer.Availability)));
        Add(MatchSignal.Hours, _weights.Hours * a.Hours, () => text.Hours(vacancy.HoursPerWeek!.Value, volunteer.HoursPerWeek!.Value));
        Add(MatchSignal.Distance, _weights.Distance * a.Distance, () => vacancy.IsRemote ? text.Remote() : text.Distance(a.DistanceKm));
        Add(MatchSignal.SuitableFor, _weights.SuitableFor * a.SuitableFor, () => text.SuitableFor(vacancy.SuitableForIds.Common(volunteer.SuitableForIds)));
        Add(MatchSignal.Freshness, _weights.Freshness * a.Freshness, () => text.Freshness(a.AgeDays, _weights.FreshDays));

        // Largest share first; the signal order breaks ties so the list is stable.
        return [.. reasons.OrderByDescending(r => r.Points).ThenBy(r => r.Signal)];

        void Add(MatchSignal signal, double points, Func<ReasonSentence> sentence)
        {
            if (points > 0)
            {
                reasons.Add(new MatchReason(signal, sentence(), points));
            }
        }
    }

    private static List<MatchExclusion> Exclusions(in Assessment a, VolunteerSnapshot volunteer, VacancySnapshot vacancy, ReasonText text)
    {
        var exclusions = new List<MatchExclusion>();
        if (a.Excluded.HasFlag(Excluded.NotPublished))
        {
            exclusions.Add(new MatchExclusion(MatchFilter.NotPublished, text.NotPublished()));
        }

        if (a.Excluded.HasFlag(Excluded.Full))
        {
            exclusions.Add(new MatchExclusion(MatchFilter.Full, text.Full()));
        }

        if (a.Excluded.HasFlag(Excluded.NoConsent))
        {
            exclusions.Add(new MatchExclusion(MatchFilter.NoConsent, text.NoConsent()));
        }

        if (a.Excluded.HasFlag(Excluded.TooYoung))
        {
            exclusions.Add(new MatchExclusion(MatchFilter.TooYoung, text.TooYoung(vacancy.MinimumAge!.Value, a.AgeThisYear(volunteer))));
        }

        if (a.Excluded.HasFlag(Excluded.VogRequired))
        {
            exclusions.Add(new MatchExclusion(MatchFilter.VogRequired, text.VogRequired()));
        }

        if (a.Excluded.HasFlag(Excluded.AlreadyApplied))
        {
            exclusions.Add(new MatchExclusion(MatchFilter.AlreadyApplied, text.AlreadyApplied()));
        }

        if (a.Excluded.HasFlag(Excluded.TooFar))
        {
            exclusions.Add(new MatchExclusion(MatchFilter.TooFar, text.TooFar(a.DistanceKm, volunteer.MaxDistanceKm!.Value)));
        }

        return exclusions;
    }

    [Flags]
    private enum Excluded
    {
        NotPublished = 1,
        Full = 2,
        NoConsent = 4,
        TooYoung = 8,
        VogRequired = 16,
        AlreadyApplied = 32,
        TooFar = 64,
    }

    /// <summary>Everything one comparison found; both the score and the reasons are read from it.</summary>
    private struct Assessment
    {
        public Excluded Excluded;
        public double DistanceKm;
        public int AgeDays;
        public int Year;
        public double Category;
        public double Skills;
        public double Availability;
        public double Hours;
        public double Distance;
        public double SuitableFor;
        public double Freshness;

        public readonly int AgeThisYear(VolunteerSnapshot volunteer) => volunteer.AgeIn(Year)!.Value;
    }
}
