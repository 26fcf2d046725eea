using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Jobs;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Features.Account;
using VrijwilligersPortal.Web.Features.Account.Sessions;
using VrijwilligersPortal.Web.Jobs;
using VrijwilligersPortal.Web.Features.Courses;
using VrijwilligersPortal.Web.Features.Shifts;
using VrijwilligersPortal.Web.Features.ForYou;

namespace VrijwilligersPortal.Web.Hosting;

internal static class ServiceRegistration
{
    public const string AccountRateLimit = "account";

    /// <summary>The open data (/api, RSS/Atom): per client address, a fixed number of requests a minute.</summary>
    public const string OpenDataRateLimit = "open-data";

    /// <summary>CORS for the open data: any site may read it from a browser, with GET only.</summary>
    public const string OpenDataCors = "open-data";

    public static void AddPortalWeb(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<CentreOptions>(configuration.GetSection(CentreOptions.Section));
        services.AddSingleton<CentreSettingsCache>();
        services.AddSingleton<IPostConfigureOptions<CentreOptions>, ApplyCentreSettings>();
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.PostConfigure<EmailOptions>(email =>
        {
            if (!string.IsNullOrWhiteSpace(email.PickupDirectory))
            {
                email.PickupDirectory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, email.PickupDirectory));
            }
        });
        services.AddSingleton<MailTransport>();
        services.AddSingleton<OutboxSender>();

        services.AddPublicUrls(configuration, environment);

        services.AddPortalPersistence(configuration, environment.ContentRootPath);
        services.AddScoped(provider => new PostcodeLookup(
            provider.GetRequiredService<PortalDbContext>(),
            provider.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value.Country));
        services.AddScoped<MailTexts>();
        var cookies = new PortalCookies(environment);
        services.AddSingleton(cookies);
        services.AddPortalIdentity(cookies);
        services.AddMemoryCache();
        services.Configure<LoginSessionOptions>(configuration.GetSection(LoginSessionOptions.Section));
        services.AddScoped<PortalSessions>();

        // Every text, views included, from one set of files per language with the Dutch sentence as key (docs/adr/0170).
        services.AddLocalization();
        services.AddSingleton(PortalTexts.FromAssembly(typeof(SharedResource).Assembly));
        services.AddSingleton<IStringLocalizerFactory, PortalStringLocalizerFactory>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(PortalCultures.Netherlands);
            options.SupportedCultures = [.. PortalCultures.All];
            options.SupportedUICultures = [.. PortalCultures.All];

            // One provider that knows the centre's Dutch: ?taal=, the language cookie, then the
            // browser's Accept-Language between Dutch and English (docs/adr/0185).
            options.RequestCultureProviders = [new LanguageChoice()];
        });

        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                DutchModelBindingMessages.Apply(options.ModelBindingMessageProvider);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddCookieTempDataProvider(options =>
            {
                options.Cookie.Name = cookies.Name("vp-melding");
                options.Cookie.SecurePolicy = cookies.SecurePolicy;
                options.Cookie.SameSite = SameSiteMode.Lax;
            });
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationExpanders.Add(new FeatureFolderViewLocationExpander()));
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookies.Name("vp-af");
            options.Cookie.SecurePolicy = cookies.SecurePolicy;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.FormFieldName = "__RequestVerificationToken";
        });

        services.AddPortalValidators();
        services.AddPortalMatching(configuration);
        services.AddPortalCourses();
        services.AddPortalShifts();
        services.AddScoped<PostcodeLocator>();
        services.AddScoped<Features.BackOffice.Mediations.IMediationAudit, Features.BackOffice.Mediations.DatabaseMediationAudit>();

        services.AddPortalHealth();
        services.AddPortalStartupValidation();

        // Several instances: one key ring in the database, one claim per background job run.
        services.AddPortalDataProtection(configuration, environment);
        services.AddPortalJobs(configuration);
        services.AddPortalForwardedHeaders(configuration);

        // Deny by default: an endpoint without [Authorize] or [AllowAnonymous] needs a login.
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        // A year, so a browser that once saw the portal over https never tries plain http first (ASVS 12.1).
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

        // No product name and version for scanners to match against.
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);

        services.Configure<Features.OpenData.OpenDataOptions>(configuration.GetSection(Features.OpenData.OpenDataOptions.Section));
        var openData = configuration.GetSection(Features.OpenData.OpenDataOptions.Section).Get<Features.OpenData.OpenDataOptions>() ?? new();
        services.AddCors(options => options.AddPolicy(OpenDataCors, policy => policy.AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Head)));
        services.AddOpenApi(Features.OpenData.OpenApiDocument.Name, Features.OpenData.OpenApiDocument.Configure);

        var accountPostsPerMinute = configuration.GetValue("RateLimits:AccountPostsPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) =>
            {
                // Tells a well-behaved client (another centre's import, an aggregator) when to come back.
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // An API client reads JSON; pages get the Dutch error page (status code pages).
                return context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(new Features.OpenData.OpenDataError("Te veel verzoeken; probeer het na de tijd in Retry-After opnieuw."), cancellationToken))
                    : ValueTask.CompletedTask;
            };

            options.AddPolicy(OpenDataRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, openData.RequestsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

            // Slows password guessing and sign-up spam per client address; lockout covers per account.
            options.AddPolicy(AccountRateLimit, context => context.Request.Method == HttpMethods.Post
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = accountPostsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("lezen"));
        });
    }

    private static void AddPortalIdentity(this IServiceCollection services, PortalCookies cookies)
    {
        services.AddIdentity<PortalUser, IdentityRole<Guid>>(options =>
            {
                // NIST 800-63B: length, not composition rules.
                options.Password.RequiredLength = PasswordRules.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordRules>()
            .AddPasswordValidator<CommonPasswords>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = cookies.Name("vp");
            options.Cookie.SecurePolicy = cookies.SecurePolicy;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
            options.LoginPath = "/account/inloggen";
            options.LogoutPath = "/account/uitloggen";
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;

            // Server-side sessions (ADR 0068): logout ends the cookie's worth, lifetimes are absolute.
            options.Events.OnSigningIn = context => context.HttpContext.RequestServices.GetRequiredService<PortalSessions>().OnSigningInAsync(context);
            options.Events.OnSignedIn = LanguageChoice.OnSignedInAsync;
            options.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<PortalSessions>().OnValidatePrincipalAsync(context);
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // A plain 403 that the status-code page renders in Dutch, instead of a redirect.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Sessions of a user whose password or e-mail changed end within a minute on every device.
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(1);

            // The stamp check rebuilds the principal from the database; the session id must survive it.
            options.OnRefreshingPrincipal = context =>
            {
                // So must "amr" (how this session logged in: the back office needs "mfa").
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity && context.CurrentPrincipal is { } current)
                {
                    foreach (var type in new[] { PortalSessions.ClaimType, "amr" })
                    {
                        if (current.FindFirst(type) is { } claim && !identity.HasClaim(c => c.Type == type))
                        {
                            identity.AddClaim(new System.Security.Claims.Claim(type, claim.Value));
                        }
                    }
                }

                return Task.CompletedTask;
            };
        });
    }
}
