using Microsoft.Extensions.Options;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Seeding;

namespace VrijwilligersPortal.Web.Hosting;

internal static class Pipeline
{
    public static void UsePortalPipeline(this WebApplication app)
    {
        app.UsePortalForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        app.UseMiddleware<FailureStatusMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<CookieFreePaths>();
        app.UsePortalRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<Features.TwoFactor.StaffSecondFactorMiddleware>();

        app.MapControllers();

        // The open API's description at a stable address (docs/embedding.md), open like the data it describes.
        app.MapOpenApi(Features.OpenData.OpenApiDocument.Path)
            .AllowAnonymous()
            .RequireCors(ServiceRegistration.OpenDataCors)
            .RequireRateLimiting(ServiceRegistration.OpenDataRateLimit);

        // An address nobody serves is "not found" for everyone, not a login prompt from the deny-by-default policy.
        app.MapFallback("{*path}", context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }).AllowAnonymous();

        TextSearchHealthCheck.LogAtStart(app);
    }

    /// <summary>
    /// Development applies migrations and seeds the demo centre at start-up; other environments
    /// run <c>dotnet VrijwilligersPortal.Web.dll migrate</c> as a deployment step.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStartup)
        {
            return;
        }

        await PortalDatabase.MigrateAsync(app.Services);
        if (options.SeedDemoData && app.Environment.IsDevelopment())
        {
            await using var scope = app.Services.CreateAsyncScope();
            await DemoData.SeedAsync(
                scope.ServiceProvider.GetRequiredService<PortalDbContext>(),
                scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>(),
                scope.ServiceProvider.GetRequiredService<TimeProvider>(),
                scope.ServiceProvider.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value.Country);
        }
    }
}
