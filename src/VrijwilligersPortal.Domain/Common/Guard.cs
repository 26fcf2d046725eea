namespace VrijwilligersPortal.Domain.Common;

/// <summary>Invariant checks that throw <see cref="DomainException"/> with a Dutch message.</summary>
internal static class Guard
{
    public static string Text(string? value, int maxLength, string message, params object[] arguments)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > maxLength)
        {
            throw new DomainException(message, arguments);
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, string message, params object[] arguments)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength ? throw new DomainException(message, arguments) : trimmed;
    }

    public static void That(bool condition, string message, params object[] arguments)
    {
        if (!condition)
        {
            throw new DomainException(message, arguments);
        }
    }
}
