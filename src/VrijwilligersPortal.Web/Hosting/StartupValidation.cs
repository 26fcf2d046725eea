using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Jobs;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// Settings checked when the portal starts, so a mistake stops the start with a message that names
/// the setting, instead of showing up later as mail that never arrives (docs/operations.md,
/// "Configuration reference"; docs/adr/0077).
/// </summary>
internal static class StartupValidation
{
    public static void AddPortalStartupValidation(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailSettingsCheck>();
        services.AddOptions<JobLeaseOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobLeaseOptions>, JobSettingsCheck>();
    }

    /// <summary>In Production the portal must be able to send mail: account confirmation and password reset depend on it.</summary>
    private sealed class EmailSettingsCheck(IHostEnvironment environment) : IValidateOptions<EmailOptions>
    {
        public ValidateOptionsResult Validate(string? name, EmailOptions options)
        {
            if (!environment.IsProduction() || !string.IsNullOrWhiteSpace(options.Host) || !string.IsNullOrWhiteSpace(options.PickupDirectory))
            {
                return ValidateOptionsResult.Success;
            }

            return ValidateOptionsResult.Fail(
                "Email:Host is not set, so the portal cannot send e-mail (account confirmation, password reset, alerts). " +
                "Set Email__Host (and Email__UserName / Email__Password if the server wants a login); see docs/operations.md.");
        }
    }

    private sealed class JobSettingsCheck : IValidateOptions<JobLeaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, JobLeaseOptions options)
        {
            var problems = new List<string>();
            if (options.RenewEvery <= TimeSpan.Zero || options.Lease < 2 * options.RenewEvery)
            {
                problems.Add($"Jobs:Lease ({options.Lease}) must be at least twice Jobs:RenewEvery ({options.RenewEvery}), which must be positive: one missed renewal may not lose the lease.");
            }

            if (options.RetryEvery <= TimeSpan.Zero)
            {
                problems.Add($"Jobs:RetryEvery ({options.RetryEvery}) must be positive.");
            }

            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
