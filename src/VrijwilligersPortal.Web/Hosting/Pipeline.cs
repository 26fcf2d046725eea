using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
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
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UsePortalRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapControllers();
        TextSearchHealthCheck.LogAtStart(app);
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealth }).DisableRateLimiting();
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
                scope.ServiceProvider.GetRequiredService<TimeProvider>());
        }
    }

    private static Task WriteHealth(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            details = report.Entries
                .Where(e => e.Key == TextSearchHealthCheck.Name && e.Value.Description is not null)
                .ToDictionary(e => e.Key, e => e.Value.Description),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
