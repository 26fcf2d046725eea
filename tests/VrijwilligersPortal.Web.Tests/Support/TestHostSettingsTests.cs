using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace VrijwilligersPortal.Web.Tests.Support;

public class TestHostSettingsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void The_test_hosts_read_their_settings_files_without_watching_them()
    {
        var configuration = (IConfigurationRoot)factory.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, file.Source.Path));
    }
}
