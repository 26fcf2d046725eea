using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;

namespace VrijwilligersPortal.Domain.Tests;

public class PlacementFollowUpTests
{
    private static readonly Guid VolunteerUser = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly TimeSpan SixWeeks = TimeSpan.FromDays(42);

    private static Application Placed()
    {
        var application = Build.Published().Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);
        application.Place(Build.Member, Build.Now.AddDays(3));
        return application;
    }

    private static PlacementFollowUp VolunteerFollowUp() =>
        PlacementFollowUp.ForPlacement(Placed(), SixWeeks, Build.Now.AddDays(3)).Single(f => f.Respondent == FollowUpRespondent.Volunteer);

    [Fact]
    public void A_placement_gets_one_follow_up_for_the_volunteer_and_one_for_the_organisation_due_after_the_set_weeks()
    {
        var placedAt = Build.Now.AddDays(3);

        var followUps = PlacementFollowUp.ForPlacement(Placed(), SixWeeks, placedAt);

        Assert.Equal([FollowUpRespondent.Volunteer, FollowUpRespondent.Organisation], followUps.Select(f => f.Respondent));
        Assert.All(followUps, f =>
        {
            Assert.Equal(placedAt + SixWeeks, f.DueAt);
            Assert.Null(f.SentAt);
            Assert.False(f.IsAnswered);
        });
    }

    [Fact]
    public void An_application_that_is_not_placed_gets_no_follow_up()
    {
        var application = Build.Published().Apply(1, Build.Motivation, ContactPreference.Email, VolunteerUser, Build.Now);

        var error = Assert.Throws<DomainException>(() => PlacementFollowUp.ForPlacement(application, SixWeeks, Build.Now));

        Assert.Contains("niet geplaatst", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_follow_up_is_due_from_its_date_until_it_is_sent_and_is_sent_only_once()
    {
        var followUp = VolunteerFollowUp();

        Assert.False(followUp.IsDue(followUp.DueAt.AddMinutes(-1)));
        Assert.True(followUp.IsDue(followUp.DueAt));

        followUp.MarkSent(followUp.DueAt);

        Assert.False(followUp.IsDue(followUp.DueAt.AddDays(1)));
        Assert.Throws<DomainException>(() => followUp.MarkSent(followUp.DueAt.AddDays(1)));
        Assert.Equal(followUp.DueAt, followUp.SentAt);
    }

    [Fact]
    public void An_answer_records_rating_still_active_story_and_consent()
    {
        var followUp = VolunteerFollowUp();
        var at = Build.Now.AddDays(50);

        followUp.Answer(4, stillActive: true, "  Ik knot nu elke maand mee.  ", storyMayBeUsed: true, at);

        Assert.Equal(4, followUp.Rating);
        Assert.True(followUp.StillActive);
        Assert.Equal("Ik knot nu elke maand mee.", followUp.Story);
        Assert.True(followUp.StoryMayBeUsed);
        Assert.Equal("Ik knot nu elke maand mee.", followUp.UsableStory);
        Assert.Equal(at, followUp.AnsweredAt);
    }

    [Fact]
    public void A_follow_up_is_answered_once_and_a_second_answer_changes_nothing()
    {
        var followUp = VolunteerFollowUp();
        followUp.Answer(5, stillActive: true, "Heel leuk.", storyMayBeUsed: false, Build.Now.AddDays(50));

        var error = Assert.Throws<DomainException>(() => followUp.Answer(1, stillActive: false, "Toch niet.", storyMayBeUsed: true, Build.Now.AddDays(51)));

        Assert.Contains("al beantwoord", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, followUp.Rating);
        Assert.True(followUp.StillActive);
        Assert.Equal("Heel leuk.", followUp.Story);
        Assert.Equal(Build.Now.AddDays(50), followUp.AnsweredAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_rating_outside_one_to_five_is_refused_and_nothing_is_recorded(int rating)
    {
        var followUp = VolunteerFollowUp();

        var error = Assert.Throws<DomainException>(() => followUp.Answer(rating, stillActive: true, null, storyMayBeUsed: false, Build.Now));

        Assert.Contains("1 tot en met 5", error.Message, StringComparison.Ordinal);
        Assert.False(followUp.IsAnswered);
        Assert.Null(followUp.Rating);
    }

    [Fact]
    public void A_story_longer_than_the_limit_is_refused_and_nothing_is_recorded()
    {
        var followUp = VolunteerFollowUp();

        Assert.Throws<DomainException>(() =>
            followUp.Answer(3, stillActive: true, new string('a', PlacementFollowUp.StoryMaxLength + 1), storyMayBeUsed: true, Build.Now));

        Assert.False(followUp.IsAnswered);
        Assert.Null(followUp.StillActive);
        followUp.Answer(3, stillActive: true, new string('a', PlacementFollowUp.StoryMaxLength), storyMayBeUsed: true, Build.Now);
        Assert.Equal(PlacementFollowUp.StoryMaxLength, followUp.Story!.Length);
    }

    [Fact]
    public void A_story_without_consent_is_kept_for_staff_but_not_usable_in_reports()
    {
        var followUp = VolunteerFollowUp();

        followUp.Answer(4, stillActive: true, "Met naam en toenaam.", storyMayBeUsed: false, Build.Now);

        Assert.Equal("Met naam en toenaam.", followUp.Story);
        Assert.False(followUp.StoryMayBeUsed);
        Assert.Null(followUp.UsableStory);
    }

    [Fact]
    public void Consent_without_a_story_counts_for_nothing()
    {
        var followUp = VolunteerFollowUp();

        followUp.Answer(2, stillActive: false, "   ", storyMayBeUsed: true, Build.Now);

        Assert.Null(followUp.Story);
        Assert.False(followUp.StoryMayBeUsed);
        Assert.False(followUp.StillActive);
    }

    [Fact]
    public void Anonymising_keeps_the_figures_but_removes_the_story_also_a_consented_one()
    {
        var followUp = VolunteerFollowUp();
        followUp.Answer(4, stillActive: true, "Ik ben Sanne en ik knot elke maand.", storyMayBeUsed: true, Build.Now);

        followUp.Anonymise();

        Assert.Equal(4, followUp.Rating);
        Assert.True(followUp.StillActive);
        Assert.True(followUp.IsAnswered);
        Assert.Null(followUp.Story);
        Assert.False(followUp.StoryMayBeUsed);
        Assert.Null(followUp.UsableStory);
    }
}
