using System.Globalization;
using System.Text.RegularExpressions;

namespace VrijwilligersPortal.Domain.Organisations;

/// <summary>
/// An organisation's company registration number: in the Netherlands the KvK number (8 digits), in
/// Belgium the ondernemingsnummer (10 digits, starting with 0 or 1, whose last two digits are
/// 97 minus the first eight modulo 97). Stored as its digits only; people type "4123 4567",
/// "0123.456.749" or "BE 0123 456 749".
/// </summary>
public static partial class CompanyNumber
{
    /// <summary>The digits of what someone typed: spaces, dots, dashes and a leading "BE" left out; null for nothing.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var kept = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-')]);
        return kept.StartsWith("BE", StringComparison.OrdinalIgnoreCase) ? kept[2..] : kept;
    }

    /// <summary>A Dutch KvK number: exactly 8 digits.</summary>
    public static bool IsKvkNumber(string? digits) => digits is not null && KvkPattern().IsMatch(digits);

    /// <summary>A Belgian ondernemingsnummer: 10 digits, the first 0 or 1, and a right check number.</summary>
    public static bool IsEnterpriseNumber(string? digits)
    {
        if (digits is null || !EnterprisePattern().IsMatch(digits))
        {
            return false;
        }

        var body = long.Parse(digits[..8], CultureInfo.InvariantCulture);
        var check = int.Parse(digits[8..], CultureInfo.InvariantCulture);
        return 97 - (body % 97) == check;
    }

    /// <summary>As Belgians write it (0123.456.749); a KvK number as it is.</summary>
    public static string Display(string digits) =>
        digits.Length == 10 ? $"{digits[..4]}.{digits[4..7]}.{digits[7..]}" : digits;

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex KvkPattern();

    [GeneratedRegex("^[01][0-9]{9}$")]
    private static partial Regex EnterprisePattern();
}
