using System.Runtime.CompilerServices;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>
/// Settings every test host of this assembly needs before the first one starts. Each host would
/// otherwise watch its appsettings files for changes: one inotify instance per host, and the
/// hundreds of hosts of a full run (more when other runs share the machine) hit Linux's default
/// limit of 128, after which every new host fails to start. Tests never change those files, so
/// nothing is lost by not watching them.
/// </summary>
internal static class TestHostSettings
{
    [ModuleInitializer]
    internal static void Apply() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
