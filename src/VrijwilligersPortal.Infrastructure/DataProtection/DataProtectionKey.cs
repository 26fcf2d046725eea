namespace VrijwilligersPortal.Infrastructure.DataProtection;

/// <summary>One key of ASP.NET Core's Data Protection key ring, as the XML the framework writes.</summary>
public sealed class DataProtectionKey(string? friendlyName, string xml)
{
    public int Id { get; private set; }

    public string? FriendlyName { get; private set; } = friendlyName;

    public string Xml { get; private set; } = xml;
}
