using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.Questions;

/// <summary>
/// Mail about questions says that something happened and links to the portal; the content stays
/// in the portal, behind a login (issue 16): advice about an organisation's affairs is not for
/// every mailbox it passes through.
/// </summary>
internal static class QuestionEmails
{
    public static EmailMessage AnswerToMember(MailText text, string to, string name, string organisation, string centre, string link) => new(
        to,
        text["{0} heeft je vraag beantwoord", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Er staat een antwoord van {0} klaar op een vraag van {1}.", centre, organisation],
            text["Lees het antwoord in het portaal (je moet daarvoor inloggen):\n{0}", link],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage NewQuestionToStaff(MailText text, string to, string organisation, string link) => new(
        to,
        text["Nieuwe vraag van {0}", organisation],
        MailText.Body(
            text["Er is een nieuwe vraag binnengekomen van {0}.", organisation],
            text["Bekijk en beantwoord de vraag in het beheer (inloggen nodig):\n{0}", link]));

    public static EmailMessage ReactionToStaff(MailText text, string to, string organisation, string link) => new(
        to,
        text["Nieuwe reactie van {0} op een vraag", organisation],
        MailText.Body(
            text["{0} heeft gereageerd op een vraag die jij behandelt.", organisation],
            text["Bekijk de reactie in het beheer (inloggen nodig):\n{0}", link]));
}
