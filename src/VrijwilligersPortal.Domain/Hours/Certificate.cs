using System.Security.Cryptography;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Hours;

/// <summary>
/// A certificate of volunteering ("bewijs van inzet") as issued: who (initials only), which period,
/// how many confirmed hours, when. Its random <see cref="Code"/> is the only way to look it up on
/// the public verification page, which shows exactly these figures (docs/adr/0132).
/// </summary>
public sealed class Certificate
{
    public const int CodeLength = 14;
    public const int InitialsMaxLength = 20;

    /// <summary>No 0/O or 1/I/L: a school types the code over from paper.</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static readonly HashSet<string> Particles = ["van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in", "op", "la", "le", "el", "al", "von"];

    private Certificate()
    {
        Code = string.Empty;
        Initials = string.Empty;
    }

    public int Id { get; private set; }

    public string Code { get; private set; }

    public int VolunteerId { get; private set; }

    public string Initials { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public int Minutes { get; private set; }

    public decimal Hours => Minutes / 60m;

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>12 random characters (about 59 bits) in three groups: "K7QM-2XPA-H9RT".</summary>
    public static string NewCode()
    {
        Span<char> code = stackalloc char[CodeLength];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = i is 4 or 9 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    public static Certificate Issue(string code, int volunteerId, string name, DateOnly from, DateOnly to, int minutes, DateTimeOffset now)
    {
        Guard.That(to >= from, "Het einde van de periode ligt niet vóór het begin.");
        Guard.That(from <= AmsterdamClock.Today(now), "Kies een periode die al begonnen is.");
        Guard.That(minutes > 0, "In deze periode zijn geen bevestigde uren.");
        Guard.That(code.Length == CodeLength, "Ongeldige code.");
        return new Certificate
        {
            Code = code,
            VolunteerId = volunteerId,
            Initials = InitialsOf(name),
            PeriodStart = from,
            PeriodEnd = to,
            Minutes = minutes,
            IssuedAt = now,
        };
    }

    /// <summary>"Sanne de Vries" → "S. de V.": enough for a school to recognise its pupil, nothing more.</summary>
    public static string InitialsOf(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Particles.Contains(p.ToLowerInvariant()) ? p.ToLowerInvariant() : char.ToUpperInvariant(p[0]) + ".");
        var initials = string.Join(' ', parts);
        return initials.Length <= InitialsMaxLength ? initials : initials[..InitialsMaxLength];
    }
}
