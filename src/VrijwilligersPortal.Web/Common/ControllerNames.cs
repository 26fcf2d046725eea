using Microsoft.AspNetCore.Mvc;

namespace VrijwilligersPortal.Web.Common;

/// <summary>
/// A controller's MVC name from its type, for <c>RedirectToAction</c> across controllers, so a
/// renamed controller is a compile error rather than a link to nowhere.
/// </summary>
public static class ControllerNames
{
    private const string Suffix = "Controller";

    public static string Of<TController>()
        where TController : ControllerBase =>
        typeof(TController).Name.EndsWith(Suffix, StringComparison.Ordinal) ? typeof(TController).Name[..^Suffix.Length] : typeof(TController).Name;
}
