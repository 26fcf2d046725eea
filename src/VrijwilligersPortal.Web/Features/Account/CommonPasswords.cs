using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Account;

/// <summary>
/// Refuses passwords that guessers try first (ASVS 6.2.4, NIST 800-63B): the shipped list of common
/// and breached passwords (international and Dutch: words, names, clubs, places), keyboard and
/// number sequences, one character repeated, and the person's own name or address or the centre's
/// name. It compares after normalising (lower case, spaces and punctuation dropped, digits and
/// symbols around the word dropped, leetspeak undone), so "Utrecht2026!" counts as "utrecht".
/// No composition rules. Runs wherever Identity sets a password: register, reset, change, invitation.
/// </summary>
public sealed class CommonPasswords(IOptionsSnapshot<CentreOptions> centre) : IPasswordValidator<PortalUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    private static readonly string[] Sequences =
    [
        "abcdefghijklmnopqrstuvwxyz",
        "01234567890",
        "qwertyuiop", "asdfghjkl", "zxcvbnm",
        "azertyuiop", "qsdfghjklm", "wxcvbn",
        "qwertzuiop", "yxcvbnm",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
        "147258369", "789456123", "159753",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (password is null || password.Length > PasswordRules.MaxLength || !IsCommon(password, ContextWords(user)))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = ErrorCode,
            Description = "Dit wachtwoord is te makkelijk te raden: het staat op een lijst van veelgebruikte of uitgelekte wachtwoorden, of het is een reeks of je eigen naam. Kies een langere zin van een paar woorden die niet bij elkaar horen.",
        }));
    }

    /// <summary>True when the password, normalised, is a listed password, a sequence or a context word.</summary>
    public static bool IsCommon(string password, IEnumerable<string> context)
    {
        var compact = Compact(password);
        if (compact.Length == 0)
        {
            return true;
        }

        var contextWords = context.Select(Compact).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in Candidates(compact))
        {
            if (candidate.Length == 0 || List.Value.Contains(candidate) || contextWords.Contains(candidate) || IsPattern(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<string> ContextWords(PortalUser user)
    {
        yield return user.DisplayName;
        foreach (var part in user.DisplayName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return part;
        }

        if (user.Email is { } email)
        {
            yield return email;
            yield return email.Split('@')[0];
        }

        yield return centre.Value.Name;
        foreach (var part in centre.Value.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return part;
        }
    }

    /// <summary>The password as typed, without what hides a common word, and each of those made from a repeated unit.</summary>
    private static IEnumerable<string> Candidates(string compact)
    {
        var trimmed = compact.Trim("0123456789!?.,-_*#@$%&+=~".ToCharArray());
        var unleet = Unleet(trimmed).Trim("0123456789!?.,-_*#@$%&+=~".ToCharArray());
        foreach (var candidate in new[] { compact, Letters(compact), trimmed, Letters(trimmed), unleet, Letters(unleet) }.Distinct())
        {
            yield return candidate;
            if (RepeatedUnit(candidate) is { } unit)
            {
                yield return unit;
            }
        }
    }

    private static string Compact(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (char.IsWhiteSpace(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static string Letters(string value) => new(value.Where(char.IsLetterOrDigit).ToArray());

    /// <summary>Leetspeak undone only between letters or at the ends of a word, so "1234" stays digits.</summary>
    private static string Unleet(string value) =>
        value.Any(char.IsLetter)
            ? new string(value.Select(c => c switch
            {
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                '@' => 'a',
                '$' => 's',
                '!' => 'i',
                _ => c,
            }).ToArray())
            : value;

    private static string? RepeatedUnit(string value)
    {
        for (var size = 1; size <= value.Length / 2; size++)
        {
            if (value.Length % size == 0 && string.Concat(Enumerable.Repeat(value[..size], value.Length / size)) == value)
            {
                return value[..size];
            }
        }

        return null;
    }

    private static bool IsPattern(string value)
    {
        if (value.Distinct().Count() <= 2)
        {
            return true;
        }

        foreach (var sequence in Sequences)
        {
            if (sequence.Contains(value, StringComparison.Ordinal) || Reverse(sequence).Contains(value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Reverse(string value)
    {
        var chars = value.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("VrijwilligersPortal.Web.Features.Account.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(Compact(line.Trim()));
            }
        }

        return words;
    }
}
