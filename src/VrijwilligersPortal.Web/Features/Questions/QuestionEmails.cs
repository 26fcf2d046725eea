using VrijwilligersPortal.Infrastructure.Email;

namespace VrijwilligersPortal.Web.Features.Questions;

/// <summary>
/// Mail about questions says that something happened and links to the portal; the content stays
/// in the portal, behind a login (issue 16): advice about an organisation's affairs is not for
/// every mailbox it passes through.
/// </summary>
internal static class QuestionEmails
{
    public static EmailMessage AnswerToMember(string to, string name, string organisation, string centre, string link) => new(
        to,
        $"{centre} heeft je vraag beantwoord",
        $"""
        Hallo {name},

        Er staat een antwoord van {centre} klaar op een vraag van {organisation}.

        Lees het antwoord in het portaal (je moet daarvoor inloggen):
        {link}

        Met vriendelijke groet,
        {centre}
        """);

    public static EmailMessage NewQuestionToStaff(string to, string organisation, string link) => new(
        to,
        $"Nieuwe vraag van {organisation}",
        $"""
        Er is een nieuwe vraag binnengekomen van {organisation}.

        Bekijk en beantwoord de vraag in het beheer (inloggen nodig):
        {link}
        """);

    public static EmailMessage ReactionToStaff(string to, string organisation, string link) => new(
        to,
        $"Nieuwe reactie van {organisation} op een vraag",
        $"""
        {organisation} heeft gereageerd op een vraag die jij behandelt.

        Bekijk de reactie in het beheer (inloggen nodig):
        {link}
        """);
}
