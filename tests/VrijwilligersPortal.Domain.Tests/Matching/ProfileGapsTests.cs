using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using static VrijwilligersPortal.Domain.Tests.Matching.MatchBuild;

namespace VrijwilligersPortal.Domain.Tests.Matching;

public class ProfileGapsTests
{
    [Fact]
    public void An_empty_profile_is_asked_for_everything_heaviest_signal_first()
    {
        var gaps = ProfileGaps.For(new VolunteerSnapshot { Id = 1 });

        Assert.Equal(
            [
                ProfileField.Interests, ProfileField.Location, ProfileField.Availability, ProfileField.HoursPerWeek,
                ProfileField.Skills, ProfileField.MaxDistance, ProfileField.BirthYear,
            ],
            gaps.Select(g => g.Field));
        Assert.Equal("Kies je interesses, dan zetten we vacatures in die richting bovenaan.", gaps[0].Text);
        Assert.All(gaps, g => Assert.False(string.IsNullOrWhiteSpace(g.Text)));
    }

    [Fact]
    public void A_complete_profile_has_no_gaps()
    {
        var complete = Volunteer() with
        {
            InterestIds = [NatureCategory],
            SkillIds = [Cooking],
            Availability = TuesdayMorning,
            HoursPerWeek = 4,
            Location = Utrecht,
            MaxDistanceKm = 10,
            BirthYear = 1970,
        };

        Assert.Empty(ProfileGaps.For(complete));
    }

    [Fact]
    public void Only_the_missing_fields_are_named()
    {
        var partial = Volunteer() with { InterestIds = [NatureCategory], Location = Utrecht, MaxDistanceKm = 10, BirthYear = 1970, Availability = WeekSchedule.Anytime };

        Assert.Equal([ProfileField.HoursPerWeek, ProfileField.Skills], ProfileGaps.For(partial).Select(g => g.Field));
    }

    [Fact]
    public void The_order_follows_the_weights_in_use()
    {
        var weights = MatchWeights.Default with { Skills = 80 };

        Assert.Equal(ProfileField.Skills, ProfileGaps.For(new VolunteerSnapshot { Id = 1 }, weights)[0].Field);
    }
}
