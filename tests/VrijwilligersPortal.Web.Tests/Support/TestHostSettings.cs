using System.Runtime.CompilerServices;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>
/// Settings every test host of this assembly needs before the first one starts. Each host would
/// otherwise watch files through inotify: its appsettings files, and the stylesheets and scripts
/// that <c>asp-append-version</c> fingerprints. The hundreds of hosts of a full run (more when other
/// runs share the machine) hit Linux's default limit of 128 instances, after which pages fail to
/// render. Tests never change those files, so the config is not watched at all and the static
/// files are watched by polling, which uses no inotify instance.
/// </summary>
internal static class TestHostSettings
{
    [ModuleInitializer]
    internal static void Apply()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
