using VrijwilligersPortal.Infrastructure.Jobs;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using VrijwilligersPortal.Web.Features.Alerts;
using VrijwilligersPortal.Web.Features.Exchange;
using VrijwilligersPortal.Web.Features.FollowUps;
using VrijwilligersPortal.Web.Features.Reminders;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>Every background job of the portal, registered in one place (docs/adr/0107).</summary>
internal static class JobRegistration
{
    public static void AddPortalJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobLeaseOptions>(configuration.GetSection(JobLeaseOptions.Section));
        services.AddSingleton<JobLeases>();

        // Sends the outbox; every instance may (Jobs:Outbox).
        services.AddJob<OutboxJob>(configuration.GetValue("Jobs:Outbox", true));

        // Match alerts (docs/adr/0032); off when Alerts:CheckEvery is zero.
        services.Configure<AlertOptions>(configuration.GetSection(AlertOptions.Section));
        services.AddSingleton<AlertTokens>();
        services.AddJob<AlertJob>(enabled: true);

        // "Hoe gaat het?" after a placement (docs/adr/0090); off when FollowUps:CheckEvery is zero.
        services.Configure<FollowUpOptions>(configuration.GetSection(FollowUpOptions.Section));
        services.AddSingleton<FollowUpTokens>();
        services.AddJob<FollowUpJob>(enabled: true);

        // Reminders that keep people from waiting (docs/adr/0112); off when Reminders:CheckEvery is zero.
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.AddSingleton<ReminderTokens>();
        services.AddJob<ReminderJob>(enabled: true);

        // Deletes old rows of the public-vacancy change log (docs/adr/0140); Jobs:ChangeLogCleanup=false turns it off.
        services.AddJob<ChangeLogCleanupJob>(configuration.GetValue("Jobs:ChangeLogCleanup", true));
        // A shift's reminder the day before (docs/adr/0130), on the reminders' schedule.
        services.AddJob<ShiftReminderJob>(enabled: true);

        // Other centres' vacancy feeds (docs/adr/0150); off when Exchange:FetchEvery is zero.
        services.Configure<ExchangeOptions>(configuration.GetSection(ExchangeOptions.Section));
        services.AddExchangeClient();
        services.AddSingleton<ExchangeImporter>();
        services.AddJob<ExchangeJob>(enabled: true);

        // Retention of inactive volunteers (docs/adr/0044); Jobs:Retention=false turns it off.
        services.AddJob<RetentionJob>(configuration.GetSection(JobLeaseOptions.Section).Get<JobLeaseOptions>()?.Retention ?? true);
    }

    /// <summary>
    /// The HttpClient that fetches the sources: each attempt limited to <see cref="ExchangeOptions.AttemptTimeout"/>,
    /// a transient failure (unreachable, timeout, 5xx, 408, 429) tried again <see cref="ExchangeOptions.Retries"/>
    /// times with exponential back-off and jitter. No cookies, no redirects to follow blindly.
    /// </summary>
    private static void AddExchangeClient(this IServiceCollection services)
    {
        services.AddHttpClient(ExchangeImporter.ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("VrijwilligersPortal-exchange/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
            .AddResilienceHandler(ExchangeImporter.ClientName, (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<ExchangeOptions>>().Value;
                if (settings.Retries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = settings.Retries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = settings.RetryDelay,
                    });
                }

                pipeline.AddTimeout(settings.AttemptTimeout);
            });
    }

    /// <summary>The job itself (a singleton tests can run once) and, when enabled, its host.</summary>
    private static void AddJob<TJob>(this IServiceCollection services, bool enabled)
        where TJob : class, IPortalJob
    {
        services.AddSingleton<TJob>();
        if (enabled)
        {
            services.AddHostedService<JobHost<TJob>>();
        }
    }
}
