using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary>docs/operations.md names every setting the code binds, and Production checks the ones it cannot do without at start-up.</summary>
public class ConfigurationReferenceTests
{
    /// <summary>Bound from configuration without an <c>*Options</c> class of their own.</summary>
    private static readonly (string Section, Type Type)[] OtherBoundSections = [("Matching:Weights", typeof(MatchWeights))];

    public static TheoryData<string> Settings()
    {
        var optionsClasses = new[] { typeof(Program).Assembly, typeof(DatabaseOptions).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .Select(t => ((string)t.GetField("Section")!.GetRawConstantValue()!, t))
            .ToList();
        Assert.True(optionsClasses.Count >= 5, $"found only {optionsClasses.Count} options classes");

        var data = new TheoryData<string>();
        foreach (var (section, type) in optionsClasses.Concat(OtherBoundSections))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
            {
                data.Add($"{section}:{property.Name}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Every_bound_setting_is_in_the_configuration_reference(string setting)
    {
        var reference = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "operations.md"));

        Assert.True(reference.Contains($"`{setting}`", StringComparison.Ordinal), $"docs/operations.md does not describe `{setting}`");
    }

    [Fact]
    public void Production_refuses_to_start_without_a_way_to_send_mail_and_names_the_setting()
    {
        using var factory = new PortalFactory();
        using var production = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("AllowedHosts", "vacatures.example.nl");
            builder.UseSetting("Email:PickupDirectory", "");
            builder.UseSetting("Email:Host", "");
        });

        var refusal = Assert.Throws<OptionsValidationException>(() => production.Services);

        Assert.Contains("Email:Host is not set", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lease_shorter_than_two_renewals_stops_the_start()
    {
        using var factory = new PortalFactory();
        using var misconfigured = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Jobs:Lease", "00:00:40");
            builder.UseSetting("Jobs:RenewEvery", "00:00:30");
        });

        var refusal = Assert.Throws<OptionsValidationException>(() => misconfigured.Services);

        Assert.Contains("Jobs:Lease", refusal.Message, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "VrijwilligersPortal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (VrijwilligersPortal.sln) not found above " + AppContext.BaseDirectory);
    }
}
