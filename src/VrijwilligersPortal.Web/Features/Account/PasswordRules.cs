using Microsoft.AspNetCore.Identity;
using VrijwilligersPortal.Infrastructure.Identity;

namespace VrijwilligersPortal.Web.Features.Account;

/// <summary>
/// At least 10 and at most 128 characters, no composition rules (NIST 800-63B). Identity checks
/// the minimum; this adds the maximum, so a multi-megabyte "password" is never hashed.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<PortalUser>
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is { Length: > MaxLength }
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooLong", Description = $"Een wachtwoord heeft hoogstens {MaxLength} tekens." })
            : IdentityResult.Success);
}
