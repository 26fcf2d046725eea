using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.FollowUps;

/// <summary>
/// The question "Hoe gaat het?" some weeks after a placement, asked once of the volunteer and once
/// of the organisation (<see cref="ForPlacement"/>). The job sends it when it falls due; the
/// respondent answers once through a signed link: a rating 1–5, whether the volunteer is still
/// active, and optionally a story that the centre may only use with consent. Rating and "still
/// active" are anonymous figures and outlive the volunteer's erasure; the story does not.
/// </summary>
public sealed class PlacementFollowUp
{
    public const int StoryMaxLength = 1000;

    private PlacementFollowUp()
    {
    }

    public int Id { get; private set; }

    public int ApplicationId { get; private set; }

    /// <summary>Set by <see cref="ForPlacement"/>, so an application placed in the same save gets its id here too.</summary>
    public Application? Application { get; private set; }

    public FollowUpRespondent Respondent { get; private set; }

    /// <summary>When the question should be sent.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>How it is going, 1 (badly) to 5 (very well).</summary>
    public int? Rating { get; private set; }

    /// <summary>Whether the volunteer still does the work, as the respondent sees it.</summary>
    public bool? StillActive { get; private set; }

    /// <summary>In the respondent's own words; staff read it, reports only with <see cref="StoryMayBeUsed"/>.</summary>
    public string? Story { get; private set; }

    /// <summary>The respondent agreed that the story may be used anonymously in the centre's reports.</summary>
    public bool StoryMayBeUsed { get; private set; }

    /// <summary>
    /// The respondent also agreed that the story may be shown without a name on the portal's home
    /// page ("Wat we samen bereikten"): a separate consent, because a report to the municipality
    /// is not the public website.
    /// </summary>
    public bool StoryMayBePublished { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <summary>The story as the reports may show it: only with consent, otherwise null.</summary>
    public string? UsableStory => StoryMayBeUsed ? Story : null;

    /// <summary>
    /// The two follow-ups of a placed application, due <paramref name="after"/> the placement.
    /// The application may be new in the same save: the follow-ups refer to it, not only to its id.
    /// </summary>
    public static IReadOnlyList<PlacementFollowUp> ForPlacement(Application application, TimeSpan after, DateTimeOffset placedAt)
    {
        ArgumentNullException.ThrowIfNull(application);
        Guard.That(application.Status == ApplicationStatus.Placed, "Nazorg hoort bij een plaatsing; deze reactie is niet geplaatst.");
        Guard.That(after > TimeSpan.Zero, "De nazorg moet na de plaatsing vallen.");
        return
        [
            new PlacementFollowUp { Application = application, ApplicationId = application.Id, Respondent = FollowUpRespondent.Volunteer, DueAt = placedAt + after },
            new PlacementFollowUp { Application = application, ApplicationId = application.Id, Respondent = FollowUpRespondent.Organisation, DueAt = placedAt + after },
        ];
    }

    /// <summary>Due and not sent yet: the job should send it.</summary>
    public bool IsDue(DateTimeOffset now) => SentAt is null && AnsweredAt is null && DueAt <= now;

    /// <summary>The job mailed the question. Sent once: a second call is refused, so nobody gets it twice.</summary>
    public void MarkSent(DateTimeOffset at)
    {
        Guard.That(SentAt is null, "Deze nazorgvraag is al verstuurd.");
        SentAt = at;
    }

    /// <summary>
    /// The respondent's answer; accepted once. The consent only counts when there is a story.
    /// Checks everything before changing anything.
    /// </summary>
    public void Answer(int rating, bool stillActive, string? story, bool storyMayBeUsed, DateTimeOffset at, bool storyMayBePublished = false)
    {
        Guard.That(!IsAnswered, "Deze vragen zijn al beantwoord. Bedankt!");
        Guard.That(rating is >= 1 and <= 5, "Kies hoe het gaat: een cijfer van 1 tot en met 5.");
        var text = Guard.OptionalText(story, StoryMaxLength, "Je verhaal heeft hoogstens {0} tekens.", StoryMaxLength);

        Rating = rating;
        StillActive = stillActive;
        Story = text;
        StoryMayBeUsed = text is not null && storyMayBeUsed;
        StoryMayBePublished = text is not null && storyMayBePublished;
        AnsweredAt = at;
    }

    /// <summary>
    /// The volunteer's data were erased: the rating and "still active" stay as anonymous figures,
    /// the story goes, also a consented one: in anyone's own words it can point at the person
    /// (ADR 0090). An unsent question is removed by the erasure itself, not kept.
    /// </summary>
    public void Anonymise()
    {
        Story = null;
        StoryMayBeUsed = false;
        StoryMayBePublished = false;
    }
}
