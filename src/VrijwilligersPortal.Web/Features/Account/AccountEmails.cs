using VrijwilligersPortal.Infrastructure.Email;

namespace VrijwilligersPortal.Web.Features.Account;

/// <summary>The account e-mails, in plain Dutch.</summary>
internal static class AccountEmails
{
    public static EmailMessage ConfirmEmail(string to, string name, string centre, string link) => new(
        to,
        $"Bevestig je e-mailadres bij {centre}",
        $"""
        Hallo {name},

        Welkom bij {centre}! Klik op de link hieronder om je e-mailadres te bevestigen. Daarna kun je inloggen.

        {link}

        Heb je geen account aangemaakt? Dan kun je deze e-mail negeren.

        Met vriendelijke groet,
        {centre}
        """);

    public static EmailMessage AlreadyRegistered(string to, string name, string centre, string loginLink, string resetLink) => new(
        to,
        $"Je hebt al een account bij {centre}",
        $"""
        Hallo {name},

        Iemand probeerde met dit e-mailadres een account aan te maken, maar je hebt er al een.

        Inloggen: {loginLink}
        Wachtwoord vergeten? {resetLink}

        Was jij dit niet? Dan hoef je niets te doen.

        Met vriendelijke groet,
        {centre}
        """);

    public static EmailMessage ResetPassword(string to, string name, string centre, string link) => new(
        to,
        $"Nieuw wachtwoord voor {centre}",
        $"""
        Hallo {name},

        Je hebt gevraagd om een nieuw wachtwoord. Klik op de link hieronder om er een te kiezen. De link werkt één keer.

        {link}

        Heb je dit niet gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde.

        Met vriendelijke groet,
        {centre}
        """);
}
