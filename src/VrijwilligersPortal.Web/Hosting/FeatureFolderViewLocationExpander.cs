using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// Views live next to their controller: first the controller's own folder, read from its namespace
/// (<c>VrijwilligersPortal.Web.Features.BackOffice.Mediations</c> → <c>Features/BackOffice/Mediations/</c>),
/// so several controllers of one feature share its folder and views; then <c>Features/&lt;Controller&gt;/</c>,
/// or <c>Features/&lt;Area&gt;/&lt;Controller&gt;/</c> and <c>Features/&lt;Area&gt;/Shared/</c> in an area;
/// shared partials and the layout in <c>Features/Shared/</c>.
/// </summary>
public sealed class FeatureFolderViewLocationExpander : IViewLocationExpander
{
    private const string FolderKey = "feature-folder";

    private static readonly string RootNamespace = typeof(FeatureFolderViewLocationExpander).Namespace![..^".Hosting".Length] + ".";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor { ControllerTypeInfo.Namespace: { } ns }
            && ns.StartsWith(RootNamespace, StringComparison.Ordinal))
        {
            context.Values[FolderKey] = "/" + ns[RootNamespace.Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FolderKey, out var folder) && folder is not null)
        {
            yield return folder + "/{0}.cshtml";
        }

        if (context.AreaName is null)
        {
            yield return "/Features/{1}/{0}.cshtml";
            yield return "/Features/Shared/{0}.cshtml";
        }
        else
        {
            yield return "/Features/{2}/{1}/{0}.cshtml";
            yield return "/Features/{2}/Shared/{0}.cshtml";
            yield return "/Features/Shared/{0}.cshtml";
        }
    }
}
