namespace VrijwilligersPortal.Web;

/// <summary>
/// Marker for texts shared across features (validator and domain messages). The Dutch sentence is
/// the key; an English resource file can translate it without touching code.
/// </summary>
public sealed class SharedResource;
