using System.Globalization;

namespace VrijwilligersPortal.Domain.Common;

/// <summary>
/// A rule of the domain that refused a change, with a Dutch message for the person who tried it.
/// <see cref="Format"/> is the Dutch sentence with placeholders ({0}, {1}) and the key the web
/// layer translates (docs/adr/0170); <see cref="Arguments"/> fill it. <see cref="Exception.Message"/>
/// is the filled-in Dutch sentence.
/// </summary>
public sealed class DomainException(string format, params object[] arguments)
    : Exception(arguments.Length == 0 ? format : string.Format(CultureInfo.GetCultureInfo("nl-NL"), format, arguments))
{
    public string Format { get; } = format;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
