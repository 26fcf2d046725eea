using Microsoft.AspNetCore.Mvc.Razor;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// Views live next to their controller in <c>Features/&lt;Feature&gt;/</c>, where the feature is the
/// controller name without "Controller"; shared partials and the layout in <c>Features/Shared/</c>.
/// A larger feature made of several controllers (the organisation portal) is an area:
/// <c>Features/&lt;Area&gt;/&lt;Controller&gt;/</c>, with its own partials in <c>Features/&lt;Area&gt;/Shared/</c>.
/// </summary>
public sealed class FeatureFolderViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.AreaName is null
            ?
            [
                "/Features/{1}/{0}.cshtml",
                "/Features/Shared/{0}.cshtml",
            ]
            :
            [
                "/Features/{2}/{1}/{0}.cshtml",
                "/Features/{2}/Shared/{0}.cshtml",
                "/Features/Shared/{0}.cshtml",
            ];
}
