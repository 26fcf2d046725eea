using Microsoft.AspNetCore.Identity;

namespace VrijwilligersPortal.Web.Features.Account;

/// <summary>Identity's messages in Dutch, for the few that can reach a user.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Een wachtwoord heeft minstens {length} tekens.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "Er is al een account met dit e-mailadres.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "Er is al een account met dit e-mailadres.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Dit is geen geldig e-mailadres.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Dit is geen geldig e-mailadres.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Het wachtwoord klopt niet.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Iemand anders heeft dit tegelijk gewijzigd. Probeer het opnieuw.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
