using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Infrastructure.Matching;

namespace VrijwilligersPortal.Web.Features.ForYou;

internal static class MatchingRegistration
{
    /// <summary>The matcher's weights (configurable under <c>Matching:Weights</c>) and the ranking queries; the alert job is in Jobs/.</summary>
    public static void AddPortalMatching(this IServiceCollection services, IConfiguration configuration)
    {
        var weights = configuration.GetSection("Matching:Weights").Get<MatchWeights>() ?? MatchWeights.Default;

        // Bad weights stop the start-up rather than the first page that matches.
        _ = new Matcher(weights, MatchNames.None);
        services.AddSingleton(weights);
        services.AddScoped<MatchingQueries>();
    }
}
