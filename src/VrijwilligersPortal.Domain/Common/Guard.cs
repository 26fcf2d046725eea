namespace VrijwilligersPortal.Domain.Common;

/// <summary>Invariant checks that throw <see cref="DomainException"/> with a Dutch message.</summary>
internal static class Guard
{
    public static string Text(string? value, int maxLength, string message)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > maxLength)
        {
            throw new DomainException(message);
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, string message)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength ? throw new DomainException(message) : trimmed;
    }

    public static void That(bool condition, string message)
    {
        if (!condition)
        {
            throw new DomainException(message);
        }
    }
}
