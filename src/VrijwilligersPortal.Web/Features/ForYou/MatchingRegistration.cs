using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Web.Features.Alerts;

namespace VrijwilligersPortal.Web.Features.ForYou;

internal static class MatchingRegistration
{
    /// <summary>The matcher's weights (configurable under <c>Matching:Weights</c>), the ranking queries and the alert job.</summary>
    public static void AddPortalMatching(this IServiceCollection services, IConfiguration configuration)
    {
        var weights = configuration.GetSection("Matching:Weights").Get<MatchWeights>() ?? MatchWeights.Default;

        // Bad weights stop the start-up rather than the first page that matches.
        _ = new Matcher(weights, MatchNames.None);
        services.AddSingleton(weights);
        services.AddScoped<MatchingQueries>();

        services.Configure<AlertOptions>(configuration.GetSection(AlertOptions.Section));
        services.AddSingleton<AlertTokens>();
        services.AddSingleton<AlertJob>();
        services.AddHostedService<AlertService>();
    }
}
