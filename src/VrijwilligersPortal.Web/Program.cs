using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging();
builder.Services.AddPortalWeb(builder.Configuration, builder.Environment);

var app = builder.Build();

if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    // Deployment step: `dotnet VrijwilligersPortal.Web.dll migrate` brings the database up to date and exits.
    await PortalDatabase.MigrateAsync(app.Services);
    return;
}

await app.PrepareDatabaseAsync();
app.UsePortalPipeline();
await app.RunAsync();
