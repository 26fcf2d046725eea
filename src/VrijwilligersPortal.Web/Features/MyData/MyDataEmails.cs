using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.MyData;

/// <summary>The confirmation that a volunteer erased their own account.</summary>
internal static class MyDataEmails
{
    public static EmailMessage Erased(MailText text, string to, string name, string centre) => new(
        to,
        text["Je account bij {0} is verwijderd", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Je hebt je account bij {0} verwijderd. Je profiel, je favorieten, je e-mail over nieuwe vacatures en je inloggegevens zijn gewist.\nJe reacties op vacatures bewaren we alleen nog zonder naam, bericht of andere gegevens over jou, zodat ze anoniem meetellen in onze cijfers.", centre],
            text["Wil je later weer vrijwilligerswerk zoeken? Dan ben je van harte welkom met een nieuw account."],
            text["Was jij dit niet? Neem dan zo snel mogelijk contact met ons op."],
            text["Met vriendelijke groet,\n{0}", centre]));
}
