namespace VrijwilligersPortal.Domain.Common;

/// <summary>
/// A rule of the domain refused an action. The message is Dutch and written for the person who
/// tried it, so the web layer can show it as is.
/// </summary>
public sealed class DomainException(string message) : Exception(message);
